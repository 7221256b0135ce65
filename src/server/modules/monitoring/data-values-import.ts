import type { Readable } from 'node:stream';
import { AppError } from '../../../core/errors/app-error.ts';
import type { Db } from '../../db/client.ts';
import { isUnstorable } from '../../http/input-guard.ts';
import { appendAudit } from '../audit/repo.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';
import { scheduleAnalyticsRefresh } from './analytics-refresh.ts';
import { NeedsFullReader, readPlainCsvInto } from './data-values-plain-csv.ts';
import { type LineError, ValueLineResolver } from './data-values-resolve.ts';
import {
  csvLines,
  type DataValueSetsDocument,
  dataValueSetsLines,
  detectImportFormat,
  type ImportFormat,
  isPlainCsv,
  type NumberedLine,
  parseDataValueSetsText,
  type SourceContext,
  xlsxLines,
} from './data-values-sources.ts';
import { DataValueWriter, type WriteSummary } from './data-values-write.ts';
import { loadMonitoringMetadata } from './metadata-repo.ts';

/** Errors listed in an answer; `details.total` says how many there were. */
export const MAX_LISTED_ERRORS = 100;
/** A file this wrong is not read further: the total then counts the errors up to there. */
const MAX_COUNTED_ERRORS = 10_000;

/** A refused import: every error with its line; nothing was written. The HTTP layer names it `invalid_import`. */
export class InvalidImportError extends AppError {
  constructor(
    readonly errors: LineError[],
    readonly total: number,
  ) {
    const lines = new Set(errors.map((e) => e.line)).size;
    super(
      'bad_request',
      `${total} error${total === 1 ? '' : 's'} on ${lines}${total > errors.length ? '+' : ''} line${lines === 1 ? '' : 's'}; nothing was imported (first: line ${errors[0]?.line}, ${errors[0]?.field}: ${errors[0]?.message})`,
      { errors, total },
    );
  }
}

export interface ImportFile {
  name: string;
  bytes?: Uint8Array;
  stream?: Readable | AsyncIterable<Uint8Array>;
}

interface ImportOptions {
  db: Db;
  actor: WorkspaceActor;
}

/**
 * Imports data values from a CSV (streamed), XLSX or DHIS2 dataValueSets JSON file, all or nothing:
 * values with the same keys are replaced, a file with any error writes nothing and lists them by line.
 */
export async function importDataValues({
  db,
  actor,
  file,
  format,
}: ImportOptions & { file: ImportFile; format?: ImportFormat }): Promise<WriteSummary> {
  authorize(actor, 'data-values:write');
  // the name goes into the audit log: text PostgreSQL cannot store is refused here, not there
  if (isUnstorable(file.name))
    throw new AppError('bad_request', 'file: its name must not contain a NUL character or a lone surrogate');
  const chunks = file.stream ?? (file.bytes ? slices(file.bytes) : null);
  if (!chunks) throw new AppError('bad_request', 'file: missing');
  const kind = format ?? detectImportFormat(file.name, file.bytes ?? new Uint8Array());
  if (kind === 'csv') {
    const bytes = file.bytes;
    if (bytes && isPlainCsv(bytes)) {
      try {
        return await runImport(db, actor, file.name, (context, writer) =>
          readPlainCsvInto(bytes, context, writer),
        );
      } catch (error) {
        if (!(error instanceof NeedsFullReader)) throw error;
      }
      return runImport(
        db,
        actor,
        file.name,
        fromLines((context) => csvLines(toAsync(slices(bytes)), context)),
      );
    }
    return runImport(
      db,
      actor,
      file.name,
      fromLines((context) => csvLines(toAsync(chunks), context)),
    );
  }
  const bytes = file.bytes ?? (await collect(toAsync(chunks)));
  if (kind === 'xlsx')
    return runImport(
      db,
      actor,
      file.name,
      fromLines((context) => xlsxLines(bytes, context)),
    );
  const errors: LineError[] = [];
  const document = parseDataValueSetsText(new TextDecoder().decode(bytes), errors);
  if (!document) throw refusal(errors);
  return runImport(
    db,
    actor,
    file.name,
    fromLines(() => dataValueSetsLines(document)),
  );
}

