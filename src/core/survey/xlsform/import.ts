import type { FormIssue, SurveyForm } from '../types';
import { parseXlsForm } from './parse';
import { readXlsFormSheets } from './read';
import { XlsFormReadError } from './sheets';

/** Reads and parses an uploaded XLSForm (.xlsx, .csv or .md); a file that cannot be read is one error issue. */
export async function importXlsForm(
  fileName: string,
  bytes: Uint8Array,
): Promise<{ form: SurveyForm | null; issues: FormIssue[] }> {
  try {
    const sheets = await readXlsFormSheets(fileName, bytes);
    return parseXlsForm(sheets, { fileName });
  } catch (error) {
    if (error instanceof XlsFormReadError) return { form: null, issues: [error.issue] };
    throw error;
  }
}
