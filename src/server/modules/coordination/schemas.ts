import { z } from '@hono/zod-openapi';
import {
  ACTION_STATUSES,
  COMMITMENT_PARTIES,
  COMMITMENT_STATUSES,
  MECHANISM_KINDS,
} from '../../../core/coordination/compacts.ts';
import { CURRENCY_CODE } from '../../../core/finance/codes.ts';
import { IsoDate as isoDate, SlugParam, Timestamp } from '../../http/schemas.ts';
import { MissingRateSchema, RateUsedSchema } from '../finance/conversion-schemas.ts';
import { VersionField } from '../shared/row-version.ts';

const idParam = (name: string) => z.string().openapi({ param: { name, in: 'path' } });
export const MechanismParams = SlugParam.extend({ mechanismId: idParam('mechanismId') });
export const MeetingParams = SlugParam.extend({ meetingId: idParam('meetingId') });
export const ActionParams = SlugParam.extend({ actionId: idParam('actionId') });
export const CommitmentParams = SlugParam.extend({ commitmentId: idParam('commitmentId') });

const text = (max: number) => z.string().trim().max(max);
const required = (max: number) => text(max).min(1, 'is required');
const id = z.string().min(1).max(100);
const ids = z.array(id).max(500);
const purposeCode = z.string().regex(/^\d{5}$/, 'must be a 5-digit DAC purpose code');

// ── Mechanisms ─────────────────────────────────────────────────────────────
const mechanismFields = {
  name: required(300),
  kind: z.enum(MECHANISM_KINDS),
  termsOfReference: text(20000).nullable().optional(),
  memberFunderIds: ids.optional(),
  memberActorIds: ids.optional(),
  planItemIds: ids.optional(),
  purposeCodes: z.array(purposeCode).max(100).optional(),
  poolFunderId: id.nullable().optional(),
};
export const CreateMechanismBody = z
  .object(mechanismFields)
  .strict()
  .openapi('CreateMechanism', {
    example: { name: 'Police reform joint committee', kind: 'joint_committee' },
  });
export const UpdateMechanismBody = z
  .object({
    ...mechanismFields,
    name: mechanismFields.name.optional(),
    kind: mechanismFields.kind.optional(),
  })
  .strict()
  .openapi('UpdateMechanism');

export const MechanismSummarySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(MECHANISM_KINDS),
    termsOfReference: z.string().nullable(),
    memberFunderIds: z.array(z.string()),
    memberActorIds: z.array(z.string()),
    planItemIds: z.array(z.string()),
    purposeCodes: z.array(z.string()),
    poolFunderId: z.string().nullable(),
    meetingCount: z.number().int(),
    openActionCount: z.number().int(),
    overdueCount: z
      .number()
      .int()
      .openapi({ description: 'Overdue commitments and actions on the status date' }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: VersionField,
  })
  .openapi('CoordinationMechanism');

// ── Meetings ───────────────────────────────────────────────────────────────
const meetingFields = {
  heldOn: isoDate,
  summary: text(20000).nullable().optional(),
  decisions: z.array(required(2000)).max(200).optional(),
};
export const CreateMeetingBody = z
  .object(meetingFields)
  .strict()
  .openapi('CreateMeeting', { example: { heldOn: '2027-02-10', decisions: ['Share annual work plans'] } });
export const UpdateMeetingBody = z
  .object({ ...meetingFields, heldOn: isoDate.optional() })
  .strict()
  .openapi('UpdateMeeting');
export const MeetingSchema = z
  .object({
    id: z.string(),
    mechanismId: z.string(),
    heldOn: z.string(),
    summary: z.string().nullable(),
    decisions: z.array(z.string()),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: VersionField,
  })
  .openapi('CoordinationMeeting');

// ── Follow-up actions ──────────────────────────────────────────────────────
const actionFields = {
  description: required(2000),
  meetingId: id.nullable().optional(),
  ownerActorId: id.nullable().optional(),
  ownerFunderId: id.nullable().optional(),
  dueDate: isoDate.nullable().optional(),
  status: z.enum(ACTION_STATUSES).optional(),
};
export const CreateActionBody = z
  .object(actionFields)
  .strict()
  .openapi('CreateCoordinationAction', {
    example: { description: 'Circulate the minutes', dueDate: '2027-03-01' },
  });
export const UpdateActionBody = z
  .object({ ...actionFields, description: actionFields.description.optional() })
  .strict()
  .openapi('UpdateCoordinationAction');
