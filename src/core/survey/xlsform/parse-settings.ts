import { readHeader } from './header';
import type { IssueList } from './issues';
import type { XlsFormSheets } from './sheets';

export interface FormSettings {
  title: string | null;
  formId: string | null;
  version: string | null;
  defaultLanguage: string | null;
  allowChoiceDuplicates: boolean;
  /** The settings sheet's data row, for issues about a setting. */
  row: number | null;
}

const USED = ['form_title', 'form_id', 'version', 'default_language', 'allow_choice_duplicates'];
/** Settings that change nothing in Custodes' rendering or checking. */
const HARMLESS = ['style', 'instance_name', 'omit_instanceid', 'clean_text_values', 'namespaces', 'name'];

export function readSettings(sheets: XlsFormSheets, issues: IssueList): FormSettings {
  const settings: FormSettings = {
    title: null,
    formId: null,
    version: null,
    defaultLanguage: null,
    allowChoiceDuplicates: false,
    row: null,
  };
  const sheet = sheets.settings;
  if (!sheet) return settings;
  const header = readHeader('settings', sheet, [...USED, ...HARMLESS], issues, { keepUnknown: true });
  const row = sheet.rows[0];
  if (!row) return settings;
  settings.row = row.row;
  const text = (column: string) => header.cell(row, column) || null;
  settings.title = text('form_title');
  settings.formId = text('form_id');
  settings.version = text('version');
  settings.defaultLanguage = text('default_language');
  settings.allowChoiceDuplicates = /^(yes|true|true\(\))$/i.test(text('allow_choice_duplicates') ?? '');
  for (const { header: written, key } of header.columns) {
    if (USED.includes(key.column) || HARMLESS.includes(key.column)) continue;
    if ((row.cells[written] ?? '').trim() !== '')
      issues.warning('settings', row.row, written, 'unsupported_setting', { setting: written });
  }
  return settings;
}
