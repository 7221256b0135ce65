import { readdirSync, readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { haveSharedData, sharedDataPath } from '../../../testing/shared-data.ts';
import { readXlsFormSheets } from './read';
import { cellText } from './read-xlsx';
import { XlsFormReadError } from './sheets';

const dir = sharedDataPath('xlsform/pyxform-tests');
const bytes = (text: string) => new TextEncoder().encode(text);

describe('readXlsFormSheets', () => {
  it('reads the csv layout: a sheet name row, then its header and rows, with file line numbers', async () => {
    const sheets = await readXlsFormSheets(
      'form.csv',
      bytes('SURVEY ,,\n,Type , name\n,text,q1\n\n,"integer","q2"\nchoices,,\n,list_name,name\n,l,a\n'),
    );
    expect(Object.keys(sheets)).toEqual(['survey', 'choices']);
    expect(sheets.survey?.header).toEqual(['Type', 'name']);
    expect(sheets.survey?.rows).toEqual([
      { row: 3, cells: { Type: 'text', name: 'q1' } },
      { row: 5, cells: { Type: 'integer', name: 'q2' } },
    ]);
    expect(sheets.choices?.rows).toEqual([{ row: 8, cells: { list_name: 'l', name: 'a' } }]);
  });

  it('reads the markdown layout, short rows and escaped pipes included', async () => {
    const sheets = await readXlsFormSheets(
      'form.md',
      bytes(
        'Intro line\n| survey |\n| | type | name | label |\n|---|:---|---|---|\n| | note | n1 | a \\| b |\n| | end group |\n',
      ),
    );
    expect(sheets.survey?.rows).toEqual([
      { row: 5, cells: { type: 'note', name: 'n1', label: 'a | b' } },
      { row: 6, cells: { type: 'end group', name: '', label: '' } },
    ]);
  });

  it('reads xlsx cells as XLSForm tools do, with the sheet row numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    const survey = workbook.addWorksheet('Survey');
    survey.addRow(['type', 'name', 'default', 'label']);
    survey.addRow(['integer', 'age', 3, { richText: [{ text: 'How ' }, { text: 'old?' }] }]);
    survey.addRow([]);
    survey.addRow(['date', 'when', new Date(Date.UTC(2024, 1, 29)), 'When?']);
    const buffer = await workbook.xlsx.writeBuffer();
    const sheets = await readXlsFormSheets('form.XLSX', new Uint8Array(buffer));
    expect(sheets.survey?.rows).toEqual([
      { row: 2, cells: { type: 'integer', name: 'age', default: '3', label: 'How old?' } },
      { row: 4, cells: { type: 'date', name: 'when', default: '2024-02-29', label: 'When?' } },
    ]);
  });

  it('turns cell values into text: 3 not 3.0, booleans, formulas by their result', () => {
    expect(cellText(3.0)).toBe('3');
    expect(cellText(2.5)).toBe('2.5');
    expect(cellText(true)).toBe('TRUE');
    expect(cellText({ formula: '1+1', result: 2 })).toBe('2');
    expect(cellText({ formula: 'FALSE()' } as ExcelJS.CellFormulaValue, false)).toBe('FALSE');
    expect(cellText(new Date(Date.UTC(2020, 0, 2, 13, 5)))).toBe('2020-01-02T13:05:00Z');
    expect(cellText(null)).toBe('');
  });

  it('refuses an unknown extension and a corrupt workbook with an issue', async () => {
    await expect(readXlsFormSheets('form.xls', bytes('x'))).rejects.toMatchObject({
      issue: { severity: 'error', code: 'unknown_extension', params: { file: 'form.xls' } },
    });
    const corrupt = readXlsFormSheets('form.xlsx', bytes('not a zip'));
    await expect(corrupt).rejects.toBeInstanceOf(XlsFormReadError);
    await expect(corrupt).rejects.toMatchObject({ issue: { code: 'unreadable_workbook' } });
    await expect(readXlsFormSheets('form.csv', new Uint8Array([0xff, 0xfe, 0x00]))).rejects.toMatchObject({
      issue: { code: 'not_utf8' },
    });
  });
});

describe.skipIf(!haveSharedData(dir))('every pyxform test file', () => {
  const files = haveSharedData(dir) ? readdirSync(dir).filter((name) => !name.endsWith('.xml')) : [];
  it.each(files)('%s reads into sheets', async (file) => {
    const sheets = await readXlsFormSheets(file, readFileSync(`${dir}/${file}`));
    expect(Object.keys(sheets).length).toBeGreaterThan(0);
    for (const sheet of Object.values(sheets))
      for (const row of sheet.rows) expect(row.row).toBeGreaterThan(sheet.headerRow);
  });

  it('the three variants of a form give the same sheets', async () => {
    for (const form of ['group', 'loop', 'specify_other', 'text_and_integer', 'yes_or_no_question']) {
      const read = async (extension: string) => {
        const sheets = await readXlsFormSheets(
          `${form}.${extension}`,
          readFileSync(`${dir}/${form}.${extension}`),
        );
        return Object.fromEntries(
          Object.entries(sheets).map(([name, sheet]) => [name, sheet.rows.map((row) => nonEmpty(row.cells))]),
        );
      };
      const xlsx = await read('xlsx');
      expect(await read('csv'), form).toEqual(xlsx);
      expect(await read('md'), form).toEqual(xlsx);
    }
  });
});

function nonEmpty(cells: Record<string, string>) {
  return Object.fromEntries(Object.entries(cells).filter(([, value]) => value !== ''));
}
