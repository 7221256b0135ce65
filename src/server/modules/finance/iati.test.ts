import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateIatiXml } from '../../../core/iati/testing/xsd.ts';
import { funderMembers, funders, fundingFlows } from '../../db/schema/index.ts';
import {
  api,
  createTestContext,
  newMember,
  newWorkspace,
  type TestContext,
  type TestWorkspace,
} from '../../testing/harness.ts';
import { financedPlan, iatiXml, uploadIati } from './iati-fixtures.ts';

const DONOR_FILE = iatiXml([
  {
    identifier: 'GB-GOV-1-SSR-001',
    title: 'Support to police reform',
    sectors: [{ code: '15210', percentage: 100 }],
    currency: 'GBP',
    transactions: [
      ['2', 1000000, '2026-02-01'],
      ['3', 250000, '2026-03-15'],
      ['3', 100000, '2026-06-15', 'EUR'],
    ],
  },
  {
    identifier: 'GB-GOV-1-SSR-002',
    title: 'Strengthening parliamentary oversight',
    description: 'Capacity of the defence committee',
    sectors: [{ code: '15220' }],
    transactions: [
      ['2', 500000, '2026-01-10'],
      ['6', 10, '2026-01-10'],
    ],
  },
  {
    identifier: 'GB-GOV-1-WATER',
    title: 'Rural water supply',
    sectors: [{ code: '14030' }],
    transactions: [['4', 42, '2026-04-01']],
  },
]);

