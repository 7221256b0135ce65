import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { copyCsvText, csvField } from '../../db/copy.ts';
import type { LineError, ValueRow } from './data-values-resolve.ts';

/** Lines written per DELETE + COPY round: bounded memory whatever the file's size. */
const BATCH_ROWS = 200_000;
/** COPY text is handed over in pieces of about this many characters. */
const PIECE_CHARS = 1 << 16;

const COPY_COLUMNS = [
  'workspace_id',
  'data_element_id',
  'org_unit_id',
  'period',
  'period_start',
  'period_end',
  'category_option_combo',
  'value',
  'comment',
  'stored_by',
] as const;

export interface WriteSummary {
  imported: number;
  replaced: number;
  dataElements: number;
  periods: number;
  orgUnits: number;
}

/** A key's parts as small numbers: pair (element, org unit), period and combo ranges. */
const PERIOD_SLOTS = 16_384;
const COMBO_SLOTS = 4_096;
const PAIR_SLOTS = 2 ** 53 / (PERIOD_SLOTS * COMBO_SLOTS);

/** Index of each distinct text met, from 0, with the COPY text that goes with it. */
class Interned {
  readonly index = new Map<string, number>();
  readonly copyText: string[] = [];
  of(key: string, copyText: (key: string) => string): number {
    let at = this.index.get(key);
    if (at === undefined) {
      at = this.copyText.length;
      this.index.set(key, at);
      this.copyText.push(copyText(key));
    }
    return at;
  }
}

/**
 * Writes resolved rows inside the caller's transaction: per batch, one DELETE of the same keys (unnest
 * arrays, only for elements that had stored values) then one COPY of CSV text built as the rows come.
 * A key seen twice in the same file is an error naming both lines. Once any line has an error nothing
 * more is written (the caller rolls back), but lines are still checked so the answer lists every
 * problem it can. `add` is synchronous; the caller awaits `flush()` when it answers true.
 */
export class DataValueWriter {
  /** First line of each key: small-number keys, or text keys past their ranges. */
  private readonly seen = new Map<number, number>();
  private readonly seenText = new Map<string, number>();
  private readonly elements = new Interned();
  private readonly units = new Interned();
  private readonly periods = new Interned();
  private readonly combos = new Interned();
  private readonly pairs = new Map<number, number>();
  private pieces: string[] = [];
  private piece = '';
  private batchRows = 0;
  private deletes: { de: string[]; ou: string[]; pe: string[]; coc: string[] } = emptyKeys();
  private imported = 0;
  private replaced = 0;
  private readonly storedByText: string;
  /**
   * Elements of the workspace that had stored values when the import began. Rows of an element without
   * any cannot replace anything (this file's own keys are unique), so they skip the DELETE: a first
   * import of a million values is then COPY only.
   */
  private withValues = new Set<string>();

  constructor(
    private readonly tx: Db,
    private readonly workspaceId: string,
    storedBy: string,
    private readonly errors: LineError[],
  ) {
    this.storedByText = csvField(storedBy);
  }

  /** Reads which elements have stored values (one index probe per element of the workspace). */
  async start(): Promise<void> {
    this.withValues = await elementsWithValues(this.tx, this.workspaceId);
  }

  /** Takes a row; true when the batch is full and the caller must await `flush()`. */
  add(row: ValueRow, line: number): boolean {
    const de = this.elements.of(row.dataElementId, (id) => `${csvField(this.workspaceId)},${csvField(id)},`);
    const ou = this.units.of(row.orgUnitId, (id) => `${csvField(id)},`);
    const period = row.period;
    const pe = this.periods.of(period.id, () => `${csvField(period.id)},${period.start},${period.end},`);
    const coc = this.combos.of(row.combo, (combo) => `${csvField(combo)},`);
    if (this.isRepeat(de, ou, pe, coc, row, line)) return false;
    if (this.errors.length > 0) return false;
    if (this.withValues.has(row.dataElementId)) {
      this.deletes.de.push(row.dataElementId);
      this.deletes.ou.push(row.orgUnitId);
      this.deletes.pe.push(period.id);
      this.deletes.coc.push(row.combo);
    }
    this.piece += `${this.elements.copyText[de]}${this.units.copyText[ou]}${this.periods.copyText[pe]}${this.combos.copyText[coc]}${csvField(row.value)},${csvField(row.comment)},${this.storedByText}\n`;
    if (this.piece.length >= PIECE_CHARS) {
      this.pieces.push(this.piece);
      this.piece = '';
    }
    this.batchRows++;
    return this.batchRows >= BATCH_ROWS;
  }

