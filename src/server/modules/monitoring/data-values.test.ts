import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema/index.ts';
import {
  api,
  createTwoWorkspaces,
  newMember,
  type TestContext,
  type TestUser,
  type TestWorkspace,
} from '../../testing/harness.ts';
import { waitForAnalytics } from './analytics-refresh.ts';
import {
  clearValues as clearWorkspaceValues,
  importFile,
  seedDataValueMetadata,
  storedValues,
} from './data-values-fixtures.ts';

let ctx: TestContext;
let home: TestWorkspace;
let other: TestWorkspace;
let editor: TestUser;
let viewer: TestUser;
let meta: Awaited<ReturnType<typeof seedDataValueMetadata>>;

const ORIGIN = 'http://localhost:3000';
const base = (workspace = home) => `/api/workspaces/${workspace.slug}/monitoring`;

const upload = (who: TestUser | null, content: string | Uint8Array, name = 'values.csv', workspace = home) =>
  importFile(ctx, workspace.slug, who?.cookie ?? null, content, name);
const stored = () => storedValues(ctx.db, home.id);
const clearValues = () => clearWorkspaceValues(ctx.db, home.id);

beforeAll(async () => {
  ({ ctx, home, other } = await createTwoWorkspaces());
  editor = await newMember(ctx, home, 'editor');
  viewer = await newMember(ctx, home, 'viewer');
  meta = await seedDataValueMetadata(ctx.db, home.id);
});
afterAll(async () => {
  await waitForAnalytics(home.id);
  await ctx.close();
});

