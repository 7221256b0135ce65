export { importXlsForm } from './import';
export { ISSUE_MESSAGES, type IssueCode } from './issue-messages';
export { describeFormIssue } from './issues';
export { sheetsFromKoboJson } from './kobo-json';
export { parseXlsForm } from './parse';
export { readXlsFormSheets, XLSFORM_EXTENSIONS } from './read';
export { type SheetRow, XlsFormReadError, type XlsFormSheet, type XlsFormSheets } from './sheets';
