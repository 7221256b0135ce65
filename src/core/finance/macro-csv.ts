import type { ImportRow, RowError } from '../sector-map/import-cells.ts';
import { FinanceRowReader, readFinanceRows } from './csv-rows.ts';

export const MACRO_CSV_COLUMNS = ['fiscalYear', 'gdp', 'revenue', 'expenditure'] as const;

export interface MacroYearValues {
  fiscalYear: number;
  gdp: number | null;
  revenue: number | null;
  expenditure: number | null;
}

/** GDP, revenue and expenditure by fiscal year, all or nothing; a year may appear once. */
export function parseMacroCsv(
  raw: readonly ImportRow[],
): { ok: true; years: MacroYearValues[] } | { ok: false; errors: RowError[] } {
  const { rows, errors } = readFinanceRows(raw, MACRO_CSV_COLUMNS, ['fiscalYear']);
  if (errors.length > 0) return { ok: false, errors };
  const years: MacroYearValues[] = [];
  const seen = new Map<number, number>();
  for (const source of rows) {
    const cells = new FinanceRowReader(source, errors);
    const fiscalYear = cells.year('fiscalYear');
    const values = {
      gdp: cells.amount('gdp'),
      revenue: cells.amount('revenue'),
      expenditure: cells.amount('expenditure'),
    };
    if (fiscalYear === null) continue;
    const earlier = seen.get(fiscalYear);
    if (earlier !== undefined) {
      cells.fail('fiscalYear', `${fiscalYear} is already on row ${earlier}`);
      continue;
    }
    seen.set(fiscalYear, cells.row);
    years.push({ fiscalYear, ...values });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, years };
}
