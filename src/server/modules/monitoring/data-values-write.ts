import { sql } from 'drizzle-orm';
import type { Period } from '../../../core/indicators/periods.ts';
import { type Db, queryRows } from '../../db/client.ts';
import { startCopyBinary } from '../../db/copy.ts';
import { BinaryCopyBuffer } from '../../db/copy-binary.ts';
import { rowOrder } from './data-values-order.ts';
import type { LineError, ValueRow } from './data-values-resolve.ts';
import {
  comboNums,
  indexedScope,
  lockDataValues,
  metadataNums,
  newValueBatch,
  periodNums,
} from './data-values-store.ts';

/** Rows held before they are sent in one COPY. */
const CHUNK_ROWS = 131_072;
/** Bytes of a row without comment in binary COPY: field count, four int4, a float8, a NULL, an int4. */
const ROW_BYTES = 2 + 4 * 8 + 12 + 4 + 8;

const COPY_COLUMNS = [
  'element_num',
  'org_unit_num',
  'period_num',
  'combo_num',
  'value',
  'comment',
  'batch_num',
] as const;

export interface WriteSummary {
  imported: number;
  replaced: number;
  dataElements: number;
  periods: number;
  orgUnits: number;
}

/** Index of each distinct text met, from 0. */
class Interned<T = string> {
  readonly index = new Map<string, number>();
  readonly items: T[] = [];
  of(key: string, item: T): number {
    let at = this.index.get(key);
    if (at === undefined) {
      at = this.items.length;
      this.index.set(key, at);
      this.items.push(item);
    }
    return at;
  }
}

/** A key's period and combo places as one small number. */
const PERIOD_SLOTS = 16_384;
const COMBO_SLOTS = 4_096;

/**
 * Writes resolved rows into `monitoring_values` inside the caller's transaction, under the workspace's
 * data-value lock. Rows are held in typed arrays and sent by chunks, each one COPY with its rows ordered
 * by element and period (so the BRIN index stays tight); on PostgreSQL the server loads a chunk while the next is
 * read. Values that replace stored ones are deleted once all are copied, in one statement, and only for
 * elements that had stored values. A key seen twice in the file is an error naming both lines; once any
 * line has an error nothing more is written (the caller rolls back), but lines are still checked so the
 * answer lists every problem it can. `add` is synchronous; the caller awaits `flush()` when it answers true.
 */
export class DataValueWriter {
  private elementNums = new Map<string, number>();
  private unitNums = new Map<string, number>();
  /** Element numbers of the workspace that had stored values when the import began. */
  private withValues = new Set<number>();
  private batch = 0;
  private readonly elements = new Interned<number>();
  private readonly units = new Interned<number>();
  private readonly periods = new Interned<Period>();
  private readonly combos = new Interned();
  /** Database numbers of interned periods and combos, once known. */
  private periodNum: number[] = [];
  private comboNum: number[] = [];
  private readonly seen = new Map<number, Map<number, number>>();
  private readonly seenText = new Map<string, number>();
  private unitCount = 1;
  private size = 0;
  private readonly element = new Int32Array(CHUNK_ROWS);
  private readonly unit = new Int32Array(CHUNK_ROWS);
  private readonly period = new Int32Array(CHUNK_ROWS);
  private readonly combo = new Int32Array(CHUNK_ROWS);
  private readonly value = new Float64Array(CHUNK_ROWS);
  private comments = new Map<number, string>();
  private pending: Promise<void> | null = null;
  private imported = 0;
  private replacing = false;

  constructor(
    private readonly tx: Db,
    private readonly workspaceId: string,
    private readonly storedBy: string,
    private readonly errors: LineError[],
  ) {}

  /** Takes the lock, reads the workspace's numbers and which elements have values, opens a batch. */
  async start(): Promise<void> {
    await lockDataValues(this.tx, this.workspaceId);
    const nums = await metadataNums(this.tx, this.workspaceId);
    this.elementNums = nums.elements;
    this.unitNums = nums.units;
    this.unitCount = Math.max(1, nums.units.size);
    this.withValues = await elementsWithValues(this.tx, this.workspaceId);
    this.batch = await newValueBatch(this.tx, this.workspaceId, this.storedBy);
  }

