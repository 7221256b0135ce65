import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { type CopyValue, copyRows } from '../../db/copy.ts';
import type { LineError, ValueRow } from './data-values-resolve.ts';

/** Lines written per DELETE + COPY round: bounded memory whatever the file's size. */
const BATCH_ROWS = 50_000;

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

/**
 * Writes resolved rows inside the caller's transaction: per batch, one DELETE of the same keys (unnest
 * arrays) then one COPY. A key seen twice in the same file is an error naming both lines. Once any line
 * has an error nothing more is written (the caller rolls back), but lines are still checked so the
 * answer lists every problem it can.
 */
export class DataValueWriter {
  private readonly seen = new Map<string, number>();
  private batch: ValueRow[] = [];
  private readonly elements = new Set<string>();
  private readonly periods = new Set<string>();
  private readonly units = new Set<string>();
  private imported = 0;
  private replaced = 0;
  /**
   * Whether each element had stored values when this import first met it. Rows of an element without
   * any cannot replace anything (this file's own keys are unique), so they skip the DELETE: a first
   * import of a million values is then COPY only.
   */
  private readonly hadValues = new Map<string, boolean>();

  constructor(
    private readonly tx: Db,
    private readonly workspaceId: string,
    private readonly storedBy: string,
    private readonly errors: LineError[],
  ) {}

  async add(row: ValueRow, line: number): Promise<void> {
    const key = `${row.dataElementId}\u0001${row.orgUnitId}\u0001${row.period.id}\u0001${row.combo}`;
    const first = this.seen.get(key);
    if (first !== undefined) {
      this.errors.push({
        line,
        field: 'value',
        message: `same data element, org unit, period and combo as line ${first}`,
      });
      return;
    }
    this.seen.set(key, line);
    if (this.errors.length > 0) return;
    this.batch.push(row);
    if (this.batch.length >= BATCH_ROWS) await this.flush();
  }

  /** Writes what is left and returns the counts (call only when there were no errors). */
  async finish(): Promise<WriteSummary> {
    await this.flush();
    return {
      imported: this.imported,
      replaced: this.replaced,
      dataElements: this.elements.size,
      periods: this.periods.size,
      orgUnits: this.units.size,
    };
  }

  /** Data element ids written (for the analytics refresh). */
  dataElementIds(): string[] {
    return [...this.elements];
  }

  private async flush(): Promise<void> {
    const rows = this.batch;
    this.batch = [];
    if (rows.length === 0 || this.errors.length > 0) return;
    const unseen = [...new Set(rows.map((row) => row.dataElementId))].filter((id) => !this.hadValues.has(id));
    if (unseen.length > 0) {
      const stored = await elementsWithValues(this.tx, this.workspaceId, unseen);
      for (const id of unseen) this.hadValues.set(id, stored.has(id));
    }
    const replaceable = rows.filter((row) => this.hadValues.get(row.dataElementId));
    this.replaced += await deleteValues(this.tx, this.workspaceId, replaceable);
    const copy: CopyValue[][] = new Array(rows.length);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] as ValueRow;
      this.elements.add(row.dataElementId);
      this.periods.add(row.period.id);
      this.units.add(row.orgUnitId);
      copy[i] = [
        this.workspaceId,
        row.dataElementId,
        row.orgUnitId,
        row.period.id,
        row.period.start,
        row.period.end,
        row.combo,
        row.value,
        row.comment,
        this.storedBy,
      ];
    }
    this.imported += await copyRows(this.tx, 'monitoring_data_values', COPY_COLUMNS, copy);
  }
}

/** Which of these elements have at least one stored value in the workspace (one index probe each). */
async function elementsWithValues(tx: Db, workspaceId: string, elementIds: string[]): Promise<Set<string>> {
  const result = await tx.execute(sql`
    select e.id from unnest(${sql.param(elementIds)}::text[]) as e(id)
    where exists (select 1 from monitoring_data_values v
                  where v.workspace_id = ${workspaceId} and v.data_element_id = e.id)`);
  return new Set((result as unknown as { rows: { id: string }[] }).rows.map((row) => row.id));
}

/** Deletes the stored values with the rows' keys in one statement; returns how many there were. */
export async function deleteValues(
  tx: Db,
  workspaceId: string,
  rows: readonly { dataElementId: string; orgUnitId: string; period: { id: string }; combo: string }[],
): Promise<number> {
  if (rows.length === 0) return 0;
  const elements = rows.map((r) => r.dataElementId);
  const units = rows.map((r) => r.orgUnitId);
  const periods = rows.map((r) => r.period.id);
  const combos = rows.map((r) => r.combo);
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
