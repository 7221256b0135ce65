import { describe, expect, it } from 'vitest';
import { parseActorRows } from './actor-rows.ts';
import { actorKey, describeRowError, type ImportRow } from './import-cells.ts';

const errorsOf = (rows: ImportRow[], existing: string[] = []) => {
  const result = parseActorRows(rows, new Set(existing.map(actorKey)));
  return result.ok ? [] : result.errors.map(describeRowError);
};

describe('parseActorRows', () => {
  it('reads a full row, forgiving case and spacing in headers and codes', () => {
    const result = parseActorRows([
      {
        ' Name ': 'Kasora Armed Forces',
        Acronym: 'KAF',
        Category: 'Armed forces',
        'Legal basis': 'Constitution, art. 120',
        'headcount-total': '12 400',
        HEADCOUNT_WOMEN: '1,150',
        name_fr: 'Forces armées du Kasora',
        name_ar: 'القوات المسلحة الكاسورية',
      },
      { name: 'Army', category: 'armed_forces', parent: 'kaf', level: 'national', statutory: 'yes' },
      { name: 'Northern Militia', category: 'militia', level: 'Subnational', region: 'North' },
    ]);
    expect(result).toEqual({
      ok: true,
      records: [
        {
          row: 2,
          name: 'Kasora Armed Forces',
          acronym: 'KAF',
          category: 'armed_forces',
          statutory: true,
          level: 'national',
          region: null,
          parentRef: null,
          legalBasis: 'Constitution, art. 120',
          mandate: null,
          headcountTotal: 12400,
          headcountWomen: 1150,
          nameTranslations: { fr: 'Forces armées du Kasora', ar: 'القوات المسلحة الكاسورية' },
        },
        expect.objectContaining({ row: 3, name: 'Army', parentRef: 'kaf', statutory: true }),
        expect.objectContaining({ row: 4, statutory: false, level: 'subnational', region: 'North' }),
      ],
    });
  });

  it('skips blank rows but keeps spreadsheet row numbers', () => {
    const result = parseActorRows([
      { name: 'Police', category: 'police' },
      { name: '', category: '' },
      { name: 'Army', category: 'army' },
    ]);
    expect(result.ok ? [] : result.errors).toEqual([expect.objectContaining({ row: 4, field: 'category' })]);
  });

  it.each([
    [
      'unknown category',
      [{ name: 'Army', category: 'army' }],
      /^row 2, category: "army" is not a known category \(armed_forces, police, .*peace_support_operation\)$/,
    ],
    ['missing name', [{ name: ' ', category: 'police' }], /^row 2, name: is required$/],
    ['unknown level', [{ name: 'P', category: 'police', level: 'federal' }], /^row 2, level: "federal"/],
    ['not yes or no', [{ name: 'P', category: 'police', statutory: 'maybe' }], /statutory: "maybe" is not/],
    [
      'negative headcount',
      [{ name: 'P', category: 'police', headcount_total: '-5' }],
      /headcount_total: "-5" is not a whole number/,
    ],
    [
      'more women than staff',
      [{ name: 'P', category: 'police', headcount_total: '10', headcount_women: '11' }],
      /^row 2, headcount_women: cannot exceed the total headcount \(10\)$/,
    ],
    ['name too long', [{ name: 'x'.repeat(201), category: 'police' }], /name: is longer than 200/],
    [
      'unknown column',
      [{ name: 'P', category: 'police', budget: '3' }],
      /^row 1, budget: is not a known column/,
    ],
    ['missing column', [{ name: 'P' }], /^row 1, category: column is missing$/],
    ['empty file', [], /^row 2, name: the file has no actor rows$/],
    [
      'duplicate name',
      [
        { name: 'Police', category: 'police' },
        { name: 'POLICE', category: 'police' },
      ],
      /^row 3, name: "POLICE" is already used in row 2$/,
    ],
    [
      'acronym equal to another name',
      [
        { name: 'KAF', category: 'armed_forces' },
        { name: 'Kasora Armed Forces', acronym: 'kaf', category: 'armed_forces' },
      ],
      /^row 3, acronym: "kaf" is already used in row 2$/,
    ],
    [
      'unknown parent',
      [{ name: 'Army', category: 'armed_forces', parent: 'Navy HQ' }],
      /^row 2, parent: no actor named "Navy HQ"/,
    ],
    [
      'parents that loop',
      [
        { name: 'A', category: 'police', parent: 'B' },
        { name: 'B', category: 'police', parent: 'A' },
      ],
      /^row 2, parent: "B" makes the parent chain loop$/,
    ],
  ])('%s', (_case, rows, expected) => {
    expect(errorsOf(rows)[0]).toMatch(expected);
  });

  it('checks names and parents against the actors already in the workspace', () => {
    expect(errorsOf([{ name: 'National Police', category: 'police' }], ['national police'])).toEqual([
      'row 2, name: "National Police" is already the name or acronym of an actor',
    ]);
    expect(errorsOf([{ name: 'Army', category: 'armed_forces', parent: 'KAF' }], ['kaf'])).toEqual([]);
  });

  it('does not blame a child for its parent row being invalid', () => {
    expect(
      errorsOf([
        { name: 'Forces', category: 'army' },
        { name: 'Army', category: 'armed_forces', parent: 'Forces' },
      ]),
    ).toHaveLength(1);
  });
});
