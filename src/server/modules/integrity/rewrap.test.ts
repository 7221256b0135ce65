import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CONTEXTS,
  decryptJson,
  loadSodium,
  openSealedKey,
  type SodiumLib,
  sealKey,
} from '../../../core/integrity/crypto.ts';
import type { ReportContent } from '../../../core/integrity/types.ts';
import { auditLog } from '../../db/schema/audit.ts';
import {
  api,
  createTwoWorkspaces,
  newMember,
  type TestContext,
  type TestWorkspace,
} from '../../testing/harness.ts';
import {
  addRecipient,
  channelUrl,
  createChannel,
  insertSealedReport,
  keysOfReport,
  setUpKey,
} from './channel-fixtures.ts';

let ctx: TestContext;
let home: TestWorkspace;
let other: TestWorkspace;
let s: SodiumLib;

beforeAll(async () => {
  ({ ctx, home, other } = await createTwoWorkspaces());
  s = await loadSodium();
});
afterAll(() => ctx.close());

const rewrapUrl = (slug: string) => channelUrl(slug, 'rewrap');

describe('re-wrapping report keys', () => {
  it('gives a new recipient working keys for open cases, none for closed ones', async () => {
    await createChannel(ctx, home);
    const first = await newMember(ctx, home, 'viewer');
    const firstRecipient = await addRecipient(ctx, home, first.id, 'handler');
    const firstPair = await setUpKey(ctx, s, home.slug, first.cookie);
    const open = await insertSealedReport(ctx, s, home, { description: 'payroll lists ghost soldiers' });
    const closed = await insertSealedReport(ctx, s, home, { description: 'closed matter', status: 'closed' });

    // a newcomer without a key is not a target yet
    const newcomer = await newMember(ctx, home, 'viewer');
    const newRecipient = await addRecipient(ctx, home, newcomer.id, 'handler');
    const before = await api(ctx, 'GET', rewrapUrl(home.slug), { cookie: first.cookie });
    expect(before.body).toEqual({ items: [] });
    expect((await api(ctx, 'GET', rewrapUrl(home.slug), { cookie: newcomer.cookie })).body).toEqual({
      items: [],
    });

    const newcomerPair = await setUpKey(ctx, s, home.slug, newcomer.cookie);
    const needs = await api(ctx, 'GET', rewrapUrl(home.slug), { cookie: first.cookie });
    expect(needs.status).toBe(200);
    expect(
      needs.body.items.map((item: { reportId: string; kind: string }) => [item.reportId, item.kind]).sort(),
    ).toEqual([
      [open.id, 'notes'],
      [open.id, 'report'],
    ]);
    const keys = needs.body.items.flatMap(
      (item: {
        reportId: string;
        kind: 'report' | 'notes';
        sealedForMe: string;
        targets: Array<{ recipientId: string; publicKey: string }>;
      }) =>
        item.targets.map((target) => ({
          reportId: item.reportId,
          recipientId: target.recipientId,
          kind: item.kind,
          sealed: sealKey(s, openSealedKey(s, item.sealedForMe, firstPair), target.publicKey),
        })),
    );
    expect(keys.map((key: { recipientId: string }) => key.recipientId)).toEqual([
      newRecipient.id,
      newRecipient.id,
    ]);
    const stored = await api(ctx, 'POST', rewrapUrl(home.slug), { cookie: first.cookie, body: { keys } });
    expect(stored.status, JSON.stringify(stored.body)).toBe(200);
    expect(stored.body).toEqual({ added: 2 });
    // the same keys again add nothing
    const repeated = await api(ctx, 'POST', rewrapUrl(home.slug), { cookie: first.cookie, body: { keys } });
    expect(repeated.body).toEqual({ added: 0 });

    const newcomerKeys = (await keysOfReport(ctx, open.id)).filter(
      (key) => key.recipientId === newRecipient.id,
    );
    const reportKey = newcomerKeys.find((key) => key.kind === 'report');
    const content = decryptJson<ReportContent>(
      s,
      openSealedKey(s, reportKey?.sealed ?? '', newcomerPair),
      open.report.content,
      CONTEXTS.content,
    );
    expect(content.description).toBe('payroll lists ghost soldiers');
    expect((await keysOfReport(ctx, closed.id)).some((key) => key.recipientId === newRecipient.id)).toBe(
      false,
    );
    expect((await api(ctx, 'GET', rewrapUrl(home.slug), { cookie: first.cookie })).body).toEqual({
      items: [],
    });

    const entries = await ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.workspaceId, home.id), eq(auditLog.action, 'integrity.keys.rewrapped')));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorId: first.id, changes: { count: { before: null, after: 2 } } });

    // a closed case's key cannot be handed on
    const [closedKey] = (await keysOfReport(ctx, closed.id)).filter(
      (key) => key.recipientId === firstRecipient.id,
    );
    const refused = await api(ctx, 'POST', rewrapUrl(home.slug), {
      cookie: first.cookie,
      body: { keys: [{ ...keys[0], reportId: closed.id, kind: closedKey.kind }] },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/^keys\[0\]\.reportId:/);
  });

  it('refuses kinds the target may not hold, targets outside the channel and bad lengths', async () => {
    await createChannel(ctx, other);
    const handler = await newMember(ctx, other, 'viewer');
    const custodian = await newMember(ctx, other, 'viewer');
    await addRecipient(ctx, other, handler.id, 'handler');
    const custodianRecipient = await addRecipient(ctx, other, custodian.id, 'custodian');
    await setUpKey(ctx, s, other.slug, handler.cookie);
    await setUpKey(ctx, s, other.slug, custodian.cookie);
    const report = await insertSealedReport(ctx, s, other, { description: 'bribe at the border' });
    const sealed = (await keysOfReport(ctx, report.id))[0].sealed;
    const post = (key: Record<string, string>) =>
      api(ctx, 'POST', rewrapUrl(other.slug), { cookie: handler.cookie, body: { keys: [key] } });
    const notEntitled = await post({
      reportId: report.id,
      recipientId: custodianRecipient.id,
      kind: 'report',
      sealed,
    });
    expect(notEntitled.status).toBe(400);
    expect(notEntitled.body.error.message).toMatch(/^keys\[0\]\.kind:/);
    const stranger = await post({ reportId: report.id, recipientId: 'nobody', kind: 'report', sealed });
    expect(stranger.body.error.message).toMatch(/^keys\[0\]\.recipientId:/);
    const short = await post({
      reportId: report.id,
      recipientId: custodianRecipient.id,
      kind: 'report',
      sealed: 'AAAA',
    });
    expect(short.status).toBe(400);
    expect(short.body.error.message).toMatch(/^keys\.0\.sealed:/);
    // from another workspace, the report is not one the caller holds
    const outsider = await api(ctx, 'POST', rewrapUrl(home.slug), {
      cookie: handler.cookie,
      body: { keys: [{ reportId: report.id, recipientId: custodianRecipient.id, kind: 'report', sealed }] },
    });
    expect(outsider.status).toBe(403);
  });
});
