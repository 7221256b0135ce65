import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../../http/router.ts';
import { conflictError, jsonBody, jsonContent, standardErrors } from '../../http/schemas.ts';
import type { AppDeps } from '../../http/types.ts';
import { workspaceActor } from '../../http/workspace-actor.ts';
import {
  expectedVersionOf,
  IfMatchHeaders,
  preconditionError,
  setVersionTag,
} from '../shared/row-version.ts';
import * as records from './records-service.ts';
import {
  ActionParams,
  ActionSchema,
  CommitmentParams,
  CommitmentSchema,
  CreateActionBody,
  CreateCommitmentBody,
  CreateMeetingBody,
  MechanismParams,
  MeetingParams,
  MeetingSchema,
  UpdateActionBody,
  UpdateCommitmentBody,
  UpdateMeetingBody,
} from './schemas.ts';

const tags = ['Coordination'];
const base = '/api/workspaces/{slug}/coordination';
const meetingBody = (d: string) => jsonContent(z.object({ meeting: MeetingSchema }), d);
const actionBody = (d: string) => jsonContent(z.object({ action: ActionSchema }), d);
const commitmentBody = (d: string) => jsonContent(z.object({ commitment: CommitmentSchema }), d);
const deleted = { 204: { description: 'Deleted' }, ...standardErrors };

export const routes = {
  createMeeting: createRoute({
    method: 'post',
    path: `${base}/mechanisms/{mechanismId}/meetings`,
    tags,
    summary: 'Record a meeting of a mechanism with its decisions (coordination:write)',
    request: { params: MechanismParams, ...jsonBody(CreateMeetingBody) },
    responses: { 201: meetingBody('Created'), ...standardErrors },
  }),
  updateMeeting: createRoute({
    method: 'patch',
    path: `${base}/meetings/{meetingId}`,
    tags,
    summary: 'Change a meeting: date, summary, decisions',
    request: { params: MeetingParams, headers: IfMatchHeaders, ...jsonBody(UpdateMeetingBody) },
    responses: { 200: meetingBody('Updated'), ...standardErrors, ...preconditionError },
  }),
  removeMeeting: createRoute({
    method: 'delete',
    path: `${base}/meetings/{meetingId}`,
    tags,
    summary: 'Delete a meeting (its actions stay, without the meeting)',
    request: { params: MeetingParams },
    responses: deleted,
  }),
  createAction: createRoute({
    method: 'post',
    path: `${base}/mechanisms/{mechanismId}/actions`,
    tags,
    summary: 'Add a follow-up action with an owner (institution or funder) and a due date',
    request: { params: MechanismParams, ...jsonBody(CreateActionBody) },
    responses: { 201: actionBody('Created'), ...standardErrors },
  }),
  updateAction: createRoute({
    method: 'patch',
    path: `${base}/actions/{actionId}`,
    tags,
    summary: 'Change a follow-up action, or mark it done',
    request: { params: ActionParams, headers: IfMatchHeaders, ...jsonBody(UpdateActionBody) },
    responses: { 200: actionBody('Updated'), ...standardErrors, ...preconditionError },
  }),
  removeAction: createRoute({
    method: 'delete',
    path: `${base}/actions/{actionId}`,
    tags,
    summary: 'Delete a follow-up action',
    request: { params: ActionParams },
    responses: deleted,
  }),
  createCommitment: createRoute({
    method: 'post',
    path: `${base}/mechanisms/{mechanismId}/commitments`,
    tags,
    summary: 'Add a mutual commitment to a compact (409 for any other kind of mechanism)',
    request: { params: MechanismParams, ...jsonBody(CreateCommitmentBody) },
    responses: { 201: commitmentBody('Created'), ...standardErrors, ...conflictError },
  }),
  updateCommitment: createRoute({
    method: 'patch',
    path: `${base}/commitments/{commitmentId}`,
    tags,
    summary: 'Change a compact commitment: status, evidence, benchmark, due date',
    request: { params: CommitmentParams, headers: IfMatchHeaders, ...jsonBody(UpdateCommitmentBody) },
    responses: { 200: commitmentBody('Updated'), ...standardErrors, ...preconditionError },
  }),
  removeCommitment: createRoute({
    method: 'delete',
    path: `${base}/commitments/{commitmentId}`,
    tags,
    summary: 'Delete a compact commitment',
    request: { params: CommitmentParams },
    responses: deleted,
  }),
};

export function coordinationRecordRoutes({ database }: AppDeps) {
  const db = database.db;
  return createRouter()
    .openapi(routes.createMeeting, async (c) => {
      const { mechanismId } = c.req.valid('param');
      const meeting = await records.createMeeting({
        db,
        actor: workspaceActor(c),
        mechanismId,
        input: c.req.valid('json'),
      });
      return c.json({ meeting }, 201);
    })
    .openapi(routes.updateMeeting, async (c) => {
      const { meetingId } = c.req.valid('param');
      const meeting = await records.updateMeeting({
        db,
        actor: workspaceActor(c),
        meetingId,
        patch: c.req.valid('json'),
        expectedVersion: expectedVersionOf(c),
      });
      setVersionTag(c, meeting.version);
      return c.json({ meeting }, 200);
    })
    .openapi(routes.removeMeeting, async (c) => {
      await records.deleteMeeting({
        db,
        actor: workspaceActor(c),
        meetingId: c.req.valid('param').meetingId,
      });
      return c.body(null, 204);
    })
    .openapi(routes.createAction, async (c) => {
      const { mechanismId } = c.req.valid('param');
      const action = await records.createAction({
        db,
        actor: workspaceActor(c),
        mechanismId,
        input: c.req.valid('json'),
      });
      return c.json({ action }, 201);
    })
    .openapi(routes.updateAction, async (c) => {
      const { actionId } = c.req.valid('param');
      const action = await records.updateAction({
        db,
        actor: workspaceActor(c),
        actionId,
        patch: c.req.valid('json'),
        expectedVersion: expectedVersionOf(c),
      });
      setVersionTag(c, action.version);
      return c.json({ action }, 200);
    })
    .openapi(routes.removeAction, async (c) => {
      await records.deleteAction({ db, actor: workspaceActor(c), actionId: c.req.valid('param').actionId });
      return c.body(null, 204);
    })
    .openapi(routes.createCommitment, async (c) => {
      const { mechanismId } = c.req.valid('param');
      const commitment = await records.createCommitment({
        db,
        actor: workspaceActor(c),
        mechanismId,
        input: c.req.valid('json'),
      });
      return c.json({ commitment }, 201);
    })
    .openapi(routes.updateCommitment, async (c) => {
      const { commitmentId } = c.req.valid('param');
      const commitment = await records.updateCommitment({
        db,
        actor: workspaceActor(c),
        commitmentId,
        patch: c.req.valid('json'),
        expectedVersion: expectedVersionOf(c),
      });
      setVersionTag(c, commitment.version);
      return c.json({ commitment }, 200);
    })
    .openapi(routes.removeCommitment, async (c) => {
      await records.deleteCommitment({
        db,
        actor: workspaceActor(c),
        commitmentId: c.req.valid('param').commitmentId,
      });
      return c.body(null, 204);
    });
}
