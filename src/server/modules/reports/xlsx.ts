import ExcelJS from 'exceljs';
import { neutraliseSpreadsheetRow } from '../../http/spreadsheet-safety.ts';
import type { Cell, Column, ReportTable } from './format.ts';
import type { ReportLanguage } from './labels.ts';
import type { ReportData } from './report-data.ts';
import { buildReportSections, type ReportSections } from './report-sections.ts';

/** Sheet names stay English in every language, so formulas and scripts can address them. */
export const REPORT_SHEETS = {
  summary: 'Summary',
  groups: 'Groups',
  items: 'Items',
  baseline: 'Baseline',
  needs: 'Needs',
  evidence: 'Evidence',
  reviewComments: 'Review comments',
} as const;

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F3A5F' } };
const HEADER_FONT: Partial<ExcelJS.Font> = { bold: true, color: { argb: 'FFFFFFFF' } };
const DATE_FORMAT = 'yyyy-mm-dd';
/** Text columns at least this wide wrap their text instead of spilling over. */
const WRAP_FROM_WIDTH = 30;

function numberFormat(column: Pick<Column, 'kind' | 'decimals' | 'signed'>): string | undefined {
  if (column.kind === 'date') return DATE_FORMAT;
  if (column.kind !== 'number') return undefined;
  const digits = column.decimals ? `0.${'0'.repeat(column.decimals)}` : '0';
  return column.signed ? `+${digits};-${digits};${digits}` : digits;
}

function styleHeader(row: ExcelJS.Row) {
  row.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.font = HEADER_FONT;
    cell.alignment = { vertical: 'middle', wrapText: true };
  });
}

function newSheet(workbook: ExcelJS.Workbook, name: string, language: ReportLanguage) {
  return workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1, rightToLeft: language === 'ar' }],
  });
}

/** One table per sheet: a styled header row, typed cells, widths and number formats per column. */
function addTableSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  table: ReportTable,
  language: ReportLanguage,
) {
  const sheet = newSheet(workbook, name, language);
  styleHeader(sheet.addRow(table.columns.map((column) => column.header)));
  for (const row of table.rows) sheet.addRow(neutraliseSpreadsheetRow(row.map((cell) => cell ?? undefined)));
  table.columns.forEach((column, index) => {
    const sheetColumn = sheet.getColumn(index + 1);
    sheetColumn.width = column.width;
    const format = numberFormat(column);
    sheetColumn.eachCell({ includeEmpty: false }, (cell, rowNumber) => {
      if (rowNumber === 1) return;
      if (format && typeof cell.value !== 'string') cell.numFmt = format;
      if (column.kind === 'text' && column.width >= WRAP_FROM_WIDTH) {
        cell.alignment = { vertical: 'top', wrapText: true };
      } else {
        cell.alignment = { vertical: 'top' };
      }
    });
  });
  return sheet;
}

/** The title, the facts, the overall result and the team, one under the other. */
function addSummarySheet(workbook: ExcelJS.Workbook, sections: ReportSections) {
  const { labels, overall } = sections;
  const sheet = workbook.addWorksheet(REPORT_SHEETS.summary, {
    views: [{ rightToLeft: sections.language === 'ar' }],
  });
  sheet.getColumn(1).width = 30;
  sheet.getColumn(2).width = 50;
  sheet.getColumn(3).width = 24;
  const title = sheet.addRow(neutraliseSpreadsheetRow([sections.title]));
  title.font = { bold: true, size: 16 };
  sheet.addRow(neutraliseSpreadsheetRow([sections.frameworkLine])).font = {
    italic: true,
    color: { argb: 'FF5B6570' },
  };
  sheet.addRow([]);

  const addFact = (label: string, value: Cell, format?: string) => {
    const row = sheet.addRow(neutraliseSpreadsheetRow([label, value ?? undefined]));
    row.getCell(1).font = { bold: true };
    const cell = row.getCell(2);
    cell.alignment = { horizontal: sections.language === 'ar' ? 'right' : 'left' };
    if (value instanceof Date) cell.numFmt = DATE_FORMAT;
    else if (format && typeof value === 'number') cell.numFmt = format;
  };
  for (const [label, value] of sections.facts) addFact(label, value);
  sheet.addRow([]);
  addFact(labels.overallScore, overall.score, '0.0');
  addFact(labels.band, overall.band);
  addFact(labels.scored, overall.counts.scored);
  addFact(labels.notApplicable, overall.counts.notApplicable);
  addFact(labels.insufficientEvidence, overall.counts.insufficientEvidence);
  addFact(labels.unanswered, overall.counts.unanswered);
  sheet.addRow([]);

  sheet.addRow([sections.team.title]).font = { bold: true, size: 12 };
  styleHeader(sheet.addRow(sections.team.columns.map((column) => column.header)));
  for (const row of sections.team.rows)
    sheet.addRow(neutraliseSpreadsheetRow(row.map((cell) => cell ?? undefined)));
}

/** The assessment report as a workbook: a summary, then one sheet per table of the PDF report. */
export async function renderAssessmentXlsx(data: ReportData, language: ReportLanguage): Promise<Buffer> {
  const sections = buildReportSections(data, language);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Custodes';
  workbook.title = data.assessment.title;
  workbook.created = new Date(data.generatedAt);

  addSummarySheet(workbook, sections);
  addTableSheet(workbook, REPORT_SHEETS.groups, sections.groups, language);
  addTableSheet(workbook, REPORT_SHEETS.items, sections.items, language);
  if (sections.baseline) addTableSheet(workbook, REPORT_SHEETS.baseline, sections.baseline, language);
  addTableSheet(workbook, REPORT_SHEETS.needs, sections.needs, language);
  addTableSheet(workbook, REPORT_SHEETS.evidence, sections.evidence, language);
  addTableSheet(workbook, REPORT_SHEETS.reviewComments, sections.reviewComments, language);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
