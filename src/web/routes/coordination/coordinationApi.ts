import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { routes } from '../../../server/modules/coordination/routes';
import type { routes as recordRoutes } from '../../../server/modules/coordination/routes-records';
import type { BodyOf, ResponseOf } from '../../api/contract';
import { apiRequest, queryString } from '../../api/http';
import { useCurrentWorkspace } from '../workspaces/workspaceContext';

export type Coverage = ResponseOf<typeof routes.coverage>;
export type CoverageRow = Coverage['rows'][number];
export type Reminders = ResponseOf<typeof routes.reminders>;
export type Mechanism = ResponseOf<typeof routes.list>['mechanisms'][number];
export type MechanismDetail = ResponseOf<typeof routes.detail>;
export type Meeting = MechanismDetail['meetings'][number];
export type FollowUpAction = MechanismDetail['actions'][number];
export type Commitment = MechanismDetail['commitments'][number];
export type MechanismInput = BodyOf<typeof routes.create>;
export type MeetingInput = BodyOf<typeof recordRoutes.createMeeting>;
export type ActionInput = BodyOf<typeof recordRoutes.createAction>;
export type ActionPatch = BodyOf<typeof recordRoutes.updateAction>;
export type CommitmentInput = BodyOf<typeof recordRoutes.createCommitment>;
export type CommitmentPatch = BodyOf<typeof recordRoutes.updateCommitment>;

const base = (slug: string) => `/api/workspaces/${encodeURIComponent(slug)}/coordination`;
const id = (value: string) => encodeURIComponent(value);

export const coordinationApi = {
  coverage: (slug: string, query: { currency?: string; planId?: string }) =>
    apiRequest<Coverage>('GET', `${base(slug)}/coverage${queryString(query)}`),
  reminders: (slug: string) => apiRequest<Reminders>('GET', `${base(slug)}/reminders`),
  mechanisms: (slug: string) => apiRequest<{ mechanisms: Mechanism[] }>('GET', `${base(slug)}/mechanisms`),
  mechanism: (slug: string, mechanismId: string) =>
    apiRequest<MechanismDetail>('GET', `${base(slug)}/mechanisms/${id(mechanismId)}`),
  createMechanism: (slug: string, input: MechanismInput) =>
    apiRequest<{ mechanism: Mechanism }>('POST', `${base(slug)}/mechanisms`, input),
  updateMechanism: (slug: string, mechanismId: string, input: Partial<MechanismInput>) =>
    apiRequest<{ mechanism: Mechanism }>('PATCH', `${base(slug)}/mechanisms/${id(mechanismId)}`, input),
  deleteMechanism: (slug: string, mechanismId: string) =>
    apiRequest<void>('DELETE', `${base(slug)}/mechanisms/${id(mechanismId)}`),
  addMeeting: (slug: string, mechanismId: string, input: MeetingInput) =>
    apiRequest<{ meeting: Meeting }>('POST', `${base(slug)}/mechanisms/${id(mechanismId)}/meetings`, input),
  deleteMeeting: (slug: string, meetingId: string) =>
    apiRequest<void>('DELETE', `${base(slug)}/meetings/${id(meetingId)}`),
  addAction: (slug: string, mechanismId: string, input: ActionInput) =>
    apiRequest<{ action: FollowUpAction }>(
      'POST',
      `${base(slug)}/mechanisms/${id(mechanismId)}/actions`,
      input,
    ),
  updateAction: (slug: string, actionId: string, input: ActionPatch) =>
    apiRequest<{ action: FollowUpAction }>('PATCH', `${base(slug)}/actions/${id(actionId)}`, input),
  deleteAction: (slug: string, actionId: string) =>
    apiRequest<void>('DELETE', `${base(slug)}/actions/${id(actionId)}`),
  addCommitment: (slug: string, mechanismId: string, input: CommitmentInput) =>
    apiRequest<{ commitment: Commitment }>(
      'POST',
      `${base(slug)}/mechanisms/${id(mechanismId)}/commitments`,
      input,
    ),
  updateCommitment: (slug: string, commitmentId: string, input: CommitmentPatch) =>
    apiRequest<{ commitment: Commitment }>('PATCH', `${base(slug)}/commitments/${id(commitmentId)}`, input),
  deleteCommitment: (slug: string, commitmentId: string) =>
    apiRequest<void>('DELETE', `${base(slug)}/commitments/${id(commitmentId)}`),
};

export const coordinationKeys = {
  all: (slug: string) => ['coordination', slug] as const,
  coverage: (slug: string, currency: string | null, planId: string | null = null) =>
    ['coordination', slug, 'coverage', currency ?? '', planId ?? ''] as const,
  reminders: (slug: string) => ['coordination', slug, 'reminders'] as const,
  mechanisms: (slug: string) => ['coordination', slug, 'mechanisms'] as const,
  mechanism: (slug: string, mechanismId: string) => ['coordination', slug, 'mechanism', mechanismId] as const,
};

/** What the role allows here (the server decides; this only chooses which controls to show). */
export function useCoordinationAccess() {
  const { workspace, permissions } = useCurrentWorkspace();
  return { slug: workspace.slug, canWrite: permissions.includes('coordination:write') };
}

export function useMechanismsQuery(slug: string) {
  return useQuery({
    queryKey: coordinationKeys.mechanisms(slug),
    queryFn: () => coordinationApi.mechanisms(slug),
  });
}

export function useRemindersQuery(slug: string) {
  return useQuery({
    queryKey: coordinationKeys.reminders(slug),
    queryFn: () => coordinationApi.reminders(slug),
  });
}

/** After a coordination write: refetch the area (coverage flags and reminders depend on it). */
export function useInvalidateCoordination(slug: string) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: coordinationKeys.all(slug) });
}

/** A date as the reader writes dates. */
export function formatDay(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}

export function formatAmount(value: number, language: string): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 0 }).format(value);
}
