import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { channelRouteDefs } from '../../../server/modules/integrity/channel-routes';
import type { BodyOf, ResponseOf } from '../../api/contract';
import { apiRequest } from '../../api/http';

/**
 * The integrity channel's settings, recipients and the signed-in recipient's own key: fetchers, query
 * keys (under ['integrity-channel', slug]) and hooks. Cases and statistics have their own file.
 */

export type ChannelView = ResponseOf<typeof channelRouteDefs.getChannel>;
export type ChannelSettingsInput = BodyOf<typeof channelRouteDefs.saveChannel>;
export type Recipient = ChannelView['recipients'][number];
export type RecipientInput = BodyOf<typeof channelRouteDefs.addRecipient>;
export type MyKey = ResponseOf<typeof channelRouteDefs.getMyKey>;
export type MyKeyInput = BodyOf<typeof channelRouteDefs.saveMyKey>;
export type RewrapList = ResponseOf<typeof channelRouteDefs.getRewrap>;
export type RewrapInput = BodyOf<typeof channelRouteDefs.postRewrap>;
export type RewrapResult = ResponseOf<typeof channelRouteDefs.postRewrap>;

const base = (slug: string) => `/api/workspaces/${encodeURIComponent(slug)}/integrity`;

export const channelApi = {
  get: (slug: string) => apiRequest<ChannelView>('GET', `${base(slug)}/channel`),
  save: (slug: string, settings: ChannelSettingsInput, rowVersion: number | undefined) =>
    apiRequest<ChannelView>('PUT', `${base(slug)}/channel`, settings, { ifMatch: rowVersion }),
  addRecipient: (slug: string, input: RecipientInput) =>
    apiRequest<{ recipient: Recipient }>('POST', `${base(slug)}/recipients`, input),
  removeRecipient: (slug: string, recipientId: string) =>
    apiRequest<{ recipient: Recipient }>(
      'DELETE',
      `${base(slug)}/recipients/${encodeURIComponent(recipientId)}`,
    ),
  myKey: (slug: string) => apiRequest<MyKey>('GET', `${base(slug)}/my-key`),
  saveMyKey: (slug: string, key: MyKeyInput) => apiRequest<MyKey>('PUT', `${base(slug)}/my-key`, key),
  rewrapNeeds: (slug: string) => apiRequest<RewrapList>('GET', `${base(slug)}/rewrap`),
  rewrap: (slug: string, input: RewrapInput) =>
    apiRequest<RewrapResult>('POST', `${base(slug)}/rewrap`, input),
};

export const channelKeys = {
  all: (slug: string) => ['integrity-channel', slug] as const,
  channel: (slug: string) => ['integrity-channel', slug, 'channel'] as const,
};

/**
 * The channel as the signed-in member sees it: settings, recipients, `me` (their recipient row) and
 * `canManage`. A member who is neither a recipient nor a manager gets a 403 error (not retried).
 */
export function useChannel(slug: string) {
  return useQuery({
    queryKey: channelKeys.channel(slug),
    queryFn: () => channelApi.get(slug),
    retry: (count, error) => count < 2 && !(error instanceof Error && 'status' in error),
    // A member who is neither recipient nor manager gets 403: keep that answer instead of asking again
    // on every page of the area that mounts the query.
    retryOnMount: false,
    staleTime: 60_000,
  });
}

export function useInvalidateChannel(slug: string) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: channelKeys.all(slug) });
}

/** A channel write: refreshes the channel on success. */
export function useChannelMutation<Input, Output>(slug: string, write: (input: Input) => Promise<Output>) {
  const invalidate = useInvalidateChannel(slug);
  return useMutation({ mutationFn: write, onSuccess: () => invalidate() });
}
