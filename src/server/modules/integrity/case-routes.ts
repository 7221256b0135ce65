import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../../http/router.ts';
import { conflictError, jsonBody, jsonContent, SlugParam, standardErrors } from '../../http/schemas.ts';
import type { AppDeps } from '../../http/types.ts';
import { workspaceActor } from '../../http/workspace-actor.ts';
import {
  expectedVersionOf,
  IfMatchHeaders,
  preconditionError,
  setVersionTag,
} from '../shared/row-version.ts';
import { postCaseMessage } from './case-messages.ts';
import {
  CaseDetailSchema,
  CaseFileParams,
  CaseListQuery,
  CaseListSchema,
  CaseParams,
  CreatedIdentityRequestSchema,
  CustodianRequestListSchema,
  DecidedRequestSchema,
  DecisionBody,
  IdentityRequestBody,
  IdentityRequestParams,
  PostedMessageSchema,
  PostMessageBody,
  UpdateCaseBody,
  UpdatedCaseSchema,
} from './case-schemas.ts';
import { getCase, getCaseFile, listCases } from './case-service.ts';
import { updateCase } from './case-update.ts';
import { decideIdentityRequest, listIdentityRequests, requestIdentity } from './identity-service.ts';

const tags = ['Integrity'];
const base = '/api/workspaces/{slug}/integrity';

export const caseRouteDefs = {
  list: createRoute({
    method: 'get',
    path: `${base}/cases`,
    tags,
    summary: "The channel's cases, newest first, metadata only (the channel's handlers)",
    request: { params: SlugParam, query: CaseListQuery },
    responses: { 200: jsonContent(CaseListSchema, 'Cases'), ...standardErrors },
  }),
  get: createRoute({
    method: 'get',
    path: `${base}/cases/{caseId}`,
    tags,
    summary: "One case with its ciphertexts and the caller's sealed keys; each call is audited as a view",
    request: { params: CaseParams },
    responses: { 200: jsonContent(CaseDetailSchema, 'The case'), ...standardErrors },
  }),
  file: createRoute({
    method: 'get',
    path: `${base}/cases/{caseId}/files/{fileId}`,
    tags,
    summary: 'An evidence file, still encrypted with the report key (audited)',
    request: { params: CaseFileParams },
    responses: {
      200: {
        description: 'The ciphertext bytes',
        content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } },
      },
      ...standardErrors,
    },
  }),
  update: createRoute({
    method: 'patch',
    path: `${base}/cases/{caseId}`,
    tags,
    summary: 'Triage, status, assignment, outcome and linked reference of a case (If-Match)',
    description:
      'Status goes new → acknowledged → investigating → closed; a closed case may be reopened (→ investigating). Closing needs an outcome. A purged case cannot change (409).',
    request: { params: CaseParams, headers: IfMatchHeaders, ...jsonBody(UpdateCaseBody) },
    responses: {
      200: jsonContent(UpdatedCaseSchema, 'Updated'),
      ...standardErrors,
      ...conflictError,
      ...preconditionError,
    },
  }),
  postMessage: createRoute({
    method: 'post',
    path: `${base}/cases/{caseId}/messages`,
    tags,
    summary: 'An encrypted message to the whistle-blower, or an internal note',
    description:
      'The first conversation message on a new case acknowledges it; `isFeedback` records the feedback date. A closed or purged case takes no conversation message (409).',
    request: { params: CaseParams, ...jsonBody(PostMessageBody) },
    responses: {
      201: jsonContent(PostedMessageSchema, 'Posted'),
      ...standardErrors,
      ...conflictError,
    },
  }),
  requestIdentity: createRoute({
    method: 'post',
    path: `${base}/cases/{caseId}/identity-requests`,
    tags,
    summary: "Ask the identity custodians for a confidential case's identity",
    request: { params: CaseParams, ...jsonBody(IdentityRequestBody) },
    responses: {
      201: jsonContent(CreatedIdentityRequestSchema, 'Requested'),
      ...standardErrors,
      ...conflictError,
    },
  }),
  identityRequests: createRoute({
    method: 'get',
    path: `${base}/identity-requests`,
    tags,
    summary: "Identity requests awaiting a decision and recent decisions (the channel's custodians)",
    request: { params: SlugParam },
    responses: { 200: jsonContent(CustodianRequestListSchema, 'Requests'), ...standardErrors },
  }),
  decide: createRoute({
    method: 'post',
    path: `${base}/identity-requests/{requestId}/decision`,
    tags,
    summary: 'Approve (with the identity key sealed to the requester) or refuse an identity request',
    request: { params: IdentityRequestParams, ...jsonBody(DecisionBody) },
    responses: {
      200: jsonContent(DecidedRequestSchema, 'Decided'),
      ...standardErrors,
      ...conflictError,
    },
  }),
} as const;

export function caseRoutes({ database }: AppDeps) {
  const db = database.db;
  return createRouter()
    .openapi(caseRouteDefs.list, async (c) =>
      c.json(await listCases({ db, actor: workspaceActor(c), status: c.req.valid('query').status }), 200),
    )
    .openapi(caseRouteDefs.get, async (c) => {
      const detail = await getCase({ db, actor: workspaceActor(c), caseId: c.req.valid('param').caseId });
      setVersionTag(c, detail.case.rowVersion);
      c.header('Cache-Control', 'no-store');
      return c.json(detail, 200);
    })
    .openapi(caseRouteDefs.file, async (c) => {
      const { caseId, fileId } = c.req.valid('param');
      const bytes = await getCaseFile({ db, actor: workspaceActor(c), caseId, fileId });
      return new Response(bytes as Uint8Array<ArrayBuffer>, {
        status: 200,
        headers: {
          'content-type': 'application/octet-stream',
          'cache-control': 'no-store',
          'content-disposition': 'attachment; filename="evidence.bin"',
        },
      }) as never;
    })
    .openapi(caseRouteDefs.update, async (c) => {
      const updated = await updateCase({
        db,
        actor: workspaceActor(c),
        caseId: c.req.valid('param').caseId,
        patch: c.req.valid('json'),
        expectedVersion: expectedVersionOf(c),
      });
      setVersionTag(c, updated.case.rowVersion);
      return c.json(updated, 200);
    })
    .openapi(caseRouteDefs.postMessage, async (c) =>
      c.json(
        await postCaseMessage({
          db,
          actor: workspaceActor(c),
          caseId: c.req.valid('param').caseId,
          message: c.req.valid('json'),
        }),
        201,
      ),
    )
    .openapi(caseRouteDefs.requestIdentity, async (c) =>
      c.json(
        await requestIdentity({
          db,
          actor: workspaceActor(c),
          caseId: c.req.valid('param').caseId,
          reason: c.req.valid('json').reason,
        }),
        201,
      ),
    )
    .openapi(caseRouteDefs.identityRequests, async (c) =>
      c.json(await listIdentityRequests({ db, actor: workspaceActor(c) }), 200),
    )
    .openapi(caseRouteDefs.decide, async (c) =>
      c.json(
        await decideIdentityRequest({
          db,
          actor: workspaceActor(c),
          requestId: c.req.valid('param').requestId,
          ...c.req.valid('json'),
        }),
        200,
      ),
    );
}
