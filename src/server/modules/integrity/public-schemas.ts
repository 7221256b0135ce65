import { z } from '@hono/zod-openapi';
import { ciphertextProblem } from '../../../core/integrity/ciphertext-check.ts';
import {
  INTAKE_MAX_FILES,
  MAX_CONTENT_CHARS,
  MAX_IDENTITY_CHARS,
  MAX_MESSAGE_CHARS,
} from '../../../core/integrity/intake-limits.ts';
import {
  CASE_STATUSES,
  IDENTITY_MODES,
  RECIPIENT_ROLES,
  REPORT_KEY_KINDS,
} from '../../../core/integrity/types.ts';
import { MESSAGE_AUTHORS } from '../../db/schema/integrity.ts';
import { SlugParam, Timestamp } from '../../http/schemas.ts';
import { PublicKeyField, SealedKeyField } from './channel-schemas.ts';

/** Schemas of the public intake: what a whistle-blower's browser (or the CLI) sends and reads. */

export const PublicChannelParams = SlugParam;

const LocalizedTextSchema = z
  .object({
    en: z.string(),
    fr: z.string().optional(),
    ar: z.string().optional(),
    es: z.string().optional(),
    pt: z.string().optional(),
  })
  .openapi('IntegrityLocalizedText');

const PublicQuestionSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['text', 'long-text', 'choice', 'date']),
    label: LocalizedTextSchema,
    required: z.boolean(),
    options: z.array(z.object({ value: z.string(), label: LocalizedTextSchema })).optional(),
  })
  .openapi('IntegrityPublicQuestion');

export const PublicChannelSchema = z
  .object({
    channel: z.object({
      name: LocalizedTextSchema,
      intro: LocalizedTextSchema,
      reportTypes: z.array(
        z.object({
          code: z.string(),
          label: LocalizedTextSchema.optional().openapi({
            description: 'Only for a channel’s own codes; built-in codes are labelled by the page',
          }),
        }),
      ),
      questions: z.array(PublicQuestionSchema),
      acknowledgeDays: z.number().int(),
      feedbackDays: z.number().int(),
      maxFileBytes: z.number().int().openapi({ description: 'Largest encrypted file part, in bytes' }),
      maxFiles: z.number().int(),
    }),
    institutions: z
      .array(z.object({ id: z.string(), name: z.string() }))
      .openapi({ description: 'The workspace’s sector-map actors, by name' }),
    whistleblowerSalt: z
      .string()
      .openapi({ description: 'Base64; the whistle-blower’s key pair is derived from the receipt and it' }),
    recipients: z
      .array(z.object({ id: z.string(), role: z.enum(RECIPIENT_ROLES), publicKey: z.string() }))
      .openapi({ description: 'Every active recipient with a key: seal the report’s keys to each' }),
  })
  .openapi('IntegrityPublicChannel');

export const ReceiptSchema = z
  .string()
  .regex(/^\d{16}$/, 'must be the 16 digits of the receipt')
  .openapi({ description: 'The 16-digit receipt (digits only)', example: '4821093375510264' });

/** Base64 of encrypted bytes: long enough and not readable as text. */
const ciphertext = (maxChars: number) =>
  z
    .string()
    .max(maxChars, `must be at most ${maxChars} base64 characters`)
    .superRefine((text, ctx) => {
      const problem = ciphertextProblem(text);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .openapi({ description: 'Base64 of nonce ‖ XChaCha20-Poly1305 ciphertext, encrypted in the browser' });

export const EncryptedReportSchema = z
  .object({
    receipt: ReceiptSchema,
    whistleblowerPublicKey: PublicKeyField,
    whistleblowerKey: SealedKeyField,
    identityMode: z.enum(IDENTITY_MODES),
    content: ciphertext(MAX_CONTENT_CHARS),
    identity: ciphertext(MAX_IDENTITY_CHARS).nullable(),
    keys: z
      .array(
        z.object({
          recipientId: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, 'must be a recipient id from the channel'),
          kind: z.enum(REPORT_KEY_KINDS),
          sealed: SealedKeyField,
        }),
      )
      .max(600),
  })
  .superRefine((report, ctx) => {
    if ((report.identityMode === 'anonymous') !== (report.identity === null)) {
      ctx.addIssue({
        code: 'custom',
        path: ['identity'],
        message: 'must be null when identityMode is anonymous, and present otherwise',
      });
    }
  })
  .openapi('IntegrityEncryptedReport');

export const ReportUploadForm = z
  .object({
    report: z
      .string()
      .openapi({ description: 'The EncryptedReport as JSON text (same shape as the JSON body)' }),
    file: z
      .union([z.instanceof(File), z.array(z.instanceof(File)).max(INTAKE_MAX_FILES)])
      .optional()
      .openapi({
        type: 'array',
        items: { type: 'string', format: 'binary' },
        description: 'Encrypted evidence files, in the order of the content’s file list',
      }),
  })
  .openapi('IntegrityReportUpload');

export const SubmittedSchema = z.object({ receipt: ReceiptSchema }).openapi('IntegrityReportReceived');

export const AccessBodySchema = z.object({ receipt: ReceiptSchema }).openapi('IntegrityReceiptAccess');

export const WhistleblowerMessageSchema = z
  .object({
    id: z.string(),
    author: z.enum(MESSAGE_AUTHORS),
    ciphertext: z.string().openapi({ description: 'Encrypted with the report key (context `message`)' }),
    createdAt: Timestamp,
  })
  .openapi('IntegrityConversationMessage');

export const AccessedReportSchema = z
  .object({
    report: z.object({
      status: z.enum(CASE_STATUSES),
      receivedAt: Timestamp,
      acknowledgedAt: Timestamp.nullable(),
      feedbackAt: Timestamp.nullable(),
      closedAt: Timestamp.nullable(),
      purged: z.boolean().openapi({ description: 'True once the content was removed after closure' }),
      identityMode: z.enum(IDENTITY_MODES),
      whistleblowerKey: z
        .string()
        .nullable()
        .openapi({ description: 'The report key sealed to the receipt-derived key; null when purged' }),
      content: z.string().nullable().openapi({ description: 'The encrypted report; null when purged' }),
    }),
    messages: z.array(WhistleblowerMessageSchema).openapi({ description: 'The conversation, oldest first' }),
  })
  .openapi('IntegrityAccessedReport');

export const SendMessageBodySchema = z
  .object({ receipt: ReceiptSchema, ciphertext: ciphertext(MAX_MESSAGE_CHARS) })
  .openapi('IntegrityWhistleblowerMessage');

export const SentMessageSchema = z
  .object({ message: WhistleblowerMessageSchema })
  .openapi('IntegrityMessageSent');
