import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { findFramework } from '../../core/frameworks/index.ts';
import type { Framework } from '../../core/frameworks/types.ts';
import { frameworkFromXlsx, frameworkToXlsx } from '../modules/frameworks/xlsx.ts';
import { readSpreadsheet, writeCsv, writeXlsx } from '../modules/sector-map/spreadsheet.ts';
import {
  neutraliseSpreadsheetRow,
  neutraliseSpreadsheetText,
  restoreSpreadsheetText,
} from './spreadsheet-safety.ts';

const hostile = [
  '=HYPERLINK("http://evil.example","click")',
  '+1+2',
  '-2+3',
  '@SUM(A1)',
  '\t=1+1',
  '\r=1+1',
  '\n=1+1',
  "'=already quoted",
  "''-twice",
];
const harmless = ['Ministry of Defence', 'a=b', "O'Neill", "'just a quote", '', 'وزارة الداخلية'];

describe('neutraliseSpreadsheetText', () => {
  it.each(hostile)('prefixes %j with a quote, and restoring gives it back', (text) => {
    const safe = neutraliseSpreadsheetText(text);
    expect(safe).toBe(`'${text}`);
    expect(restoreSpreadsheetText(safe)).toBe(text);
  });

  it.each(harmless)('leaves %j alone both ways', (text) => {
    expect(neutraliseSpreadsheetText(text)).toBe(text);
    expect(restoreSpreadsheetText(text)).toBe(text);
  });

  it('touches text only: numbers (negative ones included) and empty cells stay as they are', () => {
    expect(neutraliseSpreadsheetRow(['=1', -5, null, undefined])).toEqual(["'=1", -5, null, undefined]);
  });
});

describe('exports neutralise formulas and our importers read them back', () => {
  const columns = ['name', 'note'];
  const rows = hostile.map((text, index) => [text, `row ${index}`]);

  it('CSV: every hostile cell starts with a quote in the file, and the import restores it', async () => {
    const bytes = writeCsv(columns, rows);
    const cells: string[][] = parse(new TextDecoder().decode(bytes), { bom: true });
    expect(cells.slice(1).map((row) => row[0])).toEqual(hostile.map((text) => `'${text}`));
    const read = await readSpreadsheet({ name: 'actors.csv', bytes }, 'actors');
    expect(read.map((row) => row.name)).toEqual(hostile);
  });

  it('XLSX: the stored cell values carry the quote, and the import restores them', async () => {
    const bytes = await writeXlsx('actors', columns, rows);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    for (let index = 0; index < hostile.length; index += 1) {
      const cell = sheet.getRow(index + 2).getCell(1);
      expect(cell.formula).toBeUndefined();
      expect(String(cell.value).startsWith("'")).toBe(true);
    }
    const read = await readSpreadsheet({ name: 'actors.xlsx', bytes }, 'actors');
    // XML stores a carriage return as a line feed; the quote still comes off.
    expect(read.map((row) => row.name)).toEqual(hostile.map((text) => text.replace('\r', '\n')));
  });

  it('framework workbooks: a text starting with "=" is neutralised and the round trip is exact', async () => {
    const framework = structuredClone(findFramework('ssr-dimensions') as Framework);
    framework.name.en = '=cmd|" /C calc"!A0';
    const buffer = await frameworkToXlsx(framework);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    const values: string[] = [];
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) => row.eachCell((cell) => values.push(String(cell.value)))),
    );
    expect(values).toContain(`'${framework.name.en}`);
    expect(values).not.toContain(framework.name.en);
    expect(await frameworkFromXlsx(buffer)).toStrictEqual(framework);
  });
});
