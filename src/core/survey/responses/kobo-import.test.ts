import { describe, expect, it } from 'vitest';
import { householdForm } from './fixtures.ts';
import { type ExportedSubmission, submissionsToSheets } from './kobo-export.ts';
import { koboRowsToSubmissions } from './kobo-import.ts';
import type { ResponseSheet } from './types.ts';

const MAIN = [
  'village',
  'safety/feel_safe',
  'safety/threats',
  'visit_date',
  'start',
  'end',
  '_uuid',
  '_submission_time',
  '_index',
];
const MEMBERS = [
  'member/age',
  'member/about/sex',
  '_index',
  '_parent_table_name',
  '_parent_index',
  '_submission__uuid',
];

function kobo(mainRows: string[][], memberRows: string[][] = []): ResponseSheet[] {
  return [
    { name: 'household', header: MAIN, rows: mainRows },
    { name: 'member', header: MEMBERS, rows: memberRows },
  ];
}

const U1 = '6f1d2c3b-0000-4000-8000-000000000001';
const U2 = '6f1d2c3b-0000-4000-8000-000000000002';

describe('koboRowsToSubmissions', () => {
  it('reads a Kobo XLSX layout: groups in column names, select_multiple by names, repeats by _parent_index', () => {
    const result = koboRowsToSubmissions(
      householdForm,
      kobo(
        [
          [
            'North',
            'yes',
            'theft fraud',
            '2026-03-01',
            '2026-03-01T09:00:00Z',
            '2026-03-01T09:10:00Z',
            U1,
            '2026-03-02T00:00:00Z',
            '1',
          ],
          ['South', 'no', '', '2026-03-02', '', '', U2, '2026-03-03T00:00:00Z', '2'],
        ],
        [
          ['34', 'f', '1', 'household', '1', U1],
          ['8', 'm', '2', 'household', '1', U1],
          ['51', 'm', '3', 'household', '2', U2],
        ],
      ),
    );
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    const places = result.submissions[0].places;
    expect(Object.keys(places)).toEqual(['', 'member[0]', 'member[1]']);
    expect([
      places['member[1]'].sheet,
      places['member[1]'].row,
      places['member[1]'].columns.get('sex'),
    ]).toEqual(['member', 3, 'member/about/sex']);
    expect(places[''].columns.get('threats')).toBe('safety/threats');
    expect(result.submissions.map((s) => [s.id, s.answers, s.startedAt, s.completedAt])).toEqual([
      [
        U1,
        {
          village: 'North',
          feel_safe: 'yes',
          threats: 'theft fraud',
          visit_date: '2026-03-01',
          member: [
            { age: 34, sex: 'f' },
            { age: 8, sex: 'm' },
          ],
        },
        '2026-03-01T09:00:00.000Z',
        '2026-03-01T09:10:00.000Z',
      ],
      [
        U2,
        { village: 'South', feel_safe: 'no', visit_date: '2026-03-02', member: [{ age: 51, sex: 'm' }] },
        null,
        '2026-03-03T00:00:00.000Z',
      ],
    ]);
  });

  it('reads ODK Central CSVs: KEY/PARENT_KEY, meta/instanceID, `-` group paths, binary columns and labels', () => {
    const result = koboRowsToSubmissions(householdForm, [
      {
        name: 'member.csv',
        header: ['age', 'about-sex', 'PARENT_KEY', 'KEY'],
        rows: [['40', 'Femme', `uuid:${U1}`, `uuid:${U1}/member[1]`]],
      },
      {
        name: 'household.csv',
        header: [
          'SubmissionDate',
          'village',
          'safety-feel_safe',
          'safety/threats/theft',
          'safety/threats/assault',
          'meta/instanceID',
          'KEY',
        ],
        rows: [['2026-03-02T10:00:00.000Z', 'East', 'Oui', '0', '1', `uuid:${U1}`, `uuid:${U1}`]],
      },
    ]);
    expect(result.errors).toEqual([]);
    expect(result.submissions).toMatchObject([
      {
        id: U1,
        answers: { village: 'East', feel_safe: 'yes', threats: 'assault', member: [{ age: 40, sex: 'f' }] },
      },
    ]);
  });

  it('names the sheet, row and column of every wrong value', () => {
    const rows = Array.from({ length: 6 }, (_, i) => [
      'V',
      'yes',
      '',
      '2026-01-01',
      '',
      '',
      `id-${i}`,
      '',
      String(i + 1),
    ]);
    rows[5] = ['V', 'maybe', 'theft arson', '2026-02-30', '', '', 'id-5', '', '6'];
    const result = koboRowsToSubmissions(
      householdForm,
      kobo(rows, [
        ['old', 'f', '1', 'household', '1', 'id-0'],
        ['3', 'f', '2', 'household', '99', 'x'],
      ]),
    );
    expect(result.errors).toEqual([
      {
        sheet: 'household',
        row: 7,
        column: 'safety/feel_safe',
        code: 'notChoice',
        params: { value: 'maybe' },
      },
      { sheet: 'household', row: 7, column: 'safety/threats', code: 'notChoice', params: { value: 'arson' } },
      { sheet: 'household', row: 7, column: 'visit_date', code: 'notDate', params: {} },
      { sheet: 'member', row: 2, column: 'member/age', code: 'notInteger', params: {} },
      { sheet: 'member', row: 3, column: '_parent_index', code: 'orphanRow', params: { value: '99' } },
    ]);
  });

  it('lists unknown columns as warnings, refuses rows without an id or with an id twice', () => {
    const header = ['village', 'colour', '_uuid'];
    const result = koboRowsToSubmissions(householdForm, [
      {
        name: 'Sheet1',
        header,
        rows: [
          ['A', 'red', 'a'],
          ['B', '', ''],
          ['C', '', 'a'],
        ],
      },
    ]);
    expect(result.warnings).toEqual([
      { sheet: 'Sheet1', row: null, column: 'colour', code: 'unknownColumn', params: {} },
    ]);
    expect(result.errors).toEqual([
      { sheet: 'Sheet1', row: 3, column: '_uuid', code: 'missingId', params: {} },
      { sheet: 'Sheet1', row: 4, column: '_uuid', code: 'duplicateId', params: { id: 'a', row: 2 } },
    ]);
  });

  it('refuses a label two choices share', () => {
    const form = structuredClone(householdForm);
    form.choices.yes_no[1].label.fr = 'Oui';
    const result = koboRowsToSubmissions(form, [
      { name: 's', header: ['feel_safe', '_uuid'], rows: [['Oui', 'a']] },
    ]);
    expect(result.errors.map((e) => e.code)).toEqual(['ambiguousLabel']);
  });
});

