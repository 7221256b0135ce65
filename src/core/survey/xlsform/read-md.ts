import { sheetsFromRecords } from './read-csv';
import type { XlsFormSheets } from './sheets';

/** pyxform's markdown layout: pipe tables, a `| survey |` line opening each sheet. */
export function readMarkdownSheets(text: string): XlsFormSheets {
  const records: { line: number; cells: string[] }[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line.startsWith('|')) return;
    const cells = splitPipes(line);
    // A markdown table's `|---|---|` line under its header is layout, not a row.
    if (cells.every((cell) => /^\s*:?-*:?\s*$/.test(cell)) && cells.some((cell) => cell.includes('-')))
      return;
    records.push({ line: index + 1, cells });
  });
  return sheetsFromRecords(records);
}

/** Splits on unescaped pipes and drops the empty text before the first and after the last one. */
function splitPipes(line: string): string[] {
  const cells = line.split(/(?<!\\)\|/).map((cell) => cell.replace(/\\\|/g, '|'));
  cells.shift();
  if (cells.length > 0 && cells[cells.length - 1]?.trim() === '') cells.pop();
  return cells;
}
