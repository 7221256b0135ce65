import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { SurveyForm } from '../../../core/survey/types.ts';
import type { Db } from '../../db/client.ts';
import { surveySubmissions, surveys } from '../../db/schema/surveys.ts';

/** A survey stored directly, for the response tests. */
export async function insertSurvey(
  db: Db,
  workspaceId: string,
  form: SurveyForm,
  status: 'draft' | 'open' = 'open',
) {
  const id = `srv_${randomUUID()}`;
  await db.insert(surveys).values({ id, workspaceId, title: form.title, status, form });
  return id;
}

/** An XLSX workbook with the given sheets (header row, then rows). */
export async function workbook(sheets: { name: string; rows: (string | number | Date)[][] }[]) {
  const book = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const target = book.addWorksheet(sheet.name);
    for (const row of sheet.rows) target.addRow(row);
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** Rows of every sheet of an XLSX file as text, for comparing exports. */
export async function readWorkbook(bytes: Uint8Array) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return book.worksheets.map((sheet) => {
    const rows: string[][] = [];
    sheet.eachRow((row) => {
      rows.push(
        (row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v))),
      );
    });
    return { name: sheet.name, rows };
  });
}

/** One response as an import would store it (for the walks, which need a real import id); returns the import id. */
export async function insertImportedResponse(db: Db, workspaceId: string, surveyId: string) {
  const importId = `imp_${randomUUID()}`;
  await db.insert(surveySubmissions).values({
    id: randomUUID(),
    workspaceId,
    surveyId,
    answers: {},
    source: 'import',
    importId,
  });
  return importId;
}
