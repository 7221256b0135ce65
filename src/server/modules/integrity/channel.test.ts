import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  generateKeyPair,
  loadSodium,
  lockPrivateKey,
  lockWithRecoveryKey,
  newRecoveryKey,
  openSealedKey,
  type SodiumLib,
  toBase64,
  unlockPrivateKey,
  unlockWithRecoveryKey,
} from '../../../core/integrity/crypto.ts';
import { auditLog } from '../../db/schema/audit.ts';
import { integrityChannels, integrityReportKeys } from '../../db/schema/integrity.ts';
import {
  api,
  createTwoWorkspaces,
  newMember,
  newUser,
  type TestContext,
  type TestWorkspace,
} from '../../testing/harness.ts';
import {
  addRecipient,
  channelRecipients,
  channelSettings,
  channelUrl,
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

const auditOf = (workspaceId: string, action: string) =>
  ctx.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.workspaceId, workspaceId), eq(auditLog.action, action)))
    .orderBy(asc(auditLog.seq));

describe('the channel’s settings', () => {
  it('are refused without a session, to other workspaces and to members who neither manage nor receive', async () => {
    expect((await api(ctx, 'GET', channelUrl(home.slug))).status).toBe(401);
    const outsider = await api(ctx, 'GET', channelUrl(home.slug), { cookie: other.owner.cookie });
    expect(outsider.status).toBe(403);
    const editor = await newMember(ctx, home, 'editor');
    const res = await api(ctx, 'GET', channelUrl(home.slug), { cookie: editor.cookie });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(/recipients and managers/);
  });

  it('show no channel before the first save', async () => {
    const res = await api(ctx, 'GET', channelUrl(home.slug), { cookie: home.owner.cookie });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ channel: null, recipients: [], me: null, canManage: true });
  });

  it.each([
    ['name.en', { name: { en: ' ' } }],
    ['acknowledgeDays', { acknowledgeDays: 0 }],
    ['retentionDays', { retentionDays: 3651 }],
    ['reportTypes', { reportTypes: [] }],
    ['reportTypes.0.code', { reportTypes: [{ code: 'Bad Code' }] }],
    ['reportTypes.1.code', { reportTypes: [{ code: 'other' }, { code: 'other' }] }],
    ['reportTypes.0.label.en', { reportTypes: [{ code: 'ghost-units' }] }],
    ['questions.0.id', { questions: [{ id: '9x', kind: 'text', label: { en: 'Q' }, required: false }] }],
    ['questions.0.options', { questions: [{ id: 'q', kind: 'choice', label: { en: 'Q' }, required: true }] }],
  ])('refuse bad input naming %s', async (field, overrides) => {
    const res = await api(ctx, 'PUT', channelUrl(home.slug), {
      cookie: home.owner.cookie,
      body: { ...channelSettings(), ...overrides },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message.startsWith(`${field}:`), res.body.error.message).toBe(true);
  });

  it('need integrity:manage to change', async () => {
    const editor = await newMember(ctx, home, 'editor');
    const res = await api(ctx, 'PUT', channelUrl(home.slug), {
      cookie: editor.cookie,
      body: channelSettings(),
    });
    expect(res.status).toBe(403);
  });

  it('are created with their salts, then changed with If-Match; a stale version gets 412', async () => {
    const created = await api(ctx, 'PUT', channelUrl(home.slug), {
      cookie: home.owner.cookie,
      body: channelSettings(),
    });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    expect(created.body.channel).toMatchObject({ rowVersion: 1, publicUrlPath: `/p/${home.slug}/report` });
    expect(created.body.channel.settings.reportTypes.at(-1)).toEqual({
      code: 'ghost-units',
      label: { en: 'Ghost units', fr: 'Unités fictives' },
    });
    const [row] = await ctx.db
      .select()
      .from(integrityChannels)
      .where(eq(integrityChannels.workspaceId, home.id));
    expect(row.receiptSalt).not.toBe(row.whistleblowerSalt);
    expect(JSON.stringify(created.body)).not.toContain(row.receiptSalt);

    const changed = await api(ctx, 'PUT', channelUrl(home.slug), {
      cookie: home.owner.cookie,
      headers: { 'if-match': '"1"' },
      body: channelSettings({ acknowledgeDays: 5 }),
    });
    expect(changed.status).toBe(200);
    expect(changed.body.channel).toMatchObject({ rowVersion: 2, settings: { acknowledgeDays: 5 } });
    const stale = await api(ctx, 'PUT', channelUrl(home.slug), {
      cookie: home.owner.cookie,
      headers: { 'if-match': '"1"' },
      body: channelSettings(),
    });
    expect(stale.status).toBe(412);
    expect(await auditOf(home.id, 'integrity.channel.created')).toHaveLength(1);
    const [updated] = await auditOf(home.id, 'integrity.channel.updated');
    expect(updated.changes).toMatchObject({ acknowledgeDays: { before: 7, after: 5 } });
  });
});