  /** Takes a row; true when the chunk is full and the caller must await `flush()`. */
  add(row: ValueRow, line: number): boolean {
    const de = this.elementSlot(row.dataElementId);
    const ou = this.unitSlot(row.orgUnitId);
    // The resolver only gives this workspace's ids; a miss means the metadata changed under the import.
    if (de < 0 || ou < 0) {
      this.errors.push({ line, field: 'dataElement', message: 'changed while importing; try again' });
      return false;
    }
    const { period, combo, value, comment } = row;
    return this.addSlots(de, ou, this.periodSlot(period), this.comboSlot(combo), value, comment, line);
  }

  /** The element's place in this import (-1: not an element of the workspace). */
  elementSlot(dataElementId: string): number {
    const num = this.elementNums.get(dataElementId);
    return num === undefined ? -1 : this.elements.of(dataElementId, num);
  }

  /** The org unit's place in this import (-1: not a unit of the workspace). */
  unitSlot(orgUnitId: string): number {
    const num = this.unitNums.get(orgUnitId);
    return num === undefined ? -1 : this.units.of(orgUnitId, num);
  }

  periodSlot(period: Period): number {
    return this.periods.of(period.id, period);
  }

  comboSlot(combo: string): number {
    return this.combos.of(combo, combo);
  }

  /** As `add`, from the places the slot methods gave (the fast CSV reader keeps them per cell text). */
  addSlots(
    de: number,
    ou: number,
    pe: number,
    coc: number,
    value: number,
    comment: string | null,
    line: number,
  ): boolean {
    if (this.isRepeat(de, ou, pe, coc, line)) return false;
    if (this.errors.length > 0) return false;
    if (!this.replacing && this.withValues.has(this.elements.items[de])) this.replacing = true;
    const at = this.size++;
    this.element[at] = de;
    this.unit[at] = ou;
    this.period[at] = pe;
    this.combo[at] = coc;
    this.value[at] = value;
    if (comment !== null) this.comments.set(at, comment);
    return this.size >= CHUNK_ROWS;
  }

  /** Writes what is left, deletes the values replaced, and returns the counts (only when there were no errors). */
  async finish(): Promise<WriteSummary> {
    await this.flush();
    await this.settle();
    const replaced = this.replacing ? await this.deleteReplaced() : 0;
    return {
      imported: this.imported,
      replaced,
      dataElements: this.elements.index.size,
      periods: this.periods.index.size,
      orgUnits: this.units.index.size,
    };
  }

  /** Data element ids written (for the analytics refresh). */
  dataElementIds(): string[] {
    return [...this.elements.index.keys()];
  }

  /** Starts the COPY of the chunk (after the previous one has finished). */
  async flush(): Promise<void> {
    const rows = this.size;
    this.size = 0;
    if (rows === 0 || this.errors.length > 0) return;
    await this.settle();
    await this.numberNewKeys();
    const data = this.copyData(rows);
    this.comments = new Map();
    this.imported += rows;
    const copying = startCopyBinary(this.tx, 'monitoring_values', COPY_COLUMNS, data);
    // Kept, not awaited: a failure is thrown by the next settle().
    copying.catch(() => undefined);
    this.pending = copying;
  }

  /** Waits for the COPY in flight, if any (its failure is thrown here). */
  async settle(): Promise<void> {
    const pending = this.pending;
    this.pending = null;
    if (pending) await pending;
  }

  /** Database numbers for the periods and combos met since the last chunk. */
  private async numberNewKeys(): Promise<void> {
    const newPeriods = this.periods.items.slice(this.periodNum.length);
    if (newPeriods.length > 0) {
      const nums = await periodNums(this.tx, newPeriods);
      for (const period of newPeriods) this.periodNum.push(nums.get(period.id) as number);
    }
    const newCombos = this.combos.items.slice(this.comboNum.length);
    if (newCombos.length > 0) {
      const nums = await comboNums(this.tx, newCombos);
      for (const combo of newCombos) this.comboNum.push(nums.get(combo) as number);
    }
  }

