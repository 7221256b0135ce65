import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../../http/router.ts';
import { conflictError, jsonBody, jsonContent, SlugParam, standardErrors } from '../../http/schemas.ts';
import type { AppDeps } from '../../http/types.ts';
import { IfMatchHeaders, preconditionError } from '../shared/row-version.ts';
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

export function caseRoutes(_deps: AppDeps) {
  return createRouter();
}
