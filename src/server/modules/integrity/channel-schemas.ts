import { z } from '@hono/zod-openapi';
import { decodedLength } from '../../../core/integrity/ciphertext-check.ts';
import { SEALED_KEY_BYTES } from '../../../core/integrity/crypto.ts';
import { BUILT_IN_REPORT_TYPES, RECIPIENT_ROLES, REPORT_KEY_KINDS } from '../../../core/integrity/types.ts';
import { SlugParam, Timestamp } from '../../http/schemas.ts';
import { VersionField } from '../shared/row-version.ts';

/**
 * Request and response schemas of the channel's settings, its recipients, the recipients' own keys
 * and the re-wrapping of report keys. Key material is checked for base64 and exact byte lengths.
 */

/** Standard base64 (with padding) that decodes to exactly `bytes` bytes. */
export function base64OfBytes(bytes: number, what: string) {
  const length = Math.ceil(bytes / 3) * 4;
  return z
    .string()
    .length(length, `must be ${what}: ${bytes} bytes as base64 (${length} characters)`)
    .refine((text) => decodedLength(text) === bytes, `must be ${what}: ${bytes} bytes as standard base64`);
}

/** An X25519 public key. */
export const PublicKeyField = base64OfBytes(32, 'an X25519 public key');
/** A 32-byte key sealed with crypto_box_seal. */
export const SealedKeyField = base64OfBytes(SEALED_KEY_BYTES, 'a sealed key');
/** A 32-byte private key encrypted with XChaCha20-Poly1305: nonce (24) + key (32) + tag (16). */
const LockedKeyCiphertext = base64OfBytes(72, 'an encrypted private key');

const LONG_TEXT = 4000;
const text = (max: number) => z.string().trim().max(max);

/** Text in the five interface languages; English is required, the others optional. */
export const LocalizedTextSchema = (max = 200) =>
  z.object({
    en: text(max).min(1, 'the English text is required'),
    fr: text(max).optional(),
    ar: text(max).optional(),
    es: text(max).optional(),
    pt: text(max).optional(),
  });

/** As LocalizedTextSchema, but the English text may be empty (an optional introduction). */
const OptionalLocalizedText = (max: number) =>
  z.object({
    en: text(max),
    fr: text(max).optional(),
    ar: text(max).optional(),
    es: text(max).optional(),
    pt: text(max).optional(),
  });

const BUILT_IN = new Set<string>(BUILT_IN_REPORT_TYPES);

export const ReportTypeOptionSchema = z
  .object({
    code: z.string().regex(/^[a-z0-9-]{1,40}$/, 'a code is 1 to 40 lower-case letters, digits or dashes'),
    label: LocalizedTextSchema(120).optional().openapi({
      description: 'Required for a channel’s own codes; built-in codes are labelled by the interface',
    }),
  })
  .openapi('IntegrityReportType');

export const ChannelQuestionSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z][a-z0-9_]{0,39}$/, 'an id starts with a letter: lower-case letters, digits, _'),
    kind: z.enum(['text', 'long-text', 'choice', 'date']),
    label: LocalizedTextSchema(300),
    required: z.boolean(),
    options: z
      .array(z.object({ value: z.string().trim().min(1).max(60), label: LocalizedTextSchema(120) }))
      .max(50)
      .optional(),
  })
  .openapi('IntegrityChannelQuestion');

const Days = z.number().int().min(1, 'at least 1 day').max(3650, 'at most 3650 days');

export const ChannelSettingsSchema = z
  .object({
    name: LocalizedTextSchema(120),
    intro: OptionalLocalizedText(LONG_TEXT),
    enabled: z.boolean(),
    reportTypes: z.array(ReportTypeOptionSchema).min(1, 'offer at least one type').max(60),
    questions: z.array(ChannelQuestionSchema).max(30),
    acknowledgeDays: Days,
    feedbackDays: Days,
    retentionDays: Days,
  })
  .superRefine((settings, ctx) => {
    const codes = new Set<string>();
    settings.reportTypes.forEach((type, index) => {
      if (codes.has(type.code))
        ctx.addIssue({ code: 'custom', path: ['reportTypes', index, 'code'], message: 'listed twice' });
      codes.add(type.code);
      if (!BUILT_IN.has(type.code) && !type.label?.en)
        ctx.addIssue({
          code: 'custom',
          path: ['reportTypes', index, 'label', 'en'],
          message: 'a channel’s own type needs an English label',
        });
    });
    const ids = new Set<string>();
    settings.questions.forEach((question, index) => {
      if (ids.has(question.id))
        ctx.addIssue({ code: 'custom', path: ['questions', index, 'id'], message: 'used twice' });
      ids.add(question.id);
      const options = question.options ?? [];
      if (question.kind === 'choice' && options.length === 0)
        ctx.addIssue({
          code: 'custom',
          path: ['questions', index, 'options'],
          message: 'a choice question needs options',
        });
      const values = new Set<string>();
      options.forEach((option, position) => {
        if (values.has(option.value))
          ctx.addIssue({
            code: 'custom',
            path: ['questions', index, 'options', position, 'value'],
            message: 'used twice',
          });
        values.add(option.value);
      });
    });
  })
  .openapi('IntegrityChannelSettings');