  /** Writes what is left and returns the counts (call only when there were no errors). */
  async finish(): Promise<WriteSummary> {
    await this.flush();
    return {
      imported: this.imported,
      replaced: this.replaced,
      dataElements: this.elements.index.size,
      periods: this.periods.index.size,
      orgUnits: this.units.index.size,
    };
  }

  /** Data element ids written (for the analytics refresh). */
  dataElementIds(): string[] {
    return [...this.elements.index.keys()];
  }

  /** Writes the batch: DELETE of the keys it replaces, then one COPY. */
  async flush(): Promise<void> {
    if (this.piece) this.pieces.push(this.piece);
    const { pieces, deletes, batchRows } = this;
    this.pieces = [];
    this.piece = '';
    this.batchRows = 0;
    this.deletes = emptyKeys();
    if (batchRows === 0 || this.errors.length > 0) return;
    this.replaced += await deleteKeys(this.tx, this.workspaceId, deletes);
    await copyCsvText(this.tx, 'monitoring_data_values', COPY_COLUMNS, pieces);
    this.imported += batchRows;
  }

  private isRepeat(de: number, ou: number, pe: number, coc: number, row: ValueRow, line: number): boolean {
    let first: number | undefined;
    const pairKey = de * 2 ** 24 + ou;
    let pair = this.pairs.get(pairKey);
    if (pair === undefined) {
      pair = this.pairs.size;
      this.pairs.set(pairKey, pair);
    }
    if (pe < PERIOD_SLOTS && coc < COMBO_SLOTS && pair < PAIR_SLOTS && ou < 2 ** 24) {
      const key = (pair * PERIOD_SLOTS + pe) * COMBO_SLOTS + coc;
      first = this.seen.get(key);
      if (first === undefined) this.seen.set(key, line);
    } else {
      const key = `${row.dataElementId}\u0001${row.orgUnitId}\u0001${row.period.id}\u0001${row.combo}`;
      first = this.seenText.get(key);
      if (first === undefined) this.seenText.set(key, line);
    }
    if (first === undefined) return false;
    this.errors.push({
      line,
      field: 'value',
      message: `same data element, org unit, period and combo as line ${first}`,
    });
    return true;
  }
}

const emptyKeys = () => ({ de: [] as string[], ou: [] as string[], pe: [] as string[], coc: [] as string[] });

/** The workspace's elements with at least one stored value (one index probe each). */
async function elementsWithValues(tx: Db, workspaceId: string): Promise<Set<string>> {
  const result = await tx.execute(sql`
    select e.id from monitoring_data_elements e
    where e.workspace_id = ${workspaceId}
      and exists (select 1 from monitoring_data_values v
                  where v.workspace_id = ${workspaceId} and v.data_element_id = e.id)`);
  return new Set((result as unknown as { rows: { id: string }[] }).rows.map((row) => row.id));
}

async function deleteKeys(
  tx: Db,
  workspaceId: string,
  keys: { de: string[]; ou: string[]; pe: string[]; coc: string[] },
): Promise<number> {
  if (keys.de.length === 0) return 0;
  return deleteWhere(tx, workspaceId, keys.de, keys.ou, keys.pe, keys.coc);
}

/** Deletes the stored values with the rows' keys in one statement; returns how many there were. */
export async function deleteValues(
  tx: Db,
  workspaceId: string,
  rows: readonly { dataElementId: string; orgUnitId: string; period: { id: string }; combo: string }[],
): Promise<number> {
  if (rows.length === 0) return 0;
  return deleteWhere(
    tx,
    workspaceId,
    rows.map((r) => r.dataElementId),
    rows.map((r) => r.orgUnitId),
    rows.map((r) => r.period.id),
    rows.map((r) => r.combo),
  );
}

async function deleteWhere(
  tx: Db,
  workspaceId: string,
  elements: string[],
  units: string[],
  periods: string[],
  combos: string[],
): Promise<number> {
  const result = await tx.execute(sql`
    with gone as (
      delete from monitoring_data_values v
      using unnest(${sql.param(elements)}::text[], ${sql.param(units)}::text[],
                   ${sql.param(periods)}::text[], ${sql.param(combos)}::text[]) as k(de, ou, pe, coc)
      where v.workspace_id = ${workspaceId} and v.data_element_id = k.de and v.org_unit_id = k.ou
        and v.period = k.pe and v.category_option_combo = k.coc
      returning 1
    )
    select count(*)::int as n from gone`);
  const [first] = (result as unknown as { rows: { n: number }[] }).rows;
  return Number(first?.n ?? 0);
}
