import { isUnstorable } from '../../http/input-guard.ts';
import { restoreSpreadsheetText } from '../../http/spreadsheet-safety.ts';
import {
  type LineError,
  parseValueCell,
  readHeader,
  ValueLineResolver,
  valueTypeProblem,
} from './data-values-resolve.ts';
import { guessDelimiter, type SourceContext } from './data-values-sources.ts';
import type { DataValueWriter } from './data-values-write.ts';

/** Thrown when a plain CSV has a line the fast reader does not take as is: the full reader reads it again. */
export class NeedsFullReader extends Error {
  constructor() {
    super('this file needs the full CSV reader');
  }
}

const CR = 0x0d;
const LF = 0x0a;

/**
 * Reads a plain CSV (see isPlainCsv) straight into the writer: slices of about 1 MB cut at a line end,
 * split on line ends and the header's delimiter, each cell looked up in the resolver's caches, with no
 * object per line. It takes only files whose every line is right and that have no disaggregation columns;
 * at the first line it cannot take as is it throws NeedsFullReader (the caller rolls back and reads the
 * file with the full reader, which names every error by line).
 */
export async function readPlainCsvInto(
  bytes: Uint8Array,
  context: SourceContext,
  writer: DataValueWriter,
): Promise<void> {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: false });
  const headerErrors: LineError[] = [];
  let resolver: ValueLineResolver | null = null;
  let delimiter = ',';
  let columns = { element: -1, period: -1, unit: -1, combo: -1, value: -1, comment: -1 };
  let line = 0;
  const slice = 1 << 20;
  for (let start = 0; start < bytes.length; ) {
    let end = Math.min(start + slice, bytes.length);
    if (end < bytes.length) {
      const cut = bytes.lastIndexOf(LF, end - 1);
      const next = cut >= start ? cut + 1 : bytes.indexOf(LF, end) + 1;
      end = next > 0 ? next : bytes.length;
    }
    const text = decoder.decode(bytes.subarray(start, end), { stream: end < bytes.length });
    start = end;
    let from = 0;
    while (from < text.length) {
      let to = text.indexOf('\n', from);
      if (to < 0) to = text.length;
      let record = text.slice(from, to > from && text.charCodeAt(to - 1) === CR ? to - 1 : to);
      from = to + 1;
      line++;
      if (!resolver) {
        if (record.charCodeAt(0) === 0xfeff) record = record.slice(1);
        delimiter = guessDelimiter(record);
        const layout = readHeader(record.split(delimiter), context.meta, headerErrors);
        if (!layout || layout.disaggregation.length > 0) throw new NeedsFullReader();
        const { index } = layout;
        columns = {
          element: index.dataElement,
          period: index.period,
          unit: index.orgUnit,
          combo: index.categoryOptionCombo,
          value: index.value,
          comment: index.comment,
        };
        resolver = new ValueLineResolver(context.meta);
        continue;
      }
      if (record === '') continue;
      const cells = record.split(delimiter);
      const info = resolver.elementOf(cells[columns.element] ?? '');
      const unit = resolver.orgUnitOf(cells[columns.unit] ?? '');
      const period = resolver.periodOf(cells[columns.period] ?? '');
      if (!info || !unit || !period) throw new NeedsFullReader();
      const combo = resolver.comboOf(info, columns.combo >= 0 ? (cells[columns.combo] ?? '') : '');
      const value = parseValueCell(cells[columns.value] ?? '', info.element.valueType);
      if (combo === null || value === null || valueTypeProblem(info.element.valueType, value))
        throw new NeedsFullReader();
      const comment = columns.comment >= 0 ? restoreSpreadsheetText(cells[columns.comment] ?? '').trim() : '';
      if (comment && isUnstorable(comment)) throw new NeedsFullReader();
      const full = writer.addValue(info.element.id, unit.id, period, combo, value, comment || null, line);
      if (context.errors.length > 0) throw new NeedsFullReader();
      if (full) await writer.flush();
    }
  }
  if (!resolver) throw new NeedsFullReader();
}
