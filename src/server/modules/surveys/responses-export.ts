import { and, asc, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { AppError } from '../../../core/errors/app-error.ts';
import { type ExportCell, submissionsToSheets } from '../../../core/survey/responses/kobo-export.ts';
import type { Db } from '../../db/client.ts';
import { surveySubmissions } from '../../db/schema/surveys.ts';
import { neutraliseSpreadsheetRow } from '../../http/spreadsheet-safety.ts';
import { writeCsv } from '../sector-map/spreadsheet.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';
import { requireSurvey } from './responses-service.ts';

/** A sheet holds 1,048,576 rows: a larger export goes to CSV. */
const XLSX_MAX_ROWS = 1_000_000;

/**
 * A survey's responses in KoboToolbox's layout: XLSX with the main sheet and one sheet per repeat, or
 * CSV with the main sheet only (repeats need the XLSX). The file imports back unchanged.
 */
export async function exportResponses({
  db,
  actor,
  surveyId,
  format,
}: {
  db: Db;
  actor: WorkspaceActor;
  surveyId: string;
  format: 'csv' | 'xlsx';
}): Promise<{ bytes: Uint8Array; fileName: string }> {
  authorize(actor, 'survey:design');
  const workspaceId = actor.workspace.id;
  const survey = await requireSurvey(db, workspaceId, surveyId);
  const rows = await db
    .select({
      id: surveySubmissions.id,
      answers: surveySubmissions.answers,
      startedAt: surveySubmissions.startedAt,
      completedAt: surveySubmissions.completedAt,
      receivedAt: surveySubmissions.receivedAt,
    })
    .from(surveySubmissions)
    .where(and(eq(surveySubmissions.workspaceId, workspaceId), eq(surveySubmissions.surveyId, surveyId)))
    .orderBy(asc(surveySubmissions.receivedAt), asc(surveySubmissions.id));
  const sheets = submissionsToSheets(
    survey.form,
    rows.map((row) => ({
      id: row.id,
      answers: row.answers,
      startedAt: row.startedAt?.toISOString() ?? null,
      completedAt: row.completedAt?.toISOString() ?? null,
      receivedAt: row.receivedAt.toISOString(),
    })),
  );
  const base = (survey.form.formId || 'responses').replace(/[^\w.-]+/g, '_');
  const [main, ...repeats] = sheets;
  if (format === 'csv') return { bytes: writeCsv(main.header, main.rows), fileName: `${base}.csv` };
  if (sheets.some((sheet) => sheet.rows.length > XLSX_MAX_ROWS))
    throw new AppError(
      'bad_request',
      `format: more than ${XLSX_MAX_ROWS} rows do not fit in a sheet; export CSV`,
    );
  return { bytes: await workbookOf([main, ...repeats]), fileName: `${base}.xlsx` };
}

async function workbookOf(sheets: { name: string; header: string[]; rows: ExportCell[][] }[]) {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Custodes';
  const used = new Set<string>();
  for (const sheet of sheets) {
    let name = sheet.name.replace(/[[\]:*?/\\]/g, '_') || 'Sheet';
    while (used.has(name.toLowerCase())) name = `${name.slice(0, 28)}_${used.size}`;
    used.add(name.toLowerCase());
    const target = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    target.addRow(sheet.header).font = { bold: true };
    for (const row of sheet.rows) target.addRow(neutraliseSpreadsheetRow(row.map((cell) => cell ?? '')));
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
