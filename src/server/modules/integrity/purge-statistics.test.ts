import { randomUUID } from 'node:crypto';
import { and, asc, eq, or } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSodium, type SodiumLib } from '../../../core/integrity/crypto.ts';
import { auditLog } from '../../db/schema/audit.ts';
import {
  integrityIdentityRequests,
  integrityMessages,
  integrityReportFiles,
  integrityReportKeys,
  integrityReports,
} from '../../db/schema/integrity.ts';
import {
  api,
  createTwoWorkspaces,
  newMember,
  type TestContext,
  type TestWorkspace,
} from '../../testing/harness.ts';
import { channelUrl, insertSealedReport } from './channel-fixtures.ts';
import { addInstitution, readyChannel } from './public-fixtures.ts';
import { purgeExpiredCases } from './purge.ts';

let s: SodiumLib;
let ctx: TestContext;
let home: TestWorkspace;
let other: TestWorkspace;

beforeAll(async () => {
  s = await loadSodium();
  ({ ctx, home, other } = await createTwoWorkspaces());
  await readyChannel(ctx, s, home);
});
afterAll(() => ctx.close());

const DAY = 24 * 60 * 60 * 1000;

/** A case with a file, a message, a note and an identity request, closed `closedDaysAgo` days ago (or open). */
async function caseWithEverything(closedDaysAgo: number | null) {
  const { id } = await insertSealedReport(ctx, s, home, { description: 'to purge', mode: 'confidential' });
  const base = { workspaceId: home.id, reportId: id };
  await ctx.db.insert(integrityReportFiles).values({
    ...base,
    id: randomUUID(),
    position: 0,
    ciphertext: Buffer.from(s.randombytes_buf(48)),
    size: 48,
  });
  await ctx.db.insert(integrityMessages).values([
    { ...base, id: randomUUID(), author: 'whistleblower', visibility: 'conversation', ciphertext: 'AAAA' },
    { ...base, id: randomUUID(), author: 'recipient', visibility: 'internal', ciphertext: 'BBBB' },
  ]);
  await ctx.db
    .insert(integrityIdentityRequests)
    .values({ ...base, id: randomUUID(), requestedBy: home.owner.id, reason: 'why' });
  if (closedDaysAgo !== null)
    await ctx.db
      .update(integrityReports)
      .set({ status: 'closed', outcome: 'referred', closedAt: new Date(Date.now() - closedDaysAgo * DAY) })
      .where(eq(integrityReports.id, id));
  return id;
}

async function ciphertextLeft(id: string) {
  const [report] = await ctx.db.select().from(integrityReports).where(eq(integrityReports.id, id));
  const count = async (
    table: typeof integrityReportFiles | typeof integrityMessages | typeof integrityIdentityRequests,
  ) => (await ctx.db.select({ id: table.id }).from(table).where(eq(table.reportId, id))).length;
  const keys = await ctx.db.select().from(integrityReportKeys).where(eq(integrityReportKeys.reportId, id));
  return {
    report,
    files: await count(integrityReportFiles),
    messages: await count(integrityMessages),
    requests: await count(integrityIdentityRequests),
    keys: keys.length,
  };
}