describe('submissionsToSheets', () => {
  it('writes the Kobo layout, which reads back to the same submissions', () => {
    const submissions: ExportedSubmission[] = [
      {
        id: U1,
        answers: {
          village: '=cmd',
          feel_safe: 'yes',
          threats: 'theft fraud',
          visit_date: '2026-03-01',
          member: [{ age: 34, sex: 'f' }, { age: 8 }],
        },
        startedAt: '2026-03-01T09:00:00.000Z',
        completedAt: '2026-03-01T09:10:00.000Z',
        receivedAt: '2026-03-02T00:00:00.000Z',
      },
      {
        id: U2,
        answers: { village: 'South' },
        startedAt: null,
        completedAt: '2026-03-03T00:00:00.000Z',
        receivedAt: '2026-03-03T00:00:00.000Z',
      },
    ];
    const sheets = submissionsToSheets(householdForm, submissions);
    expect(sheets.map((s) => [s.name, s.header])).toEqual([
      ['household', MAIN],
      ['member', MEMBERS],
    ]);
    const asText = sheets.map((s) => ({
      ...s,
      rows: s.rows.map((r) => r.map((c) => (c === null ? '' : String(c)))),
    }));
    const back = koboRowsToSubmissions(householdForm, asText);
    expect(back.errors).toEqual([]);
    expect(
      back.submissions.map(({ id, answers, startedAt, completedAt }) => ({
        id,
        answers,
        startedAt,
        completedAt,
      })),
    ).toEqual(submissions.map(({ receivedAt: _, ...rest }) => rest));
  });
});
