import type { z } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from '../../../core/errors/app-error.ts';
import { ciphertextBytesProblem } from '../../../core/integrity/ciphertext-check.ts';
import { INTAKE_MAX_FILE_BYTES, INTAKE_MAX_FILES } from '../../../core/integrity/intake-limits.ts';
import type { EncryptedReport } from '../../../core/integrity/types.ts';
import { anonymousClientKey } from '../../http/client-key.ts';
import { describeZodError, errorBody } from '../../http/errors.ts';
import { createRouter } from '../../http/router.ts';
import type { AppDeps, AppEnv } from '../../http/types.ts';
import { publicIntegrityRouteDefs as defs } from './public-route-defs.ts';
import { EncryptedReportSchema, type ReportUploadForm } from './public-schemas.ts';
import {
  accessReport,
  addWhistleblowerMessage,
  publicChannel,
  type ReceiptGuard,
  ReceiptThrottled,
  receiveReport,
} from './public-service.ts';
import { ReceiptThrottle } from './receipt-throttle.ts';

export { publicIntegrityRouteDefs } from './public-route-defs.ts';

/** A JSON report carries no file: ciphertext of the content and keys only. */
const JSON_REPORT_LIMIT = 2 * 1024 * 1024;
const UPLOAD_LIMIT = INTAKE_MAX_FILES * INTAKE_MAX_FILE_BYTES + 1024 * 1024;

const tooLarge = (limit: string) => (c: Context) =>
  c.json(errorBody('payload_too_large', `body: a report is limited to ${limit}`), 413);
const jsonLimit = bodyLimit({ maxSize: JSON_REPORT_LIMIT, onError: tooLarge('2 MiB without files') });
const uploadLimit = bodyLimit({
  maxSize: UPLOAD_LIMIT,
  onError: tooLarge(`${INTAKE_MAX_FILES} files of 10 MiB each`),
});

/** The report route is an upload (app.ts skips the general 1 MiB limit): its own limit by media type. */
const reportBodyLimit: MiddlewareHandler<AppEnv> = (c, next) =>
  (c.req.header('content-type') ?? '').toLowerCase().startsWith('multipart/form-data')
    ? uploadLimit(c, next)
    : jsonLimit(c, next);

export interface PublicIntegrityDeps extends AppDeps {
  /** Counts wrong receipts; tests give their own clock and limits. */
  receiptThrottle?: ReceiptThrottle;
  trustProxy?: boolean;
}

/** The evidence files of a multipart report, checked to be ciphertext within the limits. */
async function encryptedFiles(parts: File | File[] | undefined): Promise<Uint8Array[]> {
  const files = parts === undefined ? [] : Array.isArray(parts) ? parts : [parts];
  if (files.length > INTAKE_MAX_FILES)
    throw new AppError('bad_request', `file: at most ${INTAKE_MAX_FILES} files`, { field: 'file' });
  const tooBig = files.findIndex((file) => file.size > INTAKE_MAX_FILE_BYTES);
  if (tooBig >= 0) throw new AppError('payload_too_large', `file.${tooBig}: each file is limited to 10 MiB`);
  const contents: Uint8Array[] = [];
  for (const [index, file] of files.entries()) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const problem = ciphertextBytesProblem(bytes);
    if (problem) throw new AppError('bad_request', `file.${index}: ${problem}`, { field: `file.${index}` });
    contents.push(bytes);
  }
  return contents;
}

function reportFromText(text: string): EncryptedReport {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AppError('bad_request', 'report: must be the encrypted report as JSON', { field: 'report' });
  }
  const parsed = EncryptedReportSchema.safeParse(value);
  if (!parsed.success) throw new AppError('bad_request', describeZodError(parsed.error, 'report'));
  return parsed.data;
}

/**
 * The public intake: no account, no cookie, no session. Nothing here logs or stores who is asking;
 * wrong receipts are counted in memory under an anonymous client key. Its privacy headers (no-store,
 * no-referrer) are set for these paths by http/security-headers.ts.
 */
export function publicIntegrityRoutes(deps: PublicIntegrityDeps) {
  const db = deps.database.db;
  const throttle = deps.receiptThrottle ?? new ReceiptThrottle();
  const guardOf = (c: Context): ReceiptGuard => ({
    throttle,
    clientKey: anonymousClientKey(c, deps.trustProxy ?? false),
  });
  /** Throttled: the error envelope with a Retry-After. */
  const withRetryAfter = async <T>(c: Context, run: () => Promise<T>) => {
    try {
      return await run();
    } catch (error) {
      if (error instanceof ReceiptThrottled) c.header('Retry-After', String(error.retryAfterSeconds));
      throw error;
    }
  };

  const router = createRouter();
  router.post('/api/public/:slug/reports', reportBodyLimit);
  return router
    .openapi(defs.channel, async (c) => c.json(await publicChannel({ db, ...c.req.valid('param') }), 200))
    .openapi(defs.submit, async (c) => {
      const { slug } = c.req.valid('param');
      const type = (c.req.header('content-type') ?? '').toLowerCase();
      let report: EncryptedReport;
      let files: Uint8Array[] = [];
      if (type.startsWith('multipart/form-data')) {
        const form = c.req.valid('form') as z.output<typeof ReportUploadForm>;
        if (typeof form.report !== 'string')
          throw new AppError('bad_request', 'report: the part with the encrypted report is required');
        report = reportFromText(form.report);
        files = await encryptedFiles(form.file);
      } else if (type.startsWith('application/json')) {
        report = c.req.valid('json') as z.output<typeof EncryptedReportSchema>;
      } else {
        throw new AppError('bad_request', 'body: send the encrypted report as JSON or multipart/form-data');
      }
      const { receipt } = await receiveReport({ db, slug, report, files });
      return c.json({ receipt }, 201);
    })
    .openapi(defs.access, async (c) => {
      const { slug } = c.req.valid('param');
      const { receipt } = c.req.valid('json');
      const result = await withRetryAfter(c, () => accessReport({ db, slug, receipt, guard: guardOf(c) }));
      return c.json(result, 200);
    })
    .openapi(defs.sendMessage, async (c) => {
      const { slug } = c.req.valid('param');
      const { receipt, ciphertext } = c.req.valid('json');
      const result = await withRetryAfter(c, () =>
        addWhistleblowerMessage({ db, slug, receipt, ciphertext, guard: guardOf(c) }),
      );
      return c.json(result, 201);
    });
}
