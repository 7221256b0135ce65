/**
 * The distinct values of a column in R's factor order: numerically when every value is a number (R reads
 * such a column as numeric), else by code point (R's C-locale sort).
 */
export function sortedLevels(values: readonly (string | null)[]): string[] {
  const distinct = [...new Set(values.filter((v): v is string => v !== null))];
  if (distinct.every((v) => v.trim() !== '' && !Number.isNaN(Number(v))))
    return distinct.sort((a, b) => Number(a) - Number(b));
  return distinct.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Level index of each row (-1 for missing). */
export function levelCodes(values: readonly (string | null)[], levels: readonly string[]): Int32Array {
  const index = new Map(levels.map((level, i) => [level, i]));
  const codes = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    codes[i] = value === null || value === undefined ? -1 : (index.get(value) ?? -1);
  }
  return codes;
}