/** Imports a DHIS2 dataValueSets document already read (the JSON body of the API). */
export async function importDataValueSets({
  db,
  actor,
  document,
}: ImportOptions & { document: DataValueSetsDocument }): Promise<WriteSummary> {
  authorize(actor, 'data-values:write');
  return runImport(
    db,
    actor,
    'dataValueSets.json',
    fromLines(() => dataValueSetsLines(document)),
  );
}

/** Reads a source into the writer; errors go to `context.errors`. */
type Feed = (context: SourceContext, writer: DataValueWriter) => Promise<void>;

/** A feed from numbered lines: each resolved (codes, period, combo, value), then handed to the writer. */
function fromLines(
  linesOf: (context: SourceContext) => AsyncIterable<NumberedLine> | Iterable<NumberedLine>,
): Feed {
  return async (context, writer) => {
    const { errors } = context;
    let resolver: ValueLineResolver | null = null;
    /** One line; true when the writer's chunk is full (the caller awaits its flush). */
    const take = ({ line, raw }: NumberedLine): boolean => {
      // Made at the first line, once the source has read its header's category columns.
      resolver ??= new ValueLineResolver(context.meta, context.columns);
      const row = resolver.resolve(raw, line, errors);
      return row ? writer.add(row, line) : false;
    };
    const lines = linesOf(context);
    // A synchronous source (JSON) is read without an await per line.
    if (Symbol.iterator in lines) {
      for (const numbered of lines) {
        if (take(numbered)) await writer.flush();
        if (errors.length >= MAX_COUNTED_ERRORS) break;
      }
    } else {
      for await (const numbered of lines) {
        if (take(numbered)) await writer.flush();
        if (errors.length >= MAX_COUNTED_ERRORS) break;
      }
    }
  };
}

async function runImport(db: Db, actor: WorkspaceActor, fileName: string, feed: Feed): Promise<WriteSummary> {
  const workspaceId = actor.workspace.id;
  const context: SourceContext = {
    meta: await loadMonitoringMetadata(db, workspaceId),
    errors: [],
    columns: [],
  };
  const { errors } = context;
  const { summary, dataElementIds } = await db.transaction(async (tx) => {
    const writer = new DataValueWriter(tx, workspaceId, actor.user.id, errors);
    await writer.start();
    try {
      await feed(context, writer);
      if (errors.length > 0) throw refusal(errors);
    } catch (error) {
      // A COPY still running must end before the transaction rolls back.
      await writer.settle().catch(() => undefined);
      throw error;
    }
    const result = await writer.finish();
    if (result.imported === 0)
      throw refusal([{ line: 1, field: 'file', message: 'no data values in the file' }]);
    await appendAudit(tx, {
      workspaceId,
      actorId: actor.user.id,
      action: 'monitoring_data_values.import',
      entityType: 'monitoring_data_values',
      entityId: null,
      after: { count: result.imported, fileName, ...result },
    });
    return { summary: result, dataElementIds: writer.dataElementIds() };
  });
  scheduleAnalyticsRefresh(db, workspaceId, dataElementIds);
  return summary;
}

function refusal(errors: LineError[]): InvalidImportError {
  return new InvalidImportError(errors.slice(0, MAX_LISTED_ERRORS), errors.length);
}

/** Bytes in pieces, so the CSV parser never holds a whole big file's lines at once. */
function* slices(bytes: Uint8Array): Generator<Uint8Array> {
  const size = 1 << 20;
  for (let start = 0; start < bytes.length; start += size) yield bytes.subarray(start, start + size);
}

async function* toAsync(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
): AsyncGenerator<Uint8Array> {
  for await (const chunk of chunks) yield chunk;
}

async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return Buffer.concat(parts);
}