export const ActionSchema = z
  .object({
    id: z.string(),
    mechanismId: z.string(),
    meetingId: z.string().nullable(),
    description: z.string(),
    ownerActorId: z.string().nullable(),
    ownerFunderId: z.string().nullable(),
    dueDate: z.string().nullable(),
    status: z.enum(ACTION_STATUSES),
    overdue: z.boolean(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: VersionField,
  })
  .openapi('CoordinationAction');

// ── Compact commitments ────────────────────────────────────────────────────
const commitmentFields = {
  party: z.enum(COMMITMENT_PARTIES),
  actorId: id.nullable().optional(),
  funderId: id.nullable().optional(),
  commitment: required(2000),
  benchmark: text(2000).nullable().optional(),
  dueDate: isoDate,
  status: z.enum(COMMITMENT_STATUSES).optional(),
  evidence: text(20000).nullable().optional(),
};
export const CreateCommitmentBody = z
  .object(commitmentFields)
  .strict()
  .openapi('CreateCompactCommitment', {
    example: { party: 'government', commitment: 'Adopt the police act', dueDate: '2027-06-30' },
  });
export const UpdateCommitmentBody = z
  .object({
    ...commitmentFields,
    party: commitmentFields.party.optional(),
    commitment: commitmentFields.commitment.optional(),
    dueDate: isoDate.optional(),
  })
  .strict()
  .openapi('UpdateCompactCommitment');
export const CommitmentSchema = z
  .object({
    id: z.string(),
    mechanismId: z.string(),
    party: z.enum(COMMITMENT_PARTIES),
    actorId: z.string().nullable(),
    funderId: z.string().nullable(),
    commitment: z.string(),
    benchmark: z.string().nullable(),
    dueDate: z.string(),
    status: z.enum(COMMITMENT_STATUSES),
    evidence: z.string().nullable(),
    overdue: z.boolean(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: VersionField,
  })
  .openapi('CompactCommitment');

export const MechanismDetailSchema = z
  .object({
    mechanism: MechanismSummarySchema,
    meetings: z.array(MeetingSchema),
    actions: z.array(ActionSchema),
    commitments: z.array(CommitmentSchema),
  })
  .openapi('CoordinationMechanismDetail');

export const StatusDateQuery = z.object({
  asOf: isoDate
    .optional()
    .openapi({ description: 'The status date overdue is measured on; today by default' }),
});

export const ReminderSchema = z
  .object({
    kind: z.enum(['commitment', 'action']),
    id: z.string(),
    mechanismId: z.string(),
    mechanismName: z.string(),
    text: z.string(),
    dueDate: z.string(),
    daysOverdue: z.number().int(),
    status: z.string(),
  })
  .openapi('CoordinationReminder');
export const RemindersSchema = z
  .object({ statusDate: z.string(), reminders: z.array(ReminderSchema) })
  .openapi('CoordinationReminders');

// ── Coverage ───────────────────────────────────────────────────────────────
export const CoverageQuery = z.object({
  planId: z.string().min(1).max(100).optional().openapi({
    description: 'The plan whose programmes are the reform areas; the newest approved plan by default',
  }),
  currency: z
    .string()
    .regex(CURRENCY_CODE, 'must be an ISO 4217 code such as USD')
    .optional()
    .openapi({ description: "Totals in this currency; the workspace's reporting currency by default" }),
  gapThreshold: z.coerce
    .number()
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(25, 'must be at most 25')
    .optional()
    .openapi({ description: 'Severity × importance from which a need is a priority (default 15)' }),
});

const ReasonSchema = z
  .object({ key: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) })
  .openapi('CoverageReason');
export const CoverageSchema = z
  .object({
    plan: z.object({ id: z.string(), name: z.string() }).nullable(),
    currency: z.string(),
    gapThreshold: z.number().int(),
    funders: z.array(z.object({ id: z.string(), name: z.string() })),
    rows: z.array(
      z.object({
        kind: z.enum(['need', 'area', 'unlinked']),
        id: z.string(),
        label: z.string(),
        priority: z.number().int().nullable(),
        cells: z.array(z.object({ funderId: z.string(), committed: z.number(), disbursed: z.number() })),
        committed: z.number(),
        disbursed: z.number(),
        funderCount: z.number().int(),
        gap: ReasonSchema.nullable(),
        duplication: ReasonSchema.nullable(),
      }),
    ),
    ratesUsed: z.array(RateUsedSchema),
    missingRates: z.array(MissingRateSchema).openapi({
      description: 'Flows of the funders this reader may see that no rate converts: left out of the cells',
    }),
    hiddenFunderCount: z.number().int().openapi({
      description: 'Funders whose amounts this reader may not see (a donor sees the funders they speak for)',
    }),
  })
  .openapi('CoverageMatrix');
