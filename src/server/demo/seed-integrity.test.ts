import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CONTEXTS,
  decryptJson,
  type KeyPair,
  loadSodium,
  openSealedKey,
  type SodiumLib,
  unlockPrivateKey,
} from '../../core/integrity/crypto.ts';
import { countReports } from '../../core/integrity/statistics.ts';
import type { IdentityContent, MessageContent, ReportContent } from '../../core/integrity/types.ts';
import { auditLog } from '../db/schema/index.ts';
import {
  integrityIdentityRequests,
  integrityMessages,
  integrityRecipients,
  integrityReportKeys,
  integrityReports,
} from '../db/schema/integrity.ts';
import { resolveActor } from '../modules/workspaces/membership.ts';
import {
  createTestContext,
  newMember,
  newWorkspace,
  type TestContext,
  type TestWorkspace,
} from '../testing/harness.ts';
import { DEMO_CHANNEL_SETTINGS, DEMO_REPORTS } from './integrity-demo-data.ts';
import { seedIntegrity } from './seed-integrity.ts';
import { seedSectorMap } from './seed-sector-map.ts';

const PASSWORD = 'demo-password-for-the-test';
let ctx: TestContext;
let workspace: TestWorkspace;
let sodium: SodiumLib;
let custodianUserId: string;

beforeAll(async () => {
  ctx = await createTestContext();
  workspace = await newWorkspace(ctx);
  const owner = await resolveActor(ctx.db, { ...workspace.owner, twoFactorEnabled: false }, workspace.slug);
  await seedSectorMap({ db: ctx.db, actor: owner });
  const oversight = await newMember(ctx, workspace, 'oversight');
  custodianUserId = oversight.id;
  const custodian = await resolveActor(ctx.db, { ...oversight, twoFactorEnabled: false }, workspace.slug);
  await seedIntegrity(ctx.db, { owner, custodian }, PASSWORD);
  sodium = await loadSodium();
}, 180_000);
afterAll(() => ctx.close());

const reportsOfWorkspace = () =>
  ctx.db
    .select()
    .from(integrityReports)
    .where(eq(integrityReports.workspaceId, workspace.id))
    .orderBy(asc(integrityReports.number));

async function unlockedPair(userId: string): Promise<{ id: string; pair: KeyPair }> {
  const [row] = await ctx.db
    .select()
    .from(integrityRecipients)
    .where(and(eq(integrityRecipients.workspaceId, workspace.id), eq(integrityRecipients.userId, userId)));
  if (!row?.lockedPrivateKey) throw new Error('no key');
  return { id: row.id, pair: unlockPrivateKey(sodium, row.lockedPrivateKey, PASSWORD) };
}

async function keyFor(reportId: string, recipientId: string, kind: string, pair: KeyPair) {
  const [row] = await ctx.db
    .select()
    .from(integrityReportKeys)
    .where(
      and(
        eq(integrityReportKeys.reportId, reportId),
        eq(integrityReportKeys.recipientId, recipientId),
        eq(integrityReportKeys.kind, kind as 'report'),
      ),
    );
  return row ? openSealedKey(sodium, row.sealed, pair) : null;
}