describe('purgeExpiredCases', () => {
  it('removes every ciphertext of a case closed past retention and keeps its record; leaves the others', async () => {
    const expired = await caseWithEverything(91);
    const recent = await caseWithEverything(10);
    const open = await caseWithEverything(null);
    const result = await purgeExpiredCases({ db: ctx.db });
    expect(result.purged).toBeGreaterThanOrEqual(1);

    const gone = await ciphertextLeft(expired);
    expect(gone).toMatchObject({ files: 0, messages: 0, requests: 0, keys: 0 });
    expect(gone.report).toMatchObject({
      content: null,
      identity: null,
      whistleblowerKey: null,
      status: 'closed',
      outcome: 'referred',
    });
    expect(gone.report.purgedAt).not.toBeNull();
    expect(gone.report.receiptHash).toBe(`purged:${expired}`);
    expect(gone.report.whistleblowerPublicKey).toBe('');
    expect(gone.report.number).toBeGreaterThan(0);

    for (const id of [recent, open]) {
      const kept = await ciphertextLeft(id);
      expect(kept).toMatchObject({ files: 1, messages: 2, requests: 1 });
      expect(kept.keys).toBeGreaterThan(0);
      expect(kept.report.content).not.toBeNull();
      expect(kept.report.purgedAt).toBeNull();
    }

    const audit = await ctx.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.workspaceId, home.id),
          or(eq(auditLog.entityId, expired), eq(auditLog.entityId, recent)),
        ),
      )
      .orderBy(asc(auditLog.seq));
    expect(audit.map((entry) => [entry.action, entry.actorId, entry.entityId])).toEqual([
      ['integrity.case.purged', null, expired],
    ]);

    // a second run finds nothing more to do for it, and a handler sees the record without content
    await purgeExpiredCases({ db: ctx.db });
    const detail = await api(ctx, 'GET', channelUrl(home.slug, `cases/${expired}`), {
      cookie: home.owner.cookie,
    });
    expect(detail.body.case).toMatchObject({
      content: null,
      identity: null,
      files: [],
      messages: [],
      keys: {},
    });
    expect(detail.body.case.purgedAt).not.toBeNull();
  });
});

describe('statistics', () => {
  it('counts by type, institution and status with counts under five suppressed, for any member', async () => {
    const institution = await addInstitution(ctx, home.id, `Army ${randomUUID().slice(0, 6)}`);
    const ids: string[] = [];
    for (let i = 0; i < 6; i++)
      ids.push((await insertSealedReport(ctx, s, home, { description: `r${i}` })).id);
    for (const id of ids)
      await ctx.db
        .update(integrityReports)
        .set({ typeCode: 'payroll-fraud', institutionId: institution })
        .where(eq(integrityReports.id, id));
    const viewer = await newMember(ctx, home, 'viewer');
    const statistics = async () => {
      const res = await api(ctx, 'GET', channelUrl(home.slug, 'statistics'), { cookie: viewer.cookie });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      const cellOf = (code: string) =>
        res.body.byType.find((entry: { code: string }) => entry.code === code).cell;
      const army = res.body.byInstitution.find(
        (entry: { institutionId: string }) => entry.institutionId === institution,
      );
      return { body: res.body, cellOf, army };
    };
    // 6 payroll-fraud reports and the purge test's 3 unclassified ones (purged cases still count): the
    // 3 are suppressed, and the 6 with them, or 9 − 6 would give the 3 away
    const hidden = { count: null, suppressed: true };
    const first = await statistics();
    expect(first.body.threshold).toBe(5);
    expect(first.body.total).toEqual({ count: 9, suppressed: false });
    expect(first.cellOf('unclassified')).toEqual(hidden);
    expect(first.cellOf('payroll-fraud')).toEqual(hidden);
    expect(first.cellOf('corruption')).toEqual({ count: 0, suppressed: false });
    expect(first.army).toMatchObject({ name: expect.stringMatching(/^Army /), cell: hidden });

    for (let i = 0; i < 2; i++) await insertSealedReport(ctx, s, home, { description: `u${i}` });
    const second = await statistics();
    expect(second.body.total).toEqual({ count: 11, suppressed: false });
    expect(second.cellOf('unclassified')).toEqual({ count: 5, suppressed: false });
    expect(second.cellOf('payroll-fraud')).toEqual({ count: 6, suppressed: false });
    expect(second.army.cell).toEqual({ count: 6, suppressed: false });
    expect(second.body.byStatus.find((entry: { status: string }) => entry.status === 'closed').cell).toEqual(
      hidden,
    );

    const lastYear = await api(ctx, 'GET', `${channelUrl(home.slug, 'statistics')}?year=2001`, {
      cookie: viewer.cookie,
    });
    expect(lastYear.body.total).toEqual({ count: 0, suppressed: false });
    const bad = await api(ctx, 'GET', `${channelUrl(home.slug, 'statistics')}?year=soon`, {
      cookie: viewer.cookie,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^year: /);
    const foreign = await api(ctx, 'GET', channelUrl(home.slug, 'statistics'), {
      cookie: other.owner.cookie,
    });
    expect(foreign.status).toBe(403);
  });
});
