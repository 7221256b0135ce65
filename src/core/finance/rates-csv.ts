import type { ImportRow, RowError } from '../sector-map/import-cells.ts';
import { CURRENCY_CODE } from './codes.ts';
import { parseAmount } from './csv-cells.ts';
import { FinanceRowReader, readFinanceRows } from './csv-rows.ts';
import type { ExchangeRate } from './currency.ts';

export const RATES_CSV_COLUMNS = ['fromCurrency', 'toCurrency', 'rateDate', 'rate'] as const;

/** A real calendar day written YYYY-MM-DD (2026-02-30 is refused). */
export function isIsoDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text;
}

export const ratePairKey = (rate: Pick<ExchangeRate, 'fromCurrency' | 'toCurrency' | 'rateDate'>) =>
  `${rate.fromCurrency}>${rate.toCurrency}@${rate.rateDate}`;

/** Exchange rates from a spreadsheet, all or nothing; a pair may have one rate per date. */
export function parseRatesCsv(
  raw: readonly ImportRow[],
): { ok: true; rates: (ExchangeRate & { row: number })[] } | { ok: false; errors: RowError[] } {
  const { rows, errors } = readFinanceRows(raw, RATES_CSV_COLUMNS, RATES_CSV_COLUMNS);
  if (errors.length > 0) return { ok: false, errors };
  const rates: (ExchangeRate & { row: number })[] = [];
  const seen = new Map<string, number>();
  for (const source of rows) {
    const cells = new FinanceRowReader(source, errors);
    const currency = (field: string) => {
      const text = cells.cell(field).toUpperCase();
      if (CURRENCY_CODE.test(text)) return text;
      return cells.fail(field, text ? `"${text}" is not an ISO 4217 code` : 'is required');
    };
    const fromCurrency = currency('fromCurrency');
    const toCurrency = currency('toCurrency');
    const dateText = cells.cell('rateDate');
    const rateDate = isIsoDay(dateText)
      ? dateText
      : cells.fail('rateDate', dateText ? `"${dateText}" is not a date written YYYY-MM-DD` : 'is required');
    const rateText = cells.cell('rate');
    const value = parseAmount(rateText);
    const rate =
      value !== null && value > 0
        ? value
        : cells.fail('rate', rateText ? `"${rateText}" is not a number greater than 0` : 'is required');
    if (fromCurrency && toCurrency && fromCurrency === toCurrency)
      cells.fail('toCurrency', 'must differ from fromCurrency');
    if (!fromCurrency || !toCurrency || !rateDate || rate === null || fromCurrency === toCurrency) continue;
    const entry = { fromCurrency, toCurrency, rateDate, rate, row: cells.row };
    const earlier = seen.get(ratePairKey(entry));
    if (earlier !== undefined) {
      cells.fail(
        'rateDate',
        `the ${fromCurrency}→${toCurrency} rate of ${rateDate} is already on row ${earlier}`,
      );
      continue;
    }
    seen.set(ratePairKey(entry), cells.row);
    rates.push(entry);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rates };
}