describe('CSV import', () => {
  it('imports codes, names and disaggregation columns, and answers counts', async () => {
    await clearValues();
    const csv = [
      'dataElement,period,orgUnit,sex,age,value,comment',
      'OFFICERS,2026Q1,NORTH,F,,120,',
      'Police officers,2026Q1,North region,Male,,300,checked',
      'TRUST,2026,NAT,female,15-24,3.5,',
      'WOMEN_SHARE,2026-03,SOUTH,,,28.5,',
    ].join('\n');
    const res = await upload(editor, csv);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toEqual({ imported: 4, replaced: 0, dataElements: 3, periods: 3, orgUnits: 3 });
    const { elements, units } = meta;
    expect(await stored()).toEqual(
      [
        `${elements.officers}|${units.north.id}|2026Q1|F=120`,
        `${elements.officers}|${units.north.id}|2026Q1|M=300`,
        `${elements.trust}|${units.nat.id}|2026|F_Y15_24=3.5`,
        `${elements.share}|${units.south.id}|202603|default=28.5`,
      ].sort(),
    );
    const [entry] = await ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.chain, home.id), eq(auditLog.action, 'monitoring_data_values.import')));
    expect(entry?.changes).toMatchObject({ count: { after: 4 }, fileName: { after: 'values.csv' } });
  });

  it('replaces values with the same keys and counts them', async () => {
    const csv =
      'dataElement;period;orgUnit;categoryOptionCombo;value\nOFFICERS;2026Q1;NORTH;F;125\nOFFICERS;2026Q2;NORTH;F;130\n';
    const res = await upload(editor, csv);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ imported: 2, replaced: 1 });
    expect(await stored()).toContain(`${meta.elements.officers}|${meta.units.north.id}|2026Q1|F=125`);
  });

  it('replaces the values of elements that have some, and adds those of an element that has none', async () => {
    await clearValues();
    const first = 'dataElement,period,orgUnit,categoryOptionCombo,value\nOFFICERS,2026Q1,NORTH,F,10\n';
    expect((await upload(editor, first)).status).toBe(201);
    const csv = [
      'dataElement,period,orgUnit,categoryOptionCombo,value',
      'OFFICERS,2026Q1,NORTH,F,11',
      'WOMEN_SHARE,2026-03,SOUTH,,28.5',
    ].join('\n');
    const res = await upload(editor, csv);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ imported: 2, replaced: 1 });
    expect(await stored()).toEqual(
      [
        `${meta.elements.officers}|${meta.units.north.id}|2026Q1|F=11`,
        `${meta.elements.share}|${meta.units.south.id}|202603|default=28.5`,
      ].sort(),
    );
  });

  it('refuses a file with errors, naming line and field, and writes nothing (a bad last line too)', async () => {
    await clearValues();
    const csv = [
      'dataElement,period,orgUnit,categoryOptionCombo,value',
      'OFFICERS,2026Q1,NORTH,F,10',
      'OFFICERS,2026Q1,NORTH,F,11',
      'NOPE,2026Q1,NORTH,,1',
      'WOMEN_SHARE,2026Q1,Central,,101',
      'OFFICERS,2026Q9,NORTH,X,2.5',
      'VETTED,2026Q1,NORTH,,yes',
    ].join('\n');
    const res = await upload(editor, csv);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_import');
    const errors = res.body.error.details.errors as { line: number; field: string; message: string }[];
    const at = (line: number, field: string) => errors.find((e) => e.line === line && e.field === field);
    expect(at(3, 'value')?.message).toMatch(/line 2/);
    expect(at(4, 'dataElement')?.message).toMatch(/NOPE/);
    expect(at(5, 'orgUnit')?.message).toMatch(/more than one org unit/);
    expect(at(5, 'value')?.message).toMatch(/0 and 100/);
    expect(at(6, 'period')).toBeDefined();
    expect(at(6, 'categoryOptionCombo')).toBeDefined();
    expect(at(7, 'value')).toBeDefined();
    expect(res.body.error.details.total).toBe(errors.length);
    expect(await stored()).toEqual([]);

    const lastBad =
      'dataElement,period,orgUnit,sex,value\nOFFICERS,2026Q1,NORTH,F,10\nOFFICERS,2026Q1,SOUTH,F,2.5\n';
    const second = await upload(editor, lastBad);
    expect(second.status).toBe(400);
    expect(second.body.error.details.errors).toEqual([
      { line: 3, field: 'value', message: 'must be a whole number (integer element)' },
    ]);
    expect(await stored()).toEqual([]);
  });

  it('names missing columns, unknown columns and missing disaggregation cells', async () => {
    const res = await upload(editor, 'dataElement,period,colour,value\nOFFICERS,2026Q1,red,1\n');
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ line: 1, field: 'colour' }),
        expect.objectContaining({ line: 1, field: 'orgUnit', message: 'missing column' }),
      ]),
    );
    const missing = await upload(editor, 'dataElement,period,orgUnit,sex,value\nTRUST,2026,NAT,F,1\n');
    expect(missing.body.error.details.errors).toEqual([
      expect.objectContaining({
        line: 2,
        field: 'AGE',
        message: expect.stringMatching(/disaggregated by AGE/),
      }),
    ]);
  });

  it('reads XLSX', async () => {
    await clearValues();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('values');
    sheet.addRow(['dataElement', 'period', 'orgUnit', 'Sex', 'value']);
    sheet.addRow(['OFFICERS', '2026Q3', 'SOUTH', 'M', 77]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const res = await upload(editor, bytes, 'values.xlsx');
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(await stored()).toEqual([`${meta.elements.officers}|${meta.units.south.id}|2026Q3|M=77`]);
  });

  it('refuses viewers (403), outsiders (403) and anonymous callers (401)', async () => {
    const csv = 'dataElement,period,orgUnit,value\nWOMEN_SHARE,2026,NAT,1\n';
    expect((await upload(viewer, csv)).status).toBe(403);
    expect((await upload(other.owner, csv)).status).toBe(403);
    expect((await upload(null, csv)).status).toBe(401);
  });
});

