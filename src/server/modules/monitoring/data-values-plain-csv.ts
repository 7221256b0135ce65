import { guessCsvDelimiter } from '../../../core/tables/csv-delimiter.ts';
import { isUnstorable } from '../../http/input-guard.ts';
import { restoreSpreadsheetText } from '../../http/spreadsheet-safety.ts';
import {
  type ElementInfo,
  type LineError,
  parseCellForValueType,
  readHeader,
  ValueLineResolver,
  valueTypeProblem,
} from './data-values-resolve.ts';
import type { SourceContext } from './data-values-sources.ts';
import type { DataValueWriter } from './data-values-write.ts';

/** Thrown when a plain CSV has a line the fast reader does not take as is: the full reader reads it again. */
export class NeedsFullReader extends Error {
  constructor() {
    super('this file needs the full CSV reader');
  }
}

const CR = 0x0d;
/** Cells a line may have for the fast reader (a wider file goes to the full reader). */
const MAX_CELLS = 64;
const LF = 0x0a;

interface ElementSlot {
  info: ElementInfo;
  slot: number;
  /** The writer's place for each combo cell text of this element. */
  combos: Map<string, number | null>;
  findCombo: (given: string) => number | null;
  comboMemo: Memo<number>;
}

/** The last cell text a column had and the slot it named. */
interface Memo<T> {
  text: string | null;
  slot: T | null;
}

function slotOf<T>(cache: Map<string, T | null>, text: string, find: (text: string) => T | null): T | null {
  let found = cache.get(text);
  if (found === undefined) {
    found = find(text);
    cache.set(text, found);
  }
  return found;
}

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
  // The writer's place for each cell text met (null: the text names nothing), so a line costs a few lookups.
  const elements = new Map<string, ElementSlot | null>();
  const units = new Map<string, number | null>();
  const periods = new Map<string, number | null>();
  const starts = new Int32Array(MAX_CELLS);
  const ends = new Int32Array(MAX_CELLS);
  let text = '';
  let count = 0;
  const cell = (index: number) => (index >= 0 && index < count ? text.slice(starts[index], ends[index]) : '');
  /**
   * The slot a cell names, through the cache; a cell equal to the same column's cell on the line before
   * (files are often sorted) is compared in place, without cutting it out of the text.
   */
  const lookup = <T>(
    index: number,
    cache: Map<string, T | null>,
    find: (key: string) => T | null,
    memo: Memo<T>,
  ): T | null => {
    if (index < 0 || index >= count) return slotOf(cache, '', find);
    const start = starts[index];
    const length = ends[index] - start;
    if (memo.text !== null && memo.text.length === length && text.startsWith(memo.text, start))
      return memo.slot;
    const key = text.slice(start, start + length);
    memo.text = key;
    memo.slot = slotOf(cache, key, find);
    return memo.slot;
  };
  const elementMemo: Memo<ElementSlot> = { text: null, slot: null };
  const unitMemo: Memo<number> = { text: null, slot: null };
  const periodMemo: Memo<number> = { text: null, slot: null };
  /** A cell of digits only (at most 15, optionally after a minus) as its number, read in place; else null. */
  const wholeNumberAt = (index: number): number | null => {
    if (index < 0 || index >= count) return null;
    let at = starts[index];
    const end = ends[index];
    const negative = text.charCodeAt(at) === 0x2d;
    if (negative) at++;
    if (at === end || end - at > 15) return null;
    let value = 0;
    for (; at < end; at++) {
      const digit = text.charCodeAt(at) - 0x30;
      if (digit < 0 || digit > 9) return null;
      value = value * 10 + digit;
    }
    return negative ? -value : value;
  };
  const findElement = (key: string): ElementSlot | null => {
    const info = resolver?.elementOf(key);
    if (!info) return null;
    const findCombo = (given: string) => {
      const combo = resolver?.comboOf(info, given);
      return combo ? writer.comboSlot(combo) : null;
    };
    return {
      info,
      slot: writer.elementSlot(info.element.id),
      combos: new Map(),
      findCombo,
      comboMemo: { text: null, slot: null },
    };
  };
  const findUnit = (key: string) => {
    const unit = resolver?.orgUnitOf(key);
    return unit ? writer.unitSlot(unit.id) : null;
  };
  const findPeriod = (key: string) => {
    const period = resolver?.periodOf(key);
    return period ? writer.periodSlot(period) : null;
  };
  const slice = 1 << 20;
  for (let start = 0; start < bytes.length; ) {
    let end = Math.min(start + slice, bytes.length);
    if (end < bytes.length) {
      const cut = bytes.lastIndexOf(LF, end - 1);
      const next = cut >= start ? cut + 1 : bytes.indexOf(LF, end) + 1;
      end = next > 0 ? next : bytes.length;
    }
    text = decoder.decode(bytes.subarray(start, end), { stream: end < bytes.length });
    start = end;
    let from = 0;
    while (from < text.length) {
      let to = text.indexOf('\n', from);
      if (to < 0) to = text.length;
      const lineStart = from;
      const lineEnd = to > from && text.charCodeAt(to - 1) === CR ? to - 1 : to;
      from = to + 1;
      line++;
      if (!resolver) {
        // (TextDecoder has already dropped a byte order mark.)
        const record = text.slice(lineStart, lineEnd);
        delimiter = guessCsvDelimiter(record);
        const headers = record.split(delimiter);
        const layout = readHeader(headers, context.meta, headerErrors);
        if (!layout || layout.disaggregation.length > 0 || headers.length > MAX_CELLS)
          throw new NeedsFullReader();
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
      if (lineEnd === lineStart) continue;
      // Where each cell starts and ends; only the cells read are cut out of the text.
      count = 0;
      for (let at = lineStart; count < MAX_CELLS; ) {
        const next = text.indexOf(delimiter, at);
        starts[count] = at;
        if (next < 0 || next >= lineEnd) {
          ends[count++] = lineEnd;
          break;
        }
        ends[count++] = next;
        at = next + 1;
      }
      const element = lookup(columns.element, elements, findElement, elementMemo);
      const unit = lookup(columns.unit, units, findUnit, unitMemo);
      const period = lookup(columns.period, periods, findPeriod, periodMemo);
      if (element === null || unit === null || period === null || element.slot < 0 || unit < 0)
        throw new NeedsFullReader();
      const combo = lookup(columns.combo, element.combos, element.findCombo, element.comboMemo);
      const { valueType } = element.info.element;
      const value = wholeNumberAt(columns.value) ?? parseCellForValueType(cell(columns.value), valueType);
      if (combo === null || value === null || valueTypeProblem(valueType, value)) throw new NeedsFullReader();
      const comment = columns.comment >= 0 ? restoreSpreadsheetText(cell(columns.comment)).trim() : '';
      if (comment && isUnstorable(comment)) throw new NeedsFullReader();
      const full = writer.addSlots(element.slot, unit, period, combo, value, comment || null, line);
      if (context.errors.length > 0) throw new NeedsFullReader();
      if (full) await writer.flush();
      // Lets the connection send the COPY in flight (PostgreSQL loads it meanwhile on its own core).
      else if (line % 8192 === 0) await new Promise(setImmediate);
    }
  }
  if (!resolver) throw new NeedsFullReader();
}
