import { readCsvSheets } from './read-csv';
import { readMarkdownSheets } from './read-md';
import { readXlsxSheets } from './read-xlsx';
import { fileIssue, XlsFormReadError, type XlsFormSheets } from './sheets';

export const XLSFORM_EXTENSIONS = ['xlsx', 'csv', 'md'] as const;

/**
 * Reads an XLSForm's sheets from an .xlsx, .csv or .md file. Throws `XlsFormReadError` (carrying a
 * `FormIssue`) for an unknown extension or a file that cannot be read.
 */
export async function readXlsFormSheets(fileName: string, bytes: Uint8Array): Promise<XlsFormSheets> {
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  if (extension === 'xlsx') return readXlsxSheets(bytes);
  if (extension === 'csv' || extension === 'md') {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new XlsFormReadError(fileIssue('not_utf8', { file: fileName }));
    }
    try {
      return extension === 'csv' ? readCsvSheets(text) : readMarkdownSheets(text);
    } catch (error) {
      throw new XlsFormReadError(
        fileIssue('unreadable_csv', { reason: String((error as Error).message ?? error) }),
      );
    }
  }
  throw new XlsFormReadError(
    fileIssue('unknown_extension', {
      file: fileName,
      extensions: XLSFORM_EXTENSIONS.map((e) => `.${e}`).join(', '),
    }),
  );
}