describe('the demo integrity channel', () => {
  it('has its settings in five languages and both recipients unlock with the demo password', async () => {
    for (const text of [DEMO_CHANNEL_SETTINGS.name, DEMO_CHANNEL_SETTINGS.intro])
      expect(Object.keys(text).sort()).toEqual(['ar', 'en', 'es', 'fr', 'pt']);
    const handler = await unlockedPair(workspace.owner.id);
    const custodian = await unlockedPair(custodianUserId);
    expect(handler.id).not.toBe(custodian.id);
    const roles = await ctx.db
      .select({ role: integrityRecipients.role })
      .from(integrityRecipients)
      .where(eq(integrityRecipients.workspaceId, workspace.id));
    expect(roles.map((r) => r.role).sort()).toEqual(['custodian', 'handler']);
  });

  it('holds twelve reports numbered in the order received, each readable by the handler', async () => {
    const reports = await reportsOfWorkspace();
    expect(reports).toHaveLength(DEMO_REPORTS.length);
    expect(reports.length).toBeLessThanOrEqual(12);
    const received = reports.map((r) => r.receivedAt.getTime());
    expect([...received].sort((a, b) => a - b)).toEqual(received);
    const handler = await unlockedPair(workspace.owner.id);
    const descriptions = new Set(DEMO_REPORTS.map((r) => r.description));
    for (const report of reports) {
      const key = await keyFor(report.id, handler.id, 'report', handler.pair);
      if (!key || !report.content) throw new Error(`report ${report.number} has no key or content`);
      const content = decryptJson<ReportContent>(sodium, key, report.content, CONTEXTS.content);
      expect(descriptions.has(content.description)).toBe(true);
      // nothing readable is stored in clear
      expect(report.content).not.toContain(content.description.slice(0, 20));
    }
  });

  it('keeps a confidential identity from the handler and gives it to the custodian, with a request pending', async () => {
    const [confidential] = (await reportsOfWorkspace()).filter((r) => r.identityMode === 'confidential');
    const handler = await unlockedPair(workspace.owner.id);
    const custodian = await unlockedPair(custodianUserId);
    expect(await keyFor(confidential.id, handler.id, 'identity', handler.pair)).toBeNull();
    const identityKey = await keyFor(confidential.id, custodian.id, 'identity', custodian.pair);
    if (!identityKey || !confidential.identity) throw new Error('no identity key');
    const identity = decryptJson<IdentityContent>(
      sodium,
      identityKey,
      confidential.identity,
      CONTEXTS.identity,
    );
    expect(identity.name).toBe('Sgt. K. Mensah');
    const requests = await ctx.db
      .select()
      .from(integrityIdentityRequests)
      .where(eq(integrityIdentityRequests.workspaceId, workspace.id));
    expect(requests.map((r) => [r.reportId, r.status])).toEqual([[confidential.id, 'pending']]);
  });

  it('has conversations both ways, internal notes only under the notes key, and a recent closure', async () => {
    const reports = await reportsOfWorkspace();
    const handler = await unlockedPair(workspace.owner.id);
    const messages = await ctx.db
      .select()
      .from(integrityMessages)
      .where(eq(integrityMessages.workspaceId, workspace.id));
    expect(new Set(messages.map((m) => m.author))).toEqual(new Set(['recipient', 'whistleblower']));
    for (const message of messages) {
      const internal = message.visibility === 'internal';
      const key = await keyFor(message.reportId, handler.id, internal ? 'notes' : 'report', handler.pair);
      if (!key) throw new Error('no key');
      const context = internal ? CONTEXTS.note : CONTEXTS.message;
      expect(
        decryptJson<MessageContent>(sodium, key, message.ciphertext, context).text.length,
      ).toBeGreaterThan(10);
    }
    expect(messages.some((m) => m.visibility === 'internal')).toBe(true);
    const closed = reports.filter((r) => r.status === 'closed');
    expect(closed).toHaveLength(1);
    const closedDaysAgo = (Date.now() - (closed[0].closedAt?.getTime() ?? 0)) / 86_400_000;
    expect(closedDaysAgo).toBeLessThan(30);
    const overdue = reports.filter((r) => r.status === 'new' && r.acknowledgeBy.getTime() < Date.now());
    expect(overdue.length).toBeGreaterThan(0);
  });

  it('gives statistics with a shown cell of five or more and suppressed small cells in each dimension', async () => {
    const reports = await reportsOfWorkspace();
    const stats = countReports(
      reports,
      DEMO_CHANNEL_SETTINGS.reportTypes.map((t) => t.code),
    );
    for (const dimension of [stats.byType, stats.byInstitution, stats.byStatus]) {
      const cells = dimension.map((entry) => entry.cell);
      expect(cells.some((cell) => !cell.suppressed && (cell.count ?? 0) >= 5)).toBe(true);
      expect(cells.some((cell) => cell.suppressed)).toBe(true);
    }
  });

  it('audits the intake without an actor and the handlers’ work without any plaintext', async () => {
    const entries = await ctx.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.workspaceId, workspace.id))
      .orderBy(asc(auditLog.seq));
    const received = entries.filter((e) => e.action === 'integrity.report.received');
    expect(received).toHaveLength(DEMO_REPORTS.length);
    expect(received.every((e) => e.actorId === null)).toBe(true);
    const written = JSON.stringify(entries.map((e) => e.changes));
    for (const report of DEMO_REPORTS) expect(written).not.toContain(report.description.slice(0, 30));
    expect(written).not.toContain('Mensah');
  });
});
