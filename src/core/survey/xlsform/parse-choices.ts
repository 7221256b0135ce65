import type { FormChoice, FormText } from '../types';
import { isTranslatable } from './columns';
import { readHeader } from './header';
import type { IssueList } from './issues';
import type { LanguageSet } from './languages';
import type { XlsFormSheets } from './sheets';

const CHOICE_COLUMNS = ['list_name', 'name', 'label'];

/** Choice lists by name, in sheet order; extra columns become each choice's `filters`. */
export function readChoices(
  sheets: XlsFormSheets,
  languages: LanguageSet,
  issues: IssueList,
  options: { allowDuplicates: boolean },
): Record<string, FormChoice[]> {
  const lists: Record<string, FormChoice[]> = {};
  const sheet = sheets.choices;
  if (!sheet) return lists;
  const header = readHeader('choices', sheet, CHOICE_COLUMNS, issues, { keepUnknown: true });
  if (sheet.rows.length === 0) return lists;
  for (const column of ['list_name', 'name'])
    if (!header.has(column))
      issues.error('choices', sheet.headerRow, null, 'missing_column', { sheet: 'choices', column });
  if (!header.has('list_name') || !header.has('name')) return lists;
  const firstRow = new Map<string, number>();
  for (const row of sheet.rows) {
    const listName = header.cell(row, 'list_name');
    const name = header.cell(row, 'name');
    if (listName === '' && name === '') continue;
    if (listName === '') {
      issues.error('choices', row.row, 'list_name', 'missing_list_name', { name });
      continue;
    }
    const list = lists[listName] ?? [];
    lists[listName] = list;
    if (name === '') {
      issues.error('choices', row.row, 'name', 'missing_choice_name', { list: listName });
      continue;
    }
    const first = firstRow.get(`${listName}\n${name}`);
    if (first !== undefined && !options.allowDuplicates)
      issues.error('choices', row.row, 'name', 'duplicate_choice', {
        list: listName,
        name,
        first,
        row: row.row,
      });
    firstRow.set(`${listName}\n${name}`, first ?? row.row);
    const label: FormText = {};
    const filters: Record<string, string> = {};
    for (const { header: written, key } of header.columns) {
      const value = (row.cells[written] ?? '').trim();
      if (value === '' || key.unsupported) continue;
      if (key.column === 'label') label[languages.add(key.language)] = value;
      else if (!CHOICE_COLUMNS.includes(key.column) && !isTranslatable(key.column)) filters[written] = value;
    }
    list.push({ row: row.row, name, label, filters });
  }
  return lists;
}
