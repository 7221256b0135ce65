import { z } from '@hono/zod-openapi';
import { CHECKPOINT_KIND } from '../../../core/audit/checkpoint.ts';
import { JsonValue, Timestamp } from '../../http/schemas.ts';

const BREAK_CODES = [
  'sequence',
  'link',
  'altered',
  'unknown-format',
  'truncated',
  'beyond-head',
  'head-missing',
  'head-forged',
  'head-seal-removed',
] as const;

const CHECKPOINT_PROBLEMS = [
  'other-key',
  'bad-signature',
  'other-chain',
  'entry-missing',
  'entry-changed',
] as const;

const ChainBreakSchema = z.object({
  seq: z.number().int(),
  id: z.string(),
  code: z.enum(BREAK_CODES),
  reason: z.string(),
});

export const ChainVerdictSchema = z
  .object({
    ok: z.boolean(),
    checked: z.number().int(),
    firstBroken: ChainBreakSchema.nullable(),
    headSealed: z.boolean().openapi({
      description: 'false: the head predates head seals; accepted once, sealed at the next change',
    }),
  })
  .openapi('AuditChainVerdict');

export const CheckpointSchema = z
  .object({
    kind: z.literal(CHECKPOINT_KIND),
    version: z.literal(1),
    chain: z.string().min(1).max(100),
    workspace: z.string().min(1).max(100),
    seq: z.number().int().min(1).max(2_147_483_647),
    headHash: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hexadecimal digits'),
    time: z.iso.datetime({ message: 'must be an ISO 8601 time in UTC' }),
    publicKey: z.string().min(1).max(1000),
    signature: z.string().regex(/^[A-Za-z0-9+/]{86}==$/, 'must be a base64 Ed25519 signature'),
  })
  .openapi('AuditCheckpoint', {
    description:
      'Ed25519 signature (base64) over the RFC 8785 JSON of every field but `signature`, by the key in `publicKey`',
  });

export const CheckpointVerdictSchema = ChainVerdictSchema.extend({
  checkpoint: z.object({
    seq: z.number().int(),
    time: z.string(),
    problem: z.object({ code: z.enum(CHECKPOINT_PROBLEMS), reason: z.string() }).nullable(),
  }),
}).openapi('AuditCheckpointVerdict');

export const PublicKeySchema = z
  .object({
    algorithm: z.literal('Ed25519'),
    publicKey: z.string().openapi({ description: 'SPKI PEM' }),
    keyId: z.string().openapi({ description: 'SHA-256 of the raw 32-byte public key, hex' }),
  })
  .openapi('AuditPublicKey');

export const AuditEntityLabelSchema = z
  .object({
    name: z.string(),
    nameTranslations: z.record(z.string(), z.string()),
    deleted: z.boolean(),
  })
  .openapi('AuditEntityLabel');

export const AuditEntrySchema = z
  .object({
    id: z.string(),
    seq: z.number().int(),
    createdAt: Timestamp,
    actor: z.object({ id: z.string(), name: z.string(), email: z.string() }).nullable(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string().nullable(),
    entity: AuditEntityLabelSchema.nullable().openapi({
      description: "The entity's name now, or as last recorded in the log when it was deleted",
    }),
    changes: z.record(z.string(), z.object({ before: JsonValue, after: JsonValue })),
  })
  .openapi('AuditEntry');

export const AuditPageSchema = z
  .object({
    entries: z.array(AuditEntrySchema),
    references: z.record(z.string(), z.string()).openapi({
      description:
        'Names of the records that ids in the changes point at, and codes of framework items, by id',
    }),
    nextBefore: z.number().int().nullable(),
  })
  .openapi('AuditPage');