describe('IATI import, matching and export', () => {
  let ctx: TestContext;
  let home: TestWorkspace;
  let plan: Awaited<ReturnType<typeof financedPlan>>;
  const url = (path: string) => `/api/workspaces/${home.slug}/iati${path}`;

  beforeAll(async () => {
    ctx = await createTestContext();
    home = await newWorkspace(ctx);
    plan = await financedPlan(ctx, home);
  });
  afterAll(() => ctx.close());

  it('refuses anonymous callers and read-only roles before reading the file', async () => {
    expect((await uploadIati(ctx, home, null, DONOR_FILE)).status).toBe(401);
    const viewer = await newMember(ctx, home, 'viewer');
    const refused = await uploadIati(ctx, home, viewer, DONOR_FILE);
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/funding:write/);
  });

  it('refuses a malformed file naming the line, and writes nothing', async () => {
    const broken = DONOR_FILE.replace('</title>', '</titel>');
    const res = await uploadIati(ctx, home, home.owner, broken);
    expect(res.status).toBe(422);
    expect(res.body.error.message).toMatch(/^Line \d+/);
    expect(res.body.error.details).toMatchObject({ key: 'xmlMismatchedTag' });
    const list = await api(ctx, 'GET', url('/imports'), { cookie: home.owner.cookie });
    expect(list.body.imports).toEqual([]);
    const rows = await ctx.db.select().from(funders).where(eq(funders.workspaceId, home.id));
    expect(rows).toEqual([]);
  });

  it('refuses a plan of another workspace', async () => {
    const res = await uploadIati(ctx, home, home.owner, DONOR_FILE, { planId: 'nope' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/^planId/);
  });

  it('imports activities, funders and flows, matching by sector and by keywords', async () => {
    const res = await uploadIati(ctx, home, home.owner, DONOR_FILE);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      version: '2.03',
      planId: plan.plan.id,
      activities: 3,
      transactions: 5,
      matched: 2,
    });
    expect(res.body.warnings).toContainEqual({
      line: 0,
      key: 'iati:importWarnings.transactionTypeSkipped',
      params: { type: 'loan-repayment', count: 1 },
    });
    const [funder] = await ctx.db.select().from(funders).where(eq(funders.workspaceId, home.id));
    expect(funder).toMatchObject({ name: 'UK Foreign Office', iatiRef: 'GB-GOV-1', type: 'bilateral' });

    const all = await api(ctx, 'GET', url('/activities'), { cookie: home.owner.cookie });
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(3);
    const [police, oversight, water] = all.body.activities;
    expect(police).toMatchObject({
      identifier: 'GB-GOV-1-SSR-001',
      funder: { name: 'UK Foreign Office' },
      matchedItem: { id: plan.police.id, code: 'P1.1' },
      matchKind: 'sector',
      reviewed: false,
      totals: [
        { kind: 'commitment', currency: 'GBP', amount: 1000000 },
        { kind: 'disbursement', currency: 'EUR', amount: 100000 },
        { kind: 'disbursement', currency: 'GBP', amount: 250000 },
      ],
    });
    expect(oversight).toMatchObject({ matchedItem: { id: plan.oversight.id }, matchKind: 'keyword' });
    expect(water).toMatchObject({ matchedItem: null, matchKind: null });
    const flows = await ctx.db.select().from(fundingFlows).where(eq(fundingFlows.iatiActivityId, police.id));
    expect(flows.map((f) => [f.kind, f.planItemId, f.purposeCode]).sort()).toEqual([
      ['commitment', plan.police.id, '15210'],
      ['disbursement', plan.police.id, '15210'],
      ['disbursement', plan.police.id, '15210'],
    ]);

    const unmatched = await api(ctx, 'GET', url('/activities?match=unmatched'), {
      cookie: home.owner.cookie,
    });
    expect(unmatched.body.activities.map((a: { identifier: string }) => a.identifier)).toEqual([
      'GB-GOV-1-WATER',
    ]);
    const imports = await api(ctx, 'GET', url('/imports'), { cookie: home.owner.cookie });
    expect(imports.body.imports[0]).toMatchObject({ fileName: 'donor.xml', activities: 3, transactions: 5 });
  });

  it('matches by hand with If-Match, moving the flows; re-importing keeps the hand-made match', async () => {
    const { body } = await api(ctx, 'GET', url('/activities?match=unmatched'), { cookie: home.owner.cookie });
    const water = body.activities[0];
    const path = url(`/activities/${water.id}`);
    const bad = await api(ctx, 'PATCH', path, { cookie: home.owner.cookie, body: { planItemId: 'nope' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^planItemId/);
    const stale = await api(ctx, 'PATCH', path, {
      cookie: home.owner.cookie,
      body: { planItemId: plan.courts.id },
      headers: { 'if-match': `"${water.version + 5}"` },
    });
    expect(stale.status).toBe(412);
    const matched = await api(ctx, 'PATCH', path, {
      cookie: home.owner.cookie,
      body: { planItemId: plan.courts.id },
      headers: { 'if-match': `"${water.version}"` },
    });
    expect(matched.status).toBe(200);
    expect(matched.body).toMatchObject({
      matchKind: 'manual',
      reviewed: true,
      matchedItem: { id: plan.courts.id },
    });
    const moved = await ctx.db.select().from(fundingFlows).where(eq(fundingFlows.iatiActivityId, water.id));
    expect(moved.map((f) => f.planItemId)).toEqual([plan.courts.id]);

    const again = await uploadIati(ctx, home, home.owner, DONOR_FILE);
    expect(again.status).toBe(201);
    const after = await api(ctx, 'GET', url('/activities'), { cookie: home.owner.cookie });
    expect(after.body.total).toBe(3);
    const waterAgain = after.body.activities.find(
      (a: { identifier: string }) => a.identifier === 'GB-GOV-1-WATER',
    );
    expect(waterAgain).toMatchObject({
      id: water.id,
      matchKind: 'manual',
      matchedItem: { id: plan.courts.id },
    });
    const flows = await ctx.db.select().from(fundingFlows).where(eq(fundingFlows.workspaceId, home.id));
    expect(flows).toHaveLength(5);
    expect(flows.find((f) => f.iatiActivityId === water.id)?.planItemId).toBe(plan.courts.id);

    const confirmed = await api(ctx, 'PATCH', url(`/activities/${after.body.activities[0].id}`), {
      cookie: home.owner.cookie,
      body: { planItemId: after.body.activities[0].matchedItem.id, reviewed: true },
    });
    expect(confirmed.body).toMatchObject({ matchKind: 'sector', reviewed: true });
    const unreviewed = await api(ctx, 'GET', url('/activities?match=unreviewed'), {
      cookie: home.owner.cookie,
    });
    expect(unreviewed.body.total).toBe(1);
  });

  it('lets a donor import only the funding of the funders they speak for', async () => {
    const donor = await newMember(ctx, home, 'donor');
    const other = iatiXml([
      { identifier: 'XM-EU-1', title: 'EU police', orgRef: 'XI-EU', orgName: 'European Union' },
    ]);
    const refused = await uploadIati(ctx, home, donor, other);
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/European Union/);

    const [uk] = await ctx.db
      .select()
      .from(funders)
      .where(and(eq(funders.workspaceId, home.id), eq(funders.iatiRef, 'GB-GOV-1')));
    await ctx.db.insert(funderMembers).values({ funderId: uk.id, userId: donor.id });
    const own = iatiXml([
      {
        identifier: 'GB-GOV-1-SSR-009',
        title: 'More police training',
        transactions: [['2', 5, '2026-05-01']],
      },
    ]);
    expect((await uploadIati(ctx, home, donor, own)).status).toBe(201);
    const seen = await api(ctx, 'GET', url('/activities'), { cookie: donor.cookie });
    expect(seen.body.total).toBe(4);
    const files = await api(ctx, 'GET', url('/imports'), { cookie: donor.cookie });
    const allFiles = await api(ctx, 'GET', url('/imports'), { cookie: home.owner.cookie });
    expect(files.body.imports.length).toBeGreaterThan(0);
    expect(files.body.imports.length).toBeLessThan(allFiles.body.imports.length);
    expect(files.body.imports.every((file: { warnings: unknown[] }) => file.warnings.length === 0)).toBe(
      true,
    );

    // Another funder's activity cannot be replaced (and its flows deleted) by reusing its identifier.
    const eu = iatiXml([
      {
        identifier: 'XM-EU-7',
        title: 'EU courts',
        orgRef: 'XI-EU',
        orgName: 'European Union',
        transactions: [['2', 70, '2026-05-01']],
      },
    ]);
    expect((await uploadIati(ctx, home, home.owner, eu)).status).toBe(201);
    const takeover = iatiXml([
      { identifier: 'XM-EU-7', title: 'Taken over', transactions: [['2', 1, '2026-05-01']] },
    ]);
    const hijack = await uploadIati(ctx, home, donor, takeover);
    expect(hijack.status).toBe(403);
    expect(hijack.body.error.message).toMatch(/XM-EU-7/);
    const all = await api(ctx, 'GET', url('/activities'), { cookie: home.owner.cookie });
    const euActivity = all.body.activities.find((a: { title: string }) => a.title === 'EU courts');
    expect(euActivity?.funder?.name).toBe('European Union');
  });

  it('exports the programme as IATI 2.03 that imports elsewhere with the same totals', async () => {
    const res = await api(ctx, 'GET', url('/export?orgRef=XI-TEST-home'), { cookie: home.owner.cookie });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/xml/);
    const xml = res.body as string;
    expect(xml).toContain('<iati-identifier>XI-TEST-home-P1.1</iati-identifier>');
    expect(xml).toContain('role="4"');
    expect(await validateIatiXml(xml)).toEqual({ valid: true, errors: [] });

    const elsewhere = await newWorkspace(ctx);
    const imported = await uploadIati(ctx, elsewhere, elsewhere.owner, xml);
    expect(imported.status).toBe(201);
    const totals = async (workspaceId: string, matchedOnly: boolean) => {
      const rows = await ctx.db.select().from(fundingFlows).where(eq(fundingFlows.workspaceId, workspaceId));
      const sums: Record<string, number> = {};
      for (const row of rows.filter((r) => !matchedOnly || r.planItemId)) {
        const key = `${row.kind} ${row.currency}`;
        sums[key] = (sums[key] ?? 0) + row.amount;
      }
      return sums;
    };
    expect(await totals(elsewhere.id, false)).toEqual(await totals(home.id, true));
  });
});
