import { roundHalfUp } from '../../../core/assessment/bands.ts';
import type { ReportLanguage } from './labels.ts';

/** A table cell before formatting: numbers and dates stay typed so spreadsheets keep them as such. */
export type Cell = string | number | Date | null;

export interface Column {
  header: string;
  kind: 'text' | 'number' | 'date';
  /** Decimal places shown for numbers (when absent: none for whole numbers, else up to two). */
  decimals?: number;
  /** Show "+" before positive numbers (changes). */
  signed?: boolean;
  /** Width in characters in the spreadsheet; the PDF shares the page in the same proportions. */
  width: number;
}

export interface ReportTable {
  title: string;
  columns: Column[];
  rows: Cell[][];
}

/** Arabic reports keep Western digits, as Arabic-speaking security institutions mostly write them. */
const locale = (language: ReportLanguage) => (language === 'ar' ? 'ar-u-nu-latn' : language);

export function formatNumber(
  value: number,
  language: ReportLanguage,
  options: { decimals?: number; signed?: boolean } = {},
): string {
  const decimals = options.decimals ?? (Number.isInteger(value) ? 0 : 2);
  const rounded = value < 0 ? -roundHalfUp(-value, decimals) : roundHalfUp(value, decimals);
  return new Intl.NumberFormat(locale(language), {
    minimumFractionDigits: options.decimals ?? 0,
    maximumFractionDigits: decimals,
    signDisplay: options.signed ? 'exceptZero' : 'auto',
    useGrouping: false,
  }).format(rounded);
}

export function formatDate(value: Date, language: ReportLanguage): string {
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'medium', timeZone: 'UTC' }).format(value);
}

/** A cell as the PDF prints it; empty cells print as nothing. */
export function formatCell(
  cell: Cell,
  language: ReportLanguage,
  column: Pick<Column, 'decimals' | 'signed'> = {},
): string {
  if (cell === null) return '';
  if (cell instanceof Date) return formatDate(cell, language);
  if (typeof cell === 'number') return formatNumber(cell, language, column);
  return cell;
}

/** An ISO timestamp as a date, or null. */
export const dateOf = (iso: string | null): Date | null => (iso ? new Date(iso) : null);
