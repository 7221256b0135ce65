import { parse } from 'csv-parse/sync';
import { SheetBuilder, type XlsFormSheets } from './sheets';

/**
 * pyxform's CSV layout: every sheet in one file, a row with the sheet name in the first column, then
 * rows whose first column is empty: the header, then the data.
 */
export function readCsvSheets(text: string): XlsFormSheets {
  const records = parse(text.replace(/^\uFEFF/, ''), {
    relax_column_count: true,
    skip_empty_lines: false,
    info: true,
  }) as unknown as { record: string[]; info: { lines: number } }[];
  return sheetsFromRecords(records.map(({ record, info }) => ({ line: info.lines, cells: record })));
}

export function sheetsFromRecords(records: { line: number; cells: string[] }[]): XlsFormSheets {
  const builders = new Map<string, SheetBuilder>();
  let current: SheetBuilder | null = null;
  for (const { line, cells } of records) {
    const first = (cells[0] ?? '').trim();
    if (first !== '') {
      const name = first.toLowerCase();
      current = builders.get(name) ?? new SheetBuilder();
      builders.set(name, current);
      continue;
    }
    current?.add(line, cells.slice(1));
  }
  return Object.fromEntries([...builders].map(([name, builder]) => [name, builder.build()]));
}
