import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError, readMetadata, readValues } from './indicators-inputs.ts';

/** The file readers of `custodes indicators compute`, in process (the command itself: indicators.test.ts). */

const scratch = mkdtempSync(join(tmpdir(), 'custodes-indicators-inputs-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function file(name: string, content: string): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

const metaFile = file(
  'meta.json',
  JSON.stringify({
    orgUnits: [
      { id: 'N', name: 'Nation' },
      { id: 7, parent: 'N' },
    ],
    dataElements: [{ id: 'DE', aggregation: 'sum', categories: [{ code: 'sex' }, 'age'] }],
    indicators: [{ code: 'I', numerator: '#{DE}', factor: '100' }],
  }),
);

describe('readMetadata', () => {
  it('applies the defaults and reads numbers as codes', async () => {
    const { metadata } = await readMetadata(metaFile);
    expect(metadata).toEqual({
      orgUnits: [
        { id: 'N', parent: null },
        { id: '7', parent: 'N' },
      ],
      dataElements: [{ id: 'DE', aggregation: 'sum' }],
      indicators: [{ code: 'I', numerator: '#{DE}', denominator: '1', factor: 100 }],
      categories: new Map([
        [
          'DE',
          [
            { names: ['sex'], label: 'sex', options: null },
            { names: ['age'], label: 'age', options: null },
          ],
        ],
      ]),
    });
  });

  it.each<[string, unknown, string]>([
    ['no org units', { dataElements: [], indicators: [] }, 'orgUnits: '],
    [
      'a data element without id',
      { orgUnits: [], dataElements: [{ aggregation: 'sum' }], indicators: [] },
      'dataElements[0].id: ',
    ],
    [
      'a repeated data element',
      {
        orgUnits: [],
        dataElements: [
          { id: 'A', aggregation: 'sum' },
          { id: 'A', aggregation: 'last' },
        ],
        indicators: [],
      },
      'data element A: listed twice',
    ],
    [
      'a factor that is no number',
      { orgUnits: [], dataElements: [], indicators: [{ code: 'I', numerator: '1', factor: 'ten' }] },
      'indicator I: factor: not a number',
    ],
    [
      'an unknown parent',
      { orgUnits: [{ id: 'A', parent: 'Z' }], dataElements: [], indicators: [] },
      'org unit A: unknown parent Z',
    ],
  ])('rejects %s', async (name, content, message) => {
    const path = file(`${name.replaceAll(' ', '-')}.json`, JSON.stringify(content));
    await expect(readMetadata(path)).rejects.toThrow(InputError);
    await expect(readMetadata(path)).rejects.toThrow(`${path}: ${message}`);
  });

  it('rejects a file that is not JSON', async () => {
    const path = file('broken.json', '{"orgUnits": [');
    await expect(readMetadata(path)).rejects.toThrow(`${path}: not valid JSON`);
  });
});

describe('readValues', () => {
  it('reads semicolon CSV with DHIS2 headers, a BOM and disaggregation columns', async () => {
    const { metadata } = await readMetadata(metaFile);
    const path = file(
      'dhis2.csv',
      '\uFEFFdataelement;period;orgunit;sex;age;value;storedby\nDE;2026-01;7;F;Y15_24;3;admin\nDE;2026Q1;N;;;4;admin\n',
    );
    expect(await readValues(path, metadata)).toEqual([
      { dataElement: 'DE', period: '202601', orgUnit: '7', categoryOptionCombo: 'F_Y15_24', value: 3 },
      { dataElement: 'DE', period: '2026Q1', orgUnit: 'N', categoryOptionCombo: 'default', value: 4 },
    ]);
  });

  it('recognises dataValueSets JSON by its content whatever the file name', async () => {
    const { metadata } = await readMetadata(metaFile);
    const path = file(
      'export.txt',
      '  {"orgUnit":"N","dataValues":[{"dataElement":"DE","period":"2026W10","value":"2"}]}',
    );
    expect(await readValues(path, metadata)).toEqual([
      { dataElement: 'DE', period: '2026W10', orgUnit: 'N', categoryOptionCombo: 'default', value: 2 },
    ]);
  });

  it.each<[string, string, string]>([
    ['missing-column.csv', 'dataElement,period,value\nDE,2026,1\n', 'line 1: missing column orgUnit'],
    [
      'unknown-element.csv',
      'dataElement,period,orgUnit,value\nDE,2026,N,1\nXX,2026,N,1\n',
      'line 3: dataElement: unknown data element XX',
    ],
    ['unclosed-quote.csv', 'dataElement,period,orgUnit,value\nDE,2026,N,"1\n', 'line 2: Quote Not Closed'],
    ['empty.csv', '', 'the file is empty'],
  ])('names the line of %s', async (name, content, message) => {
    const { metadata } = await readMetadata(metaFile);
    const path = file(name, content);
    await expect(readValues(path, metadata)).rejects.toThrow(InputError);
    await expect(readValues(path, metadata)).rejects.toThrow(message);
  });
});

describe('readValues: disaggregation columns and META categories', () => {
  const categorised = file(
    'categorised.json',
    JSON.stringify({
      orgUnits: [{ id: 'N' }],
      dataElements: [
        {
          id: 'DE',
          aggregation: 'sum',
          categories: [
            { id: 'c1', code: 'SEX', name: 'Sex', options: [{ code: 'F', name: 'Female' }, 'M'] },
            'Age group',
          ],
        },
        { id: 'PLAIN', aggregation: 'sum', categories: [] },
        { id: 'LEGACY', aggregation: 'sum' },
      ],
      indicators: [],
    }),
  );

  it("orders the combo by the element's categories, whatever the column order and case", async () => {
    const { metadata } = await readMetadata(categorised);
    const path = file(
      'ordered.csv',
      'dataElement,period,orgUnit,AGE GROUP,sex,value\nDE,202601,N,Y15_24,female,3\nDE,202601,N,Y0_14,M,2\n',
    );
    expect((await readValues(path, metadata)).map((v) => v.categoryOptionCombo)).toEqual([
      'F_Y15_24',
      'M_Y0_14',
    ]);
  });

  it('keeps default for an element with no categories, and the column order when META lists none', async () => {
    const { metadata } = await readMetadata(categorised);
    const path = file(
      'plain.csv',
      'dataElement,period,orgUnit,age,sex,value\nPLAIN,202601,N,Y15_24,F,3\nLEGACY,202601,N,Y15_24,F,4\n',
    );
    expect((await readValues(path, metadata)).map((v) => v.categoryOptionCombo)).toEqual([
      'default',
      'Y15_24_F',
    ]);
  });

  it.each<[string, string, string]>([
    [
      'a column that is no category of the element',
      'sex,age group,site\nDE,202601,N,F,Y0_14,A,1',
      'line 2: site: not a category of data element DE',
    ],
    [
      'a missing category',
      'sex,age group\nDE,202601,N,F,,1',
      'line 2: Age group: required for data element DE',
    ],
    [
      'an option not listed',
      'sex,age group\nDE,202601,N,X,Y0_14,1',
      'line 2: sex: "X" is not an option of SEX',
    ],
  ])('names the line of %s', async (_, rows, message) => {
    const { metadata } = await readMetadata(categorised);
    const [header, ...rest] = rows.split('\n');
    const path = file('bad.csv', `dataElement,period,orgUnit,${header},value\n${rest.join('\n')}\n`);
    await expect(readValues(path, metadata)).rejects.toThrow(message);
  });
});