export const RecipientRoleSchema = z.enum(RECIPIENT_ROLES).openapi('IntegrityRecipientRole');
export const ReportKeyKindSchema = z.enum(REPORT_KEY_KINDS).openapi('IntegrityReportKeyKind');

export const RecipientSchema = z
  .object({
    id: z.string(),
    userId: z.string(),
    name: z.string(),
    email: z.string(),
    role: RecipientRoleSchema,
    hasKey: z.boolean(),
    removedAt: Timestamp.nullable(),
  })
  .openapi('IntegrityRecipient');

export const ChannelViewSchema = z
  .object({
    channel: z
      .object({
        id: z.string(),
        settings: ChannelSettingsSchema,
        rowVersion: VersionField,
        publicUrlPath: z.string().openapi({ example: '/p/demo/report' }),
      })
      .nullable()
      .openapi({ description: 'null until the channel is first saved' }),
    recipients: z.array(RecipientSchema).openapi({ description: 'Active ones first, then removed ones' }),
    me: z
      .object({ recipientId: z.string(), role: RecipientRoleSchema, hasKey: z.boolean() })
      .nullable()
      .openapi({ description: 'The caller as an active recipient; null otherwise' }),
    canManage: z.boolean().openapi({ description: 'Whether the caller holds integrity:manage' }),
  })
  .openapi('IntegrityChannelView');

export const AddRecipientBody = z
  .object({ userId: z.string().min(1).max(100), role: RecipientRoleSchema })
  .openapi('IntegrityAddRecipientBody');

export const RecipientResponse = z
  .object({ recipient: RecipientSchema })
  .openapi('IntegrityRecipientResponse');

export const RecipientParams = SlugParam.extend({
  recipientId: z
    .string()
    .max(100)
    .openapi({ param: { name: 'recipientId', in: 'path' }, example: 'rcp_1' }),
});

export const LockedPrivateKeySchema = z
  .object({
    ciphertext: LockedKeyCiphertext,
    salt: base64OfBytes(16, 'an Argon2id salt'),
    opsLimit: z.number().int().min(1).max(20),
    memLimit: z
      .number()
      .int()
      .min(8 * 1024 * 1024)
      .max(1024 * 1024 * 1024),
  })
  .openapi('IntegrityLockedPrivateKey');

export const MyKeyBody = z
  .object({
    publicKey: PublicKeyField,
    lockedPrivateKey: LockedPrivateKeySchema,
    recoveryLockedPrivateKey: LockedKeyCiphertext,
  })
  .openapi('IntegrityMyKeyBody');

export const MyKeySchema = z
  .object({
    recipientId: z.string(),
    role: RecipientRoleSchema,
    publicKey: z.string().nullable(),
    lockedPrivateKey: LockedPrivateKeySchema.nullable(),
    recoveryLockedPrivateKey: z.string().nullable(),
  })
  .openapi('IntegrityMyKey');

export const RewrapListSchema = z
  .object({
    items: z.array(
      z.object({
        reportId: z.string(),
        kind: ReportKeyKindSchema,
        sealedForMe: z.string().openapi({ description: 'This key sealed to the caller' }),
        targets: z.array(z.object({ recipientId: z.string(), publicKey: z.string() })),
      }),
    ),
  })
  .openapi('IntegrityRewrapList');

export const RewrapBody = z
  .object({
    keys: z
      .array(
        z.object({
          reportId: z.string().min(1).max(100),
          recipientId: z.string().min(1).max(100),
          kind: ReportKeyKindSchema,
          sealed: SealedKeyField,
        }),
      )
      .min(1)
      .max(5000),
  })
  .openapi('IntegrityRewrapBody');

export const RewrapResult = z.object({ added: z.number().int() }).openapi('IntegrityRewrapResult');