describe('recipients and their keys', () => {
  it('are members of the workspace only, added once', async () => {
    const stranger = await newUser(ctx, 'stranger');
    const refused = await api(ctx, 'POST', channelUrl(home.slug, 'recipients'), {
      cookie: home.owner.cookie,
      body: { userId: stranger.id, role: 'handler' },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/^userId:/);
    const editor = await newMember(ctx, home, 'editor');
    await addRecipient(ctx, home, editor.id, 'handler');
    const twice = await api(ctx, 'POST', channelUrl(home.slug, 'recipients'), {
      cookie: home.owner.cookie,
      body: { userId: editor.id, role: 'custodian' },
    });
    expect(twice.status).toBe(409);
    const byEditor = await api(ctx, 'POST', channelUrl(home.slug, 'recipients'), {
      cookie: editor.cookie,
      body: { userId: editor.id, role: 'handler' },
    });
    expect(byEditor.status).toBe(403);
    // a recipient reads the channel without managing it
    const view = await api(ctx, 'GET', channelUrl(home.slug), { cookie: editor.cookie });
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({ canManage: false, me: { role: 'handler', hasKey: false } });
    expect(view.body.recipients).toContainEqual(
      expect.objectContaining({ userId: editor.id, email: editor.email, hasKey: false, removedAt: null }),
    );
  });

  it('keep a key locked by password and by recovery key, with no key material in the audit', async () => {
    const handler = await newMember(ctx, home, 'viewer');
    expect((await api(ctx, 'GET', channelUrl(home.slug, 'my-key'), { cookie: handler.cookie })).status).toBe(
      403,
    );
    const { id } = await addRecipient(ctx, home, handler.id, 'handler');
    const empty = await api(ctx, 'GET', channelUrl(home.slug, 'my-key'), { cookie: handler.cookie });
    expect(empty.body).toEqual({
      recipientId: id,
      role: 'handler',
      publicKey: null,
      lockedPrivateKey: null,
      recoveryLockedPrivateKey: null,
    });
    const pair = generateKeyPair(s);
    const recoveryKey = newRecoveryKey(s);
    const body = {
      publicKey: toBase64(s, pair.publicKey),
      lockedPrivateKey: lockPrivateKey(s, pair.privateKey, 'a long key password'),
      recoveryLockedPrivateKey: lockWithRecoveryKey(s, pair.privateKey, recoveryKey),
    };
    const bad = await api(ctx, 'PUT', channelUrl(home.slug, 'my-key'), {
      cookie: handler.cookie,
      body: { ...body, publicKey: 'not-a-key' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^publicKey:/);
    const saved = await api(ctx, 'PUT', channelUrl(home.slug, 'my-key'), { cookie: handler.cookie, body });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const loaded = await api(ctx, 'GET', channelUrl(home.slug, 'my-key'), { cookie: handler.cookie });
    expect(loaded.body).toEqual({ recipientId: id, role: 'handler', ...body });
    expect(unlockPrivateKey(s, loaded.body.lockedPrivateKey, 'a long key password').privateKey).toEqual(
      pair.privateKey,
    );
    expect(unlockWithRecoveryKey(s, loaded.body.recoveryLockedPrivateKey, recoveryKey).privateKey).toEqual(
      pair.privateKey,
    );
    const entries = await ctx.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, id))
      .orderBy(asc(auditLog.id));
    expect(entries.map((entry) => entry.action)).toEqual([
      'integrity.recipient.added',
      'integrity.key.created',
    ]);
    const audited = JSON.stringify(entries);
    for (const secret of [body.publicKey, body.lockedPrivateKey.ciphertext, body.recoveryLockedPrivateKey])
      expect(audited).not.toContain(secret);
  });

  it('a new key pair drops the sealed keys made for the old one', async () => {
    const handler = await newMember(ctx, home, 'viewer');
    const { id } = await addRecipient(ctx, home, handler.id, 'handler');
    await setUpKey(ctx, s, home.slug, handler.cookie);
    const report = await insertSealedReport(ctx, s, home, { description: 'fuel sold off' });
    expect((await keysOfReport(ctx, report.id)).filter((key) => key.recipientId === id)).toHaveLength(2);
    await setUpKey(ctx, s, home.slug, handler.cookie);
    expect((await keysOfReport(ctx, report.id)).filter((key) => key.recipientId === id)).toHaveLength(0);
    expect(await auditOf(home.id, 'integrity.key.changed')).toContainEqual(
      expect.objectContaining({ entityId: id }),
    );
  });
});

describe('a removed recipient', () => {
  it('loses every key, is not sealed to, and cannot open a new report', async () => {
    const stays = await newMember(ctx, other, 'viewer');
    const leaves = await newMember(ctx, other, 'viewer');
    await api(ctx, 'PUT', channelUrl(other.slug), { cookie: other.owner.cookie, body: channelSettings() });
    await addRecipient(ctx, other, stays.id, 'handler');
    const gone = await addRecipient(ctx, other, leaves.id, 'handler');
    await setUpKey(ctx, s, other.slug, stays.cookie);
    const leaversPair = await setUpKey(ctx, s, other.slug, leaves.cookie);
    const before = await insertSealedReport(ctx, s, other, { description: 'old report' });
    expect((await keysOfReport(ctx, before.id)).some((key) => key.recipientId === gone.id)).toBe(true);

    const removed = await api(ctx, 'DELETE', channelUrl(other.slug, `recipients/${gone.id}`), {
      cookie: other.owner.cookie,
    });
    expect(removed.status).toBe(200);
    expect(removed.body.recipient.removedAt).not.toBeNull();
    const left = await ctx.db
      .select()
      .from(integrityReportKeys)
      .where(eq(integrityReportKeys.recipientId, gone.id));
    expect(left).toEqual([]);
    expect((await channelRecipients(ctx, other.id)).map((r) => r.id)).not.toContain(gone.id);
    expect((await api(ctx, 'GET', channelUrl(other.slug, 'my-key'), { cookie: leaves.cookie })).status).toBe(
      403,
    );
    expect((await api(ctx, 'GET', channelUrl(other.slug), { cookie: leaves.cookie })).status).toBe(403);

    const after = await insertSealedReport(ctx, s, other, { description: 'new report' });
    const keys = await keysOfReport(ctx, after.id);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.some((key) => key.recipientId === gone.id)).toBe(false);
    for (const key of keys) expect(() => openSealedKey(s, key.sealed, leaversPair)).toThrow();

    const again = await api(ctx, 'DELETE', channelUrl(other.slug, `recipients/${gone.id}`), {
      cookie: other.owner.cookie,
    });
    expect(again.status).toBe(404);
    expect(await auditOf(other.id, 'integrity.recipient.removed')).toHaveLength(1);
    // added back, they start without a key
    const back = await addRecipient(ctx, other, leaves.id, 'custodian');
    expect(back.id).toBe(gone.id);
    const view = await api(ctx, 'GET', channelUrl(other.slug), { cookie: leaves.cookie });
    expect(view.body.me).toEqual({ recipientId: gone.id, role: 'custodian', hasKey: false });
  });
});
