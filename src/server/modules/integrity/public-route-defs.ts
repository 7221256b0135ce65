import { createRoute } from '@hono/zod-openapi';
import { INTAKE_MAX_FILE_BYTES, INTAKE_MAX_FILES } from '../../../core/integrity/intake-limits.ts';
import { ErrorSchema, jsonBody, jsonContent, rateLimitError } from '../../http/schemas.ts';
import {
  AccessBodySchema,
  AccessedReportSchema,
  EncryptedReportSchema,
  PublicChannelParams,
  PublicChannelSchema,
  ReportUploadForm,
  SendMessageBodySchema,
  SentMessageSchema,
  SubmittedSchema,
} from './public-schemas.ts';

const tags = ['Integrity (public)'];
const base = '/api/public/{slug}';

const error = (description: string) => ({
  description,
  content: { 'application/json': { schema: ErrorSchema } },
});

const noChannel = error('No open integrity channel here (unknown workspace, no channel, or not ready)');
const privacy =
  'No account is needed. Nothing that identifies the caller (address, user agent) is stored or logged; responses are `Cache-Control: no-store` and `Referrer-Policy: no-referrer`.';

export const publicIntegrityRouteDefs = {
  channel: createRoute({
    method: 'get',
    path: `${base}/channel`,
    tags,
    summary: 'An integrity channel’s form and the recipients’ public keys, to encrypt a report',
    description: `${privacy} Answers 404 alike for an unknown workspace, a workspace without a channel, a disabled channel and a channel where no handler has made a key yet.`,
    request: { params: PublicChannelParams },
    responses: {
      200: jsonContent(PublicChannelSchema, 'The channel'),
      404: noChannel,
      ...rateLimitError,
    },
  }),
  submit: createRoute({
    method: 'post',
    path: `${base}/reports`,
    tags,
    summary: 'Send an encrypted report (and encrypted evidence files); answers with the receipt',
    description: `${privacy} Only already-encrypted payloads are accepted: \`content\`, \`identity\` and each file must be ciphertext (text that reads as UTF-8 is refused). \`keys\` must hold exactly the sealed keys the channel's current recipients are entitled to (handlers: report and notes, and identity when the identity mode is open; custodians: identity unless anonymous); otherwise 400, and the sender reloads the channel and encrypts again. Files go as \`multipart/form-data\`: a \`report\` part with the JSON and up to ${INTAKE_MAX_FILES} \`file\` parts of at most ${INTAKE_MAX_FILE_BYTES} bytes each (413 beyond). The receipt is made by the sender; the server keeps only a slow hash of it. 409 when that receipt is already in use.`,
    request: {
      params: PublicChannelParams,
      body: {
        required: false,
        content: {
          'application/json': { schema: EncryptedReportSchema },
          'multipart/form-data': { schema: ReportUploadForm },
        },
      },
    },
    responses: {
      201: jsonContent(SubmittedSchema, 'Received: keep the receipt'),
      400: error('Invalid report: the message names the field'),
      404: noChannel,
      409: error('This receipt is already in use: make a new one'),
      413: error('A file, or too many files'),
      ...rateLimitError,
    },
  }),
  access: createRoute({
    method: 'post',
    path: `${base}/reports/access`,
    tags,
    summary: 'Read a report’s status and its conversation with the receipt',
    description: `${privacy} A wrong receipt answers 404 after a delay that grows with each failure; after 5 failures in 15 minutes from one caller (or 100 in an hour on one channel) every attempt answers 429 for a while, even with the right receipt. A purged report answers with \`purged: true\`, no content and no messages.`,
    request: { params: PublicChannelParams, ...jsonBody(AccessBodySchema) },
    responses: {
      200: jsonContent(AccessedReportSchema, 'The report (encrypted) and its conversation'),
      400: error('Not a receipt'),
      404: error('No report with this receipt'),
      ...rateLimitError,
    },
  }),
  sendMessage: createRoute({
    method: 'post',
    path: `${base}/reports/messages`,
    tags,
    summary: 'Add an encrypted message to a report’s conversation, with the receipt',
    description: `${privacy} The ciphertext is encrypted with the report key (context \`message\`), at most 64 KiB. 409 once the case is closed or purged. Wrong receipts count as in access.`,
    request: { params: PublicChannelParams, ...jsonBody(SendMessageBodySchema) },
    responses: {
      201: jsonContent(SentMessageSchema, 'Added'),
      400: error('Invalid message: the message names the field'),
      404: error('No report with this receipt'),
      409: error('The case is closed or purged'),
      ...rateLimitError,
    },
  }),
};

/** POST paths of the public intake: uploads with their own size limit, and exempt from the cross-site check. */
export const INTEGRITY_UPLOAD_PATTERN = /^\/api\/public\/[^/]+\/reports$/;
export const INTEGRITY_PUBLIC_POST_PATTERN = /^\/api\/public\/[^/]+\/reports(\/access|\/messages)?$/;
