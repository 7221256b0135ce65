/**
 * Reading money and years typed in spreadsheets. Thousands may be grouped by spaces, apostrophes,
 * commas or dots; the decimal mark may be a dot or a comma ("1 234,50", "1,234.50", "1.234.567").
 */

/** The amount a cell means, or null when it is not a plain number. */
export function parseAmount(raw: string): number | null {
  let text = raw.trim().replace(/[\s\u00a0\u202f']/g, '');
  if (text === '') return null;
  const negative = text.startsWith('-');
  if (negative) text = text.slice(1);
  if (!/^[\d.,]+$/.test(text) || !/\d/.test(text)) return null;
  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  let normalised: string;
  if (lastComma >= 0 && lastDot >= 0) {
    // both marks: the later one is the decimal mark, the other groups thousands
    const [group, decimal] = lastComma > lastDot ? ['.', ','] : [',', '.'];
    const pattern = new RegExp(`^\\d{1,3}(\\${group}\\d{3})*\\${decimal}\\d+$`);
    if (!pattern.test(text)) return null;
    normalised = text.split(group).join('').replace(decimal, '.');
  } else {
    const mark = lastComma >= 0 ? ',' : lastDot >= 0 ? '.' : null;
    if (mark === null) normalised = text;
    else if (
      new RegExp(`^\\d{1,3}(\\${mark}\\d{3})+$`).test(text) &&
      (mark === ',' || text.split('.').length > 2)
    )
      // "1,200" and "1.200.000" group thousands; a single dot ("1.200") stays a decimal mark
      normalised = text.split(mark).join('');
    else if (text.split(mark).length === 2) normalised = text.replace(mark, '.');
    else return null;
  }
  const value = Number(normalised);
  if (!Number.isFinite(value)) return null;
  return negative ? -value : value;
}

export const FISCAL_YEAR_MIN = 1900;
export const FISCAL_YEAR_MAX = 2200;

/** A four-digit fiscal year in the range the application accepts, or null. */
export function parseFiscalYear(raw: string): number | null {
  const text = raw.trim();
  if (!/^\d{4}$/.test(text)) return null;
  const year = Number(text);
  return year >= FISCAL_YEAR_MIN && year <= FISCAL_YEAR_MAX ? year : null;
}

/** Column names as people write them: "fiscalYear", "Fiscal year" and "fiscal_year" are one column. */
export const columnKey = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
