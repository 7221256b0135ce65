import { z } from '@hono/zod-openapi';
import {
  CASE_OUTCOMES,
  CASE_PRIORITIES,
  CASE_STATUSES,
  IDENTITY_MODES,
} from '../../../core/integrity/types.ts';
import {
  IDENTITY_REQUEST_STATUSES,
  MESSAGE_AUTHORS,
  MESSAGE_VISIBILITIES,
} from '../../db/schema/integrity.ts';
import { SlugParam, Timestamp } from '../../http/schemas.ts';
import { VersionField } from '../shared/row-version.ts';

/** Largest message or note ciphertext a handler may post (base64 text). */
export const MAX_MESSAGE_CIPHERTEXT_CHARS = 64 * 1024;
export const MAX_IDENTITY_REASON = 500;
export const MAX_LINKED_REFERENCE = 200;
export const MAX_TYPE_CODE = 64;

const id = (name: string, example: string) =>
  z
    .string()
    .max(100)
    .openapi({ param: { name, in: 'path' }, example });

export const CaseParams = SlugParam.extend({ caseId: id('caseId', 'irp_1') });
export const CaseFileParams = CaseParams.extend({ fileId: id('fileId', 'irf_1') });
export const IdentityRequestParams = SlugParam.extend({ requestId: id('requestId', 'iir_1') });

export const CaseStatusSchema = z.enum(CASE_STATUSES).openapi('IntegrityCaseStatus');
export const CaseOutcomeSchema = z.enum(CASE_OUTCOMES).openapi('IntegrityCaseOutcome');
export const CasePrioritySchema = z.enum(CASE_PRIORITIES).openapi('IntegrityCasePriority');
export const IdentityModeSchema = z.enum(IDENTITY_MODES).openapi('IntegrityIdentityMode');

export const CaseListQuery = z.object({ status: CaseStatusSchema.optional() });

const NamedRef = z.object({ id: z.string(), name: z.string() });

/** A case's routing metadata: everything a handler sees without decrypting anything. */
export const CaseSummarySchema = z
  .object({
    id: z.string(),
    number: z.number().int(),
    status: CaseStatusSchema,
    typeCode: z.string().nullable().openapi({ description: 'Set by a handler at triage; null until then' }),
    institution: NamedRef.nullable(),
    priority: CasePrioritySchema.nullable(),
    assignedTo: NamedRef.nullable(),
    outcome: CaseOutcomeSchema.nullable(),
    linkedReference: z.string().nullable(),
    identityMode: IdentityModeSchema,
    receivedAt: Timestamp,
    acknowledgeBy: Timestamp,
    feedbackBy: Timestamp,
    acknowledgedAt: Timestamp.nullable(),
    feedbackAt: Timestamp.nullable(),
    closedAt: Timestamp.nullable(),
    purgedAt: Timestamp.nullable().openapi({
      description: 'Set once the content was purged after retention',
    }),
    overdue: z
      .object({ acknowledge: z.boolean(), feedback: z.boolean() })
      .openapi({ description: 'A deadline passed without acknowledgement or feedback' }),
    hasIdentityKey: z.boolean().openapi({ description: 'The caller holds the identity key of this case' }),
    pendingIdentityRequests: z.number().int(),
    messageCounts: z.object({
      conversation: z.number().int(),
      internal: z.number().int(),
      fromWhistleblower: z.number().int(),
    }),
  })
  .openapi('IntegrityCaseSummary');

export const CaseListSchema = z.object({ cases: z.array(CaseSummarySchema) }).openapi('IntegrityCaseList');

export const CaseMessageSchema = z
  .object({
    id: z.string(),
    author: z.enum(MESSAGE_AUTHORS),
    authorName: z.string().nullable().openapi({ description: 'The handler; null for the whistle-blower' }),
    visibility: z.enum(MESSAGE_VISIBILITIES),
    ciphertext: z.string(),
    createdAt: Timestamp,
  })
  .openapi('IntegrityCaseMessage');

export const CaseIdentityRequestSchema = z
  .object({
    id: z.string(),
    requestedBy: NamedRef,
    reason: z.string(),
    status: z.enum(IDENTITY_REQUEST_STATUSES),
    decidedBy: NamedRef.nullable(),
    decidedAt: Timestamp.nullable(),
    createdAt: Timestamp,
  })
  .openapi('IntegrityCaseIdentityRequest');

