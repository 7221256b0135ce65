import { type ColumnKey, columnKey } from './columns';
import type { IssueList } from './issues';
import type { SheetRow, XlsFormSheet } from './sheets';

export interface Header {
  /** Every non-empty header cell as written, with what it means. */
  columns: { header: string; key: ColumnKey }[];
  has(column: string): boolean;
  /** The cell of the (unsuffixed) column, trimmed; '' when absent. */
  cell(row: SheetRow, column: string): string;
}

/**
 * Reads a sheet's header: a column written twice is an error, a known but unsupported column a warning,
 * and an unknown one a warning unless the sheet keeps extra columns (the choices sheet's filters).
 */
export function readHeader(
  sheetName: string,
  sheet: XlsFormSheet,
  known: readonly string[],
  issues: IssueList,
  options: { keepUnknown: boolean },
): Header {
  const columns: Header['columns'] = [];
  const seen = new Set<string>();
  for (const header of sheet.header) {
    if (header === '') continue;
    const key = columnKey(header);
    const identity = `${key.column}::${key.language ?? ''}`;
    if (seen.has(identity)) {
      issues.error(sheetName, sheet.headerRow, header, 'duplicate_column', { column: header });
      continue;
    }
    seen.add(identity);
    if (key.unsupported)
      issues.warning(sheetName, sheet.headerRow, header, 'unsupported_column', { column: header });
    else if (!known.includes(key.column) && !options.keepUnknown)
      issues.warning(sheetName, sheet.headerRow, header, 'unknown_column', { column: header });
    columns.push({ header, key });
  }
  const byColumn = new Map<string, string>();
  for (const { header, key } of columns)
    if (key.language === null && !byColumn.has(key.column)) byColumn.set(key.column, header);
  return {
    columns,
    has: (column) => byColumn.has(column),
    cell: (row, column) => {
      const header = byColumn.get(column);
      return header === undefined ? '' : (row.cells[header] ?? '').trim();
    },
  };
}