describe('DHIS2 dataValueSets', () => {
  it('round-trips: JSON in, JSON out, the same values', async () => {
    await clearValues();
    const dataValues = [
      { dataElement: 'OFFICERS', period: '2026Q1', orgUnit: 'NORTH', categoryOptionCombo: 'F', value: '12' },
      { dataElement: 'OFFICERS', period: '2026Q1', orgUnit: 'NORTH', categoryOptionCombo: 'M', value: '30' },
      {
        dataElement: 'TRUST',
        period: '2026',
        orgUnit: 'CN',
        categoryOptionCombo: 'M_Y25P',
        value: '2.75',
        // starts like a formula: the CSV export quotes it, the import takes the quote off again
        comment: '- survey wave 1',
      },
      {
        dataElement: 'WOMEN_SHARE',
        period: '202602',
        orgUnit: 'SOUTH',
        categoryOptionCombo: 'default',
        value: '18.5',
      },
    ];
    const res = await api(ctx, 'POST', `${base()}/data-values/dataValueSets`, {
      cookie: editor.cookie,
      body: { dataValues },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.imported).toBe(4);
    const out = await api(ctx, 'GET', `${base()}/data-values?format=json`, { cookie: viewer.cookie });
    expect(out.status).toBe(200);
    const key = (v: { dataElement: string; period: string; orgUnit: string; categoryOptionCombo: string }) =>
      `${v.dataElement}|${v.period}|${v.orgUnit}|${v.categoryOptionCombo}`;
    const sort = <T extends Parameters<typeof key>[0]>(list: T[]) =>
      [...list].sort((a, b) => key(a).localeCompare(key(b)));
    expect(sort(out.body.dataValues)).toEqual(sort(dataValues));
  });

  it('filters the export by org unit subtree, period and data element', async () => {
    const north = await api(ctx, 'GET', `${base()}/data-values?orgUnitId=NORTH`, { cookie: viewer.cookie });
    expect(north.body.dataValues.map((v: { orgUnit: string }) => v.orgUnit).sort()).toEqual([
      'CN',
      'NORTH',
      'NORTH',
    ]);
    const q1 = await api(ctx, 'GET', `${base()}/data-values?period=2026Q1`, { cookie: viewer.cookie });
    expect(q1.body.dataValues.map((v: { period: string }) => v.period).sort()).toEqual([
      '202602',
      '2026Q1',
      '2026Q1',
    ]);
    const trust = await api(ctx, 'GET', `${base()}/data-values?dataElementId=TRUST`, {
      cookie: viewer.cookie,
    });
    expect(trust.body.dataValues).toHaveLength(1);
    const bad = await api(ctx, 'GET', `${base()}/data-values?period=soon`, { cookie: viewer.cookie });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^period:/);
  });

  it('exports CSV and XLSX that import back unchanged', async () => {
    const before = await stored();
    for (const format of ['csv', 'xlsx'] as const) {
      const response = await ctx.app.request(`${ORIGIN}${base()}/data-values?format=${format}`, {
        headers: { cookie: viewer.cookie, origin: ORIGIN },
      });
      expect(response.status).toBe(200);
      const bytes = new Uint8Array(await response.arrayBuffer());
      await clearValues();
      const res = await upload(editor, bytes, `export.${format}`);
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(await stored()).toEqual(before);
    }
  });

  it('skips values DHIS2 marks deleted, and fills a combo from the set', async () => {
    await clearValues();
    const res = await api(ctx, 'POST', `${base()}/data-values/dataValueSets`, {
      cookie: editor.cookie,
      body: {
        period: '2026Q3',
        categoryOptionCombo: 'F',
        dataValues: [
          { dataElement: 'OFFICERS', orgUnit: 'NORTH', value: '4' },
          { dataElement: 'OFFICERS', orgUnit: 'SOUTH', value: '9', deleted: true },
          { dataElement: 'OFFICERS', orgUnit: 'SOUTH', categoryOptionCombo: 'M', value: '6' },
        ],
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.imported).toBe(2);
    const out = await api(ctx, 'GET', `${base()}/data-values?format=json`, { cookie: viewer.cookie });
    expect(
      out.body.dataValues.map((v: { orgUnit: string; categoryOptionCombo: string; value: string }) =>
        [v.orgUnit, v.categoryOptionCombo, v.value].join(' '),
      ),
    ).toEqual(expect.arrayContaining(['NORTH F 4', 'SOUTH M 6']));
    expect(out.body.dataValues).toHaveLength(2);
  });

  it('gives positions as lines in JSON errors', async () => {
    const res = await api(ctx, 'POST', `${base()}/data-values/dataValueSets`, {
      cookie: editor.cookie,
      body: {
        period: '2026Q4',
        dataValues: [
          { dataElement: 'OFFICERS', orgUnit: 'NORTH', categoryOptionCombo: 'F', value: '1' },
          { dataElement: 'OFFICERS', orgUnit: 'NORTH', categoryOptionCombo: 'Z', value: '1' },
        ],
      },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors).toEqual([
      expect.objectContaining({ line: 2, field: 'categoryOptionCombo' }),
    ]);
  });
});

describe('entry form', () => {
  const q = (period = '2026Q1') =>
    `${base()}/data-entry?dataSetId=${meta.dataSetId}&orgUnitId=${meta.units.north.id}&period=${period}`;

  it('lists the set’s elements with combo names and the stored values', async () => {
    await clearValues();
    await upload(editor, 'dataElement,period,orgUnit,sex,value\nOFFICERS,2026Q1,NORTH,F,5\n');
    const res = await api(ctx, 'GET', q(), { cookie: viewer.cookie });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.elements.map((e: { code: string }) => e.code)).toEqual([
      'OFFICERS',
      'WOMEN_SHARE',
      'VETTED',
    ]);
    expect(res.body.elements[0].combos).toEqual([
      { code: 'F', name: 'Female' },
      { code: 'M', name: 'Male' },
    ]);
    expect(res.body.values).toEqual([expect.objectContaining({ categoryOptionCombo: 'F', value: 5 })]);
  });

  it('refuses a period of another type and an org unit outside the set', async () => {
    const monthly = await api(ctx, 'GET', q('202601'), { cookie: viewer.cookie });
    expect(monthly.status).toBe(400);
    expect(monthly.body.error.message).toMatch(/^period:/);
    const outside = await api(
      ctx,
      'GET',
      `${base()}/data-entry?dataSetId=${meta.dataSetId}&orgUnitId=${meta.units.nat.id}&period=2026Q1`,
      { cookie: viewer.cookie },
    );
    expect(outside.status).toBe(400);
    expect(outside.body.error.message).toMatch(/^orgUnitId:/);
  });

  it('saves, deletes with null, checks value types by field, and refuses a stale version', async () => {
    const form = await api(ctx, 'GET', q(), { cookie: editor.cookie });
    const body = (values: unknown[]) => ({
      dataSetId: meta.dataSetId,
      orgUnitId: meta.units.north.id,
      period: '2026Q1',
      values,
    });
    const saved = await api(ctx, 'PUT', `${base()}/data-entry`, {
      cookie: editor.cookie,
      headers: { 'if-match': `"${form.body.version}"` },
      body: body([
        { dataElementId: meta.elements.officers, categoryOptionCombo: 'F', value: null },
        { dataElementId: meta.elements.officers, categoryOptionCombo: 'M', value: 40, comment: 'count' },
        { dataElementId: meta.elements.vetted, categoryOptionCombo: 'default', value: 1 },
      ]),
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(
      saved.body.values
        .map((v: { categoryOptionCombo: string; value: number }) => `${v.categoryOptionCombo}=${v.value}`)
        .sort(),
    ).toEqual(['M=40', 'default=1']);
    expect(saved.body.version).not.toBe(form.body.version);

    const stale = await api(ctx, 'PUT', `${base()}/data-entry`, {
      cookie: editor.cookie,
      headers: { 'if-match': `"${form.body.version}"` },
      body: body([{ dataElementId: meta.elements.vetted, categoryOptionCombo: 'default', value: 0 }]),
    });
    expect(stale.status).toBe(412);

    const wrong = await api(ctx, 'PUT', `${base()}/data-entry`, {
      cookie: editor.cookie,
      body: body([
        { dataElementId: meta.elements.share, categoryOptionCombo: 'default', value: 50 },
        { dataElementId: meta.elements.share, categoryOptionCombo: 'default', value: 50 },
      ]),
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.message).toMatch(/^values\[1\]:/);
    for (const [values, field] of [
      [
        [{ dataElementId: meta.elements.vetted, categoryOptionCombo: 'default', value: 2 }],
        'values[0].value',
      ],
      [
        [{ dataElementId: meta.elements.trust, categoryOptionCombo: 'F_Y25P', value: 2 }],
        'values[0].dataElementId',
      ],
      [
        [{ dataElementId: meta.elements.officers, categoryOptionCombo: 'X', value: 2 }],
        'values[0].categoryOptionCombo',
      ],
    ] as const) {
      const res = await api(ctx, 'PUT', `${base()}/data-entry`, {
        cookie: editor.cookie,
        body: body([...values]),
      });
      expect(res.status).toBe(400);
      expect(res.body.error.message.startsWith(`${field}:`), res.body.error.message).toBe(true);
    }
    const [entry] = await ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.chain, home.id), eq(auditLog.action, 'monitoring_data_values.enter')));
    expect(entry?.changes).toMatchObject({
      count: { after: 2 },
      deleted: { after: 1 },
      period: { after: '2026Q1' },
    });
  });

  it('refuses viewers, outsiders and anonymous callers', async () => {
    const body = {
      dataSetId: meta.dataSetId,
      orgUnitId: meta.units.north.id,
      period: '2026Q1',
      values: [],
    };
    expect((await api(ctx, 'PUT', `${base()}/data-entry`, { cookie: viewer.cookie, body })).status).toBe(403);
    expect((await api(ctx, 'PUT', `${base()}/data-entry`, { cookie: other.owner.cookie, body })).status).toBe(
      403,
    );
    expect((await api(ctx, 'PUT', `${base()}/data-entry`, { body })).status).toBe(401);
    expect((await api(ctx, 'GET', q(), { cookie: other.owner.cookie })).status).toBe(403);
  });
});
