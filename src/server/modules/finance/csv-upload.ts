import { z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { RowError } from '../../../core/sector-map/import-cells.ts';
import { MAX_IMPORT_ROWS } from '../../../core/sector-map/limits.ts';
import { errorBody } from '../../http/errors.ts';
import { standardErrors } from '../../http/schemas.ts';
import type { AppEnv } from '../../http/types.ts';
import { workspaceActor } from '../../http/workspace-actor.ts';
import { readSpreadsheet, rejectRows } from '../sector-map/spreadsheet.ts';
import { authorize } from '../workspaces/membership.ts';

export const FINANCE_IMPORT_MAX_BYTES = 5 * 1024 * 1024;
/** Finance upload paths, which get FINANCE_IMPORT_MAX_BYTES instead of the API's general body limit. */
export const FINANCE_IMPORT_PATTERN =
  /^\/api\/workspaces\/[^/]+\/finance\/(budget-lines|macro|exchange-rates)\/import$/;

export const financeImportRules = `Send a CSV (comma, semicolon or tab separated, UTF-8) or XLSX file as the multipart field \`file\`, at most 5 MB and ${MAX_IMPORT_ROWS} rows; the first row names the columns (case, spaces and underscores ignored). Every row is checked before anything is written: if any row is wrong the answer is 422, \`details\` lists \`{ row, field, message }\` (row 1 is the header) and nothing is imported. Amounts may group thousands with spaces or commas.`;

export const FinanceImportForm = z.object({
  file: z
    .instanceof(File, { message: 'attach a CSV or XLSX file' })
    .openapi({ type: 'string', format: 'binary' }),
});

export const FinanceImportResult = z
  .object({ imported: z.number().int().openapi({ description: 'Rows written' }) })
  .openapi('FinanceImportResult');

export const financeImportErrors = {
  ...standardErrors,
  413: { description: 'File over 5 MB or over the row limit', content: standardErrors[400].content },
  422: { description: 'Rows with errors; nothing was imported', content: standardErrors[400].content },
};

/** Refuses outsiders and read-only roles before the upload is read, then limits its size. */
export const financeUpload: MiddlewareHandler<AppEnv>[] = [
  async (c, next) => {
    authorize(workspaceActor(c), 'finance:write');
    await next();
  },
  bodyLimit({
    maxSize: FINANCE_IMPORT_MAX_BYTES,
    onError: (c) =>
      c.json(errorBody('payload_too_large', 'file: larger than 5 MB; split it into several files'), 413),
  }),
];

/** The uploaded sheet's rows keyed by its header cells. */
export async function readFinanceFile(file: File) {
  return readSpreadsheet({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, 'finance');
}

/** All-or-nothing: a parse that found problems becomes the 422 listing them. */
export function unwrapRows<T extends { ok: true }>(result: T | { ok: false; errors: RowError[] }): T {
  if (!result.ok) rejectRows(result.errors);
  return result as T;
}
