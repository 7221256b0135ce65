import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { AppError } from '../../../core/errors/app-error.ts';
import { guessCsvDelimiter } from '../../../core/tables/csv-delimiter.ts';
import { restoreSpreadsheetText } from '../../http/spreadsheet-safety.ts';
import {
  type DisaggregationColumn,
  type HeaderLayout,
  type LineError,
  lineOfCells,
  type RawValueLine,
  readHeader,
} from './data-values-resolve.ts';
import type { MonitoringMetadata } from './metadata-repo.ts';

/**
 * The lines of an import file, whatever its format, as raw lines with their line numbers: CSV streamed
 * through csv-parse (comma, semicolon or tab, from the header), XLSX's first sheet, DHIS2 dataValueSets
 * JSON (line = the value's position in `dataValues`, from 1).
 */

export type ImportFormat = 'csv' | 'xlsx' | 'json';

export interface NumberedLine {
  line: number;
  raw: RawValueLine;
}

/** What a source reads against, and where it puts its header's category columns and its errors. */
export interface SourceContext {
  meta: MonitoringMetadata;
  errors: LineError[];
  columns: DisaggregationColumn[];
}

/** A DHIS2 dataValueSets document: values may omit period and orgUnit when the set gives them. */
export interface DataValueSetsDocument {
  period?: string;
  orgUnit?: string;
  categoryOptionCombo?: string;
  dataValues: {
    /** DHIS2 marks a value it deleted; such entries are not imported. */
    deleted?: boolean;
    dataElement?: string;
    period?: string;
    orgUnit?: string;
    categoryOptionCombo?: string;
    value?: string | number | boolean | null;
    comment?: string | null;
  }[];
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** XLSX by its zip signature, JSON by its name or first character, CSV otherwise. */
export function detectImportFormat(name: string, head: Uint8Array): ImportFormat {
  if (ZIP.every((byte, i) => head[i] === byte)) return 'xlsx';
  if (/\.json$/i.test(name)) return 'json';
  const text = new TextDecoder().decode(head.subarray(0, 64)).replace(/^\uFEFF/, '');
  if (text.trimStart().startsWith('{')) return 'json';
  if (/\.xlsx?$/i.test(name)) throw new AppError('bad_request', 'file: not a readable .xlsx file');
  return 'csv';
}

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

/** CSV lines, streamed: the header is read against the metadata, each later line laid out by it. */
export async function* csvLines(
  chunks: AsyncIterable<Uint8Array>,
  context: SourceContext,
): AsyncGenerator<NumberedLine> {
  const { errors } = context;
  const iterator = chunks[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) {
    errors.push({ line: 1, field: 'file', message: 'the file is empty' });
    return;
  }
  const head = Buffer.from(first.value);
  const parser = parse({
    bom: true,
    delimiter: guessCsvDelimiter(head.subarray(0, 4096).toString('utf8')),
    relax_column_count: true,
  });
  const feed = (async () => {
    try {
      if (!parser.write(head)) await new Promise((resolve) => parser.once('drain', resolve));
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
        if (!parser.write(next.value)) await new Promise((resolve) => parser.once('drain', resolve));
      }
      parser.end();
    } catch (error) {
      parser.destroy(error as Error);
    }
  })();
  let layout: HeaderLayout | null = null;
  let line = 0;
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      line++;
      if (!layout) {
        layout = readHeader(cells, context.meta, errors);
        if (!layout) return;
        context.columns = layout.disaggregation;
        continue;
      }
      if (isBlank(cells)) continue;
      yield { line, raw: lineOfCells(cells, layout, true) };
    }
  } catch (error) {
    errors.push({
      line: line + 1,
      field: 'file',
      message: `not readable as CSV: ${(error as Error).message}`,
    });
  } finally {
    parser.destroy();
    await feed.catch(() => undefined);
  }
  if (line === 0) errors.push({ line: 1, field: 'file', message: 'the file is empty' });
}

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/**
 * Whether CSV bytes can be read line by line without a CSV parser: no quote at all (so a line is a
 * record and a delimiter always separates cells) and every line ends alike, all CRLF or all LF.
 */
export function isPlainCsv(bytes: Uint8Array): boolean {
  if (bytes.indexOf(QUOTE) >= 0) return false;
  let carriageReturns = 0;
  for (let at = bytes.indexOf(CR); at >= 0; at = bytes.indexOf(CR, at + 1)) {
    if (bytes[at + 1] !== LF) return false;
    carriageReturns++;
  }
  if (carriageReturns === 0) return true;
  // One line ending throughout: the CSV parser takes the first line's ending for the whole file.
  let lineFeeds = 0;
  for (let at = bytes.indexOf(LF); at >= 0; at = bytes.indexOf(LF, at + 1)) lineFeeds++;
  return lineFeeds === carriageReturns;
}

/** The first sheet of an XLSX workbook; numbers keep their full precision, texts lose a neutralising quote. */
export async function* xlsxLines(bytes: Uint8Array, context: SourceContext): AsyncGenerator<NumberedLine> {
  const { errors } = context;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new AppError('bad_request', 'file: this .xlsx file is damaged');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.rowCount === 0) {
    errors.push({ line: 1, field: 'file', message: 'the file is empty' });
    return;
  }
  const cellsOf = (index: number) => {
    const row = sheet.getRow(index);
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column++) {
      const cell = row.getCell(column);
      cells.push(
        typeof cell.value === 'number' ? String(cell.value) : restoreSpreadsheetText(cell.text ?? ''),
      );
    }
    return cells;
  };
  const layout = readHeader(cellsOf(1), context.meta, errors);
  if (!layout) return;
  context.columns = layout.disaggregation;
  for (let index = 2; index <= sheet.rowCount; index++) {
    const cells = cellsOf(index);
    if (!isBlank(cells)) yield { line: index, raw: lineOfCells(cells, layout) };
  }
}

const text = (value: unknown) => (typeof value === 'string' ? value : value == null ? '' : String(value));

/**
 * The entries of a dataValueSets document, without those DHIS2 marks deleted; the set's period, orgUnit
 * and categoryOptionCombo fill values that leave them out.
 */
export function* dataValueSetsLines(document: DataValueSetsDocument): Generator<NumberedLine> {
  for (const [index, value] of document.dataValues.entries()) {
    if (value.deleted === true) continue;
    yield {
      line: index + 1,
      raw: {
        dataElement: text(value.dataElement),
        period: text(value.period ?? document.period),
        orgUnit: text(value.orgUnit ?? document.orgUnit),
        categoryOptionCombo: text(value.categoryOptionCombo ?? document.categoryOptionCombo),
        value: value.value ?? null,
        comment: text(value.comment),
      },
    };
  }
}

/** A JSON file's text as a dataValueSets document, or a line-1 error. */
export function parseDataValueSetsText(json: string, errors: LineError[]): DataValueSetsDocument | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (error) {
    errors.push({ line: 1, field: 'file', message: `not readable as JSON: ${(error as Error).message}` });
    return null;
  }
  const values = (parsed as { dataValues?: unknown } | null)?.dataValues;
  if (!Array.isArray(values) || values.some((v) => typeof v !== 'object' || v === null)) {
    errors.push({
      line: 1,
      field: 'dataValues',
      message: 'expected a dataValueSets object with a dataValues list',
    });
    return null;
  }
  return parsed as DataValueSetsDocument;
}
