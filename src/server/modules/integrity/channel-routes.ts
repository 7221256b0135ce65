import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '../../http/router.ts';
import { jsonBody, jsonContent, SlugParam, standardErrors } from '../../http/schemas.ts';
import type { AppDeps } from '../../http/types.ts';
import { workspaceActor } from '../../http/workspace-actor.ts';
import {
  expectedVersionOf,
  IfMatchHeaders,
  preconditionError,
  setVersionTag,
} from '../shared/row-version.ts';
import {
  AddRecipientBody,
  ChannelSettingsSchema,
  ChannelViewSchema,
  MyKeyBody,
  MyKeySchema,
  RecipientParams,
  RecipientResponse,
  RewrapBody,
  RewrapListSchema,
  RewrapResult,
} from './channel-schemas.ts';
import {
  addRecipient,
  getChannelView,
  getMyKey,
  removeRecipient,
  saveChannelSettings,
  saveMyKey,
} from './channel-service.ts';
import { addRewrappedKeys, listRewrapNeeds } from './rewrap-service.ts';

const tags = ['Integrity'];
const base = '/api/workspaces/{slug}/integrity';

export const channelRouteDefs = {
  getChannel: createRoute({
    method: 'get',
    path: `${base}/channel`,
    tags,
    summary: 'The integrity channel’s settings and recipients (integrity:manage, or an active recipient)',
    description:
      'The channel is null until first saved. `me` is the caller as an active recipient. Other members get 403.',
    request: { params: SlugParam },
    responses: { 200: jsonContent(ChannelViewSchema, 'The channel'), ...standardErrors },
  }),
  saveChannel: createRoute({
    method: 'put',
    path: `${base}/channel`,
    tags,
    summary: 'Create or change the channel’s settings (integrity:manage)',
    description:
      'The first save creates the channel and its salts. Later saves need If-Match with the version loaded.',
    request: { params: SlugParam, headers: IfMatchHeaders, ...jsonBody(ChannelSettingsSchema) },
    responses: {
      200: jsonContent(ChannelViewSchema, 'Saved'),
      ...standardErrors,
      ...preconditionError,
    },
  }),
  addRecipient: createRoute({
    method: 'post',
    path: `${base}/recipients`,
    tags,
    summary: 'Make a workspace member a handler or an identity custodian (integrity:manage)',
    description:
      'The member then sets up their key on the Key tab. Re-adding a removed recipient clears their old key.',
    request: { params: SlugParam, ...jsonBody(AddRecipientBody) },
    responses: { 201: jsonContent(RecipientResponse, 'Added'), ...standardErrors },
  }),
  removeRecipient: createRoute({
    method: 'delete',
    path: `${base}/recipients/{recipientId}`,
    tags,
    summary: 'Remove a recipient: they lose every sealed key and get no new reports (integrity:manage)',
    request: { params: RecipientParams },
    responses: { 200: jsonContent(RecipientResponse, 'Removed'), ...standardErrors },
  }),
  getMyKey: createRoute({
    method: 'get',
    path: `${base}/my-key`,
    tags,
    summary: 'The caller’s own public key and locked private key (403 unless an active recipient)',
    request: { params: SlugParam },
    responses: { 200: jsonContent(MyKeySchema, 'The caller’s key'), ...standardErrors },
  }),
  saveMyKey: createRoute({
    method: 'put',
    path: `${base}/my-key`,
    tags,
    summary: 'Store the caller’s key pair, locked in their browser by password and by recovery key',
    description:
      'A new public key drops the caller’s sealed report keys (they could no longer open them); a colleague re-wraps them.',
    request: { params: SlugParam, ...jsonBody(MyKeyBody) },
    responses: { 200: jsonContent(MyKeySchema, 'Stored'), ...standardErrors },
  }),
  getRewrap: createRoute({
    method: 'get',
    path: `${base}/rewrap`,
    tags,
    summary: 'Report keys the caller holds that colleagues should hold but do not',
    description: 'Open cases only. The caller opens each key in the browser and seals it to every target.',
    request: { params: SlugParam },
    responses: { 200: jsonContent(RewrapListSchema, 'Keys to re-wrap'), ...standardErrors },
  }),
  postRewrap: createRoute({
    method: 'post',
    path: `${base}/rewrap`,
    tags,
    summary: 'Store report keys the caller re-sealed for colleagues',
    request: { params: SlugParam, ...jsonBody(RewrapBody) },
    responses: { 200: jsonContent(RewrapResult, 'Stored'), ...standardErrors },
  }),
};

export function channelRoutes({ database }: AppDeps) {
  const db = database.db;
  return createRouter()
    .openapi(channelRouteDefs.getChannel, async (c) => {
      const view = await getChannelView({ db, actor: workspaceActor(c) });
      if (view.channel) setVersionTag(c, view.channel.rowVersion);
      return c.json(view, 200);
    })
    .openapi(channelRouteDefs.saveChannel, async (c) => {
      const view = await saveChannelSettings({
        db,
        actor: workspaceActor(c),
        settings: c.req.valid('json'),
        expectedVersion: expectedVersionOf(c),
      });
      if (view.channel) setVersionTag(c, view.channel.rowVersion);
      return c.json(view, 200);
    })
    .openapi(channelRouteDefs.addRecipient, async (c) => {
      const recipient = await addRecipient({ db, actor: workspaceActor(c), input: c.req.valid('json') });
      return c.json({ recipient }, 201);
    })
    .openapi(channelRouteDefs.removeRecipient, async (c) => {
      const recipientId = c.req.valid('param').recipientId;
      const recipient = await removeRecipient({ db, actor: workspaceActor(c), recipientId });
      return c.json({ recipient }, 200);
    })
    .openapi(channelRouteDefs.getMyKey, async (c) =>
      c.json(await getMyKey({ db, actor: workspaceActor(c) }), 200),
    )
    .openapi(channelRouteDefs.saveMyKey, async (c) =>
      c.json(await saveMyKey({ db, actor: workspaceActor(c), key: c.req.valid('json') }), 200),
    )
    .openapi(channelRouteDefs.getRewrap, async (c) =>
      c.json(await listRewrapNeeds({ db, actor: workspaceActor(c) }), 200),
    )
    .openapi(channelRouteDefs.postRewrap, async (c) =>
      c.json(await addRewrappedKeys({ db, actor: workspaceActor(c), keys: c.req.valid('json').keys }), 200),
    );
}