  /** The chunk's rows in binary COPY format, by element and period (see `rowOrder`). */
  private copyData(rows: number): Uint8Array {
    const { items: elementNum } = this.elements;
    const { items: unitNum } = this.units;
    const order = rowOrder(rows, [
      { slots: this.element, nums: elementNum },
      { slots: this.period, nums: this.periodNum },
    ]);
    const out = new BinaryCopyBuffer(rows * ROW_BYTES);
    for (let i = 0; i < rows; i++) {
      const at = order[i];
      out
        .row(COPY_COLUMNS.length)
        .int4(elementNum[this.element[at]])
        .int4(unitNum[this.unit[at]])
        .int4(this.periodNum[this.period[at]])
        .int4(this.comboNum[this.combo[at]])
        .float8(this.value[at])
        .text(this.comments.get(at) ?? null)
        .int4(this.batch);
    }
    return out.finish();
  }

  private isRepeat(de: number, ou: number, pe: number, coc: number, line: number): boolean {
    // Small-integer keys (no heap number per row): a map per element and unit, keyed by period and combo.
    const pair = de * this.unitCount + ou;
    let lines = this.seen.get(pair);
    if (!lines) {
      lines = new Map();
      this.seen.set(pair, lines);
    }
    const key = pe * COMBO_SLOTS + coc;
    const first =
      pe < PERIOD_SLOTS && coc < COMBO_SLOTS ? lines.get(key) : this.seenFar(de, ou, pe, coc, line);
    if (first === undefined) {
      if (pe < PERIOD_SLOTS && coc < COMBO_SLOTS) lines.set(key, line);
      return false;
    }
    this.errors.push({
      line,
      field: 'value',
      message: `same data element, org unit, period and combo as line ${first}`,
    });
    return true;
  }

  /** Keys past the small-number ranges (a file with more than 16,384 periods or 4,096 combos). */
  private seenFar(de: number, ou: number, pe: number, coc: number, line: number): number | undefined {
    const key = `${de}:${ou}:${pe}:${coc}`;
    const first = this.seenText.get(key);
    if (first === undefined) this.seenText.set(key, line);
    return first;
  }

  /** Deletes the stored values this import's batch replaced; returns how many. */
  private async deleteReplaced(): Promise<number> {
    const elements = this.elements.items.filter((num) => this.withValues.has(num));
    // every key of the batch has one of its periods: a month's file into years of values reads that month
    const periods = this.periodNum;
    // The batch's rows are new to the planner's statistics, which count them as a handful: it would join
    // by scanning the index once per new row (25,000 replaced values into 1M took 140 s). A hash join
    // reads each side once.
    const [setting] = await queryRows<{ before: string }>(
      this.tx,
      sql`select current_setting('enable_nestloop') as before, set_config('enable_nestloop', 'off', true)`,
    );
    const [row] = await queryRows<{ n: number }>(
      this.tx,
      sql`with gone as (
            delete from monitoring_values old using monitoring_values new
            where new.batch_num = ${this.batch} and old.batch_num <> ${this.batch}
              and ${indexedScope('new', elements, periods)} and ${indexedScope('old', elements, periods)}
              and old.element_num = new.element_num and old.org_unit_num = new.org_unit_num
              and old.period_num = new.period_num and old.combo_num = new.combo_num
            returning 1
          )
          select count(*)::int as n from gone`,
    );
    // (a failure rolls the transaction back, and the setting with it)
    await this.tx.execute(sql`select set_config('enable_nestloop', ${setting.before}, true)`);
    return row?.n ?? 0;
  }
}

/** The numbers of the workspace's elements with at least one stored value. */
async function elementsWithValues(tx: Db, workspaceId: string): Promise<Set<number>> {
  const rows = await queryRows<{ num: number }>(
    tx,
    sql`select e.num from monitoring_data_elements e
        where e.workspace_id = ${workspaceId}
          and exists (select 1 from monitoring_values v where v.element_num = e.num)`,
  );
  return new Set(rows.map((row) => row.num));
}