export const CaseDetailSchema = z
  .object({
    case: CaseSummarySchema.extend({
      rowVersion: VersionField,
      content: z.string().nullable().openapi({ description: 'ReportContent ciphertext; null once purged' }),
      identity: z
        .string()
        .nullable()
        .openapi({ description: 'IdentityContent ciphertext, only when the caller holds the identity key' }),
      identityWithheld: z
        .boolean()
        .openapi({ description: 'The report has an identity the caller may not read (yet)' }),
      keys: z
        .object({
          report: z.string().optional(),
          notes: z.string().optional(),
          identity: z.string().optional(),
        })
        .openapi({ description: "The caller's sealed copies of the report's keys" }),
      files: z.array(z.object({ id: z.string(), position: z.number().int(), size: z.number().int() })),
      messages: z.array(CaseMessageSchema).openapi({ description: 'Oldest first' }),
      identityRequests: z.array(CaseIdentityRequestSchema),
    }),
    handlers: z
      .array(z.object({ userId: z.string(), name: z.string() }))
      .openapi({ description: 'Active handlers with a key, for the assignment picker' }),
  })
  .openapi('IntegrityCaseDetail');

export const UpdateCaseBody = z
  .object({
    status: CaseStatusSchema.optional(),
    typeCode: z.string().min(1).max(MAX_TYPE_CODE).nullable().optional(),
    institutionId: z.string().max(100).nullable().optional(),
    priority: CasePrioritySchema.nullable().optional(),
    assignedTo: z.string().max(100).nullable().optional().openapi({ description: 'A handler’s user id' }),
    outcome: CaseOutcomeSchema.nullable().optional(),
    linkedReference: z.string().max(MAX_LINKED_REFERENCE).nullable().optional(),
  })
  .strict()
  .openapi('IntegrityCaseUpdate');

export const UpdatedCaseSchema = z
  .object({ case: CaseSummarySchema.extend({ rowVersion: VersionField }) })
  .openapi('IntegrityCaseUpdated');

export const PostMessageBody = z
  .object({
    visibility: z.enum(MESSAGE_VISIBILITIES),
    ciphertext: z.string().min(1).max(MAX_MESSAGE_CIPHERTEXT_CHARS).openapi({
      description: 'MessageContent encrypted (base64): report key for conversation, notes key for internal',
    }),
    isFeedback: z.boolean().optional().openapi({
      description: 'This conversation message gives the whistle-blower feedback on the follow-up',
    }),
  })
  .strict()
  .openapi('IntegrityCaseMessageBody');

export const PostedMessageSchema = z
  .object({ message: CaseMessageSchema })
  .openapi('IntegrityCaseMessagePosted');

export const IdentityRequestBody = z
  .object({ reason: z.string().trim().min(1).max(MAX_IDENTITY_REASON) })
  .strict()
  .openapi('IntegrityIdentityRequestBody');

export const CreatedIdentityRequestSchema = z
  .object({ request: CaseIdentityRequestSchema })
  .openapi('IntegrityIdentityRequestCreated');

/** A request as a custodian sees it: enough to seal the identity key to the requester. */
export const CustodianRequestSchema = CaseIdentityRequestSchema.extend({
  caseId: z.string(),
  caseNumber: z.number().int(),
  requester: z.object({ recipientId: z.string(), publicKey: z.string().nullable() }).nullable().openapi({
    description: 'The requester as a recipient now; null when no longer an active recipient',
  }),
  sealedIdentityKey: z
    .string()
    .nullable()
    .openapi({ description: "The custodian's own sealed copy of the case's identity key" }),
}).openapi('IntegrityCustodianRequest');

export const CustodianRequestListSchema = z
  .object({
    pending: z.array(CustodianRequestSchema).openapi({ description: 'Oldest first' }),
    decided: z.array(CustodianRequestSchema).openapi({ description: 'The 50 most recent, newest first' }),
  })
  .openapi('IntegrityCustodianRequestList');

export const DecisionBody = z
  .object({
    decision: z.enum(['approve', 'refuse']),
    sealedKey: z
      .string()
      .max(200)
      .optional()
      .openapi({ description: "Approve: the identity key sealed to the requester's public key (base64)" }),
  })
  .strict()
  .openapi('IntegrityIdentityDecisionBody');

export const DecidedRequestSchema = z
  .object({ request: CaseIdentityRequestSchema })
  .openapi('IntegrityIdentityRequestDecided');
