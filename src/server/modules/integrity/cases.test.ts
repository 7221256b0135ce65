import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CONTEXTS,
  decryptJson,
  encryptJson,
  loadSodium,
  openSealedKey,
  type SodiumLib,
  sealKey,
  toBase64,
} from '../../../core/integrity/crypto.ts';
import type { IdentityContent } from '../../../core/integrity/types.ts';
import { auditLog } from '../../db/schema/audit.ts';
import { integrityReportFiles, integrityReports } from '../../db/schema/integrity.ts';
import {
  api,
  createTwoWorkspaces,
  newMember,
  signIn,
  type TestContext,
  type TestUser,
  type TestWorkspace,
} from '../../testing/harness.ts';
import { channelUrl, insertSealedReport } from './channel-fixtures.ts';
import { addInstitution, type ReadyChannel, readyChannel } from './public-fixtures.ts';

let s: SodiumLib;
let ctx: TestContext;
let home: TestWorkspace;
let other: TestWorkspace;
let channel: ReadyChannel;
let custodian: TestUser;

const url = (rest: string) => channelUrl(home.slug, rest);
const owner = () => home.owner.cookie;

async function auditOf(caseId: string) {
  return ctx.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.workspaceId, home.id), eq(auditLog.entityId, caseId)))
    .orderBy(asc(auditLog.seq));
}

/** A message as a browser encrypts it: MessageContent under the report key. */
function encryptedMessage(text: string) {
  const key = s.crypto_aead_xchacha20poly1305_ietf_keygen();
  return encryptJson(s, key, { text }, CONTEXTS.message);
}

beforeAll(async () => {
  s = await loadSodium();
  ({ ctx, home, other } = await createTwoWorkspaces());
  channel = await readyChannel(ctx, s, home);
  // readyChannel's custodian, signed in with the harness password
  const view = await api(ctx, 'GET', url('channel'), { cookie: owner() });
  const found = view.body.recipients.find((r: { role: string }) => r.role === 'custodian');
  custodian = {
    id: found.userId,
    email: found.email,
    name: found.name,
    cookie: await signIn(ctx, found.email),
  };
});
afterAll(() => ctx.close());

describe('who may see cases', () => {
  it('a handler lists the cases, newest first, with metadata only', async () => {
    const first = await insertSealedReport(ctx, s, home, { description: 'first' });
    const second = await insertSealedReport(ctx, s, home, { description: 'second', mode: 'confidential' });
    const res = await api(ctx, 'GET', url('cases'), { cookie: owner() });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const ids = res.body.cases.map((c: { id: string }) => c.id);
    expect(ids.indexOf(second.id)).toBeLessThan(ids.indexOf(first.id));
    const listed = res.body.cases.find((c: { id: string }) => c.id === second.id);
    expect(listed).toMatchObject({
      status: 'new',
      identityMode: 'confidential',
      hasIdentityKey: false,
      typeCode: null,
      overdue: { acknowledge: true, feedback: true },
      messageCounts: { conversation: 0, internal: 0, fromWhistleblower: 0 },
    });
    expect(JSON.stringify(res.body)).not.toContain(second.report.content);
    const filtered = await api(ctx, 'GET', `${url('cases')}?status=closed`, { cookie: owner() });
    expect(filtered.body.cases.map((c: { id: string }) => c.id)).not.toContain(first.id);
  });

  it('refuses members who are not handlers, even admins, and other workspaces', async () => {
    const admin = await newMember(ctx, home, 'admin');
    for (const cookie of [admin.cookie, other.owner.cookie]) {
      const res = await api(ctx, 'GET', url('cases'), { cookie });
      expect(res.status).toBe(403);
    }
    const admin403 = await api(ctx, 'GET', url('cases'), { cookie: admin.cookie });
    expect(admin403.body.error.message).toMatch(/case handlers/);
    expect((await api(ctx, 'GET', url('cases'))).status).toBe(401);
    const custodianCookie = custodian.cookie;
    expect((await api(ctx, 'GET', url('cases'), { cookie: custodianCookie })).status).toBe(403);
  });

  it('a handler reads a case with their keys and decrypts it; every read is audited', async () => {
    const { id, report } = await insertSealedReport(ctx, s, home, { description: 'ghost soldiers' });
    await ctx.db.insert(integrityReportFiles).values({
      id: randomUUID(),
      workspaceId: home.id,
      reportId: id,
      position: 0,
      ciphertext: Buffer.from(s.randombytes_buf(64)),
      size: 64,
    });
    const res = await api(ctx, 'GET', url(`cases/${id}`), { cookie: owner() });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.headers.get('etag')).toBe('"1"');
    const detail = res.body.case;
    expect(detail.content).toBe(report.content);
    expect(detail.identity).toBeNull();
    expect(detail.identityWithheld).toBe(false);
    expect(Object.keys(detail.keys).sort()).toEqual(['notes', 'report']);
    const reportKey = openSealedKey(s, detail.keys.report, channel.handler);
    expect(
      decryptJson<{ description: string }>(s, reportKey, detail.content, CONTEXTS.content).description,
    ).toBe('ghost soldiers');
    expect(res.body.handlers).toEqual([{ userId: home.owner.id, name: home.owner.name }]);
    expect(detail.files).toEqual([{ id: expect.any(String), position: 0, size: 64 }]);
    const file = await api(ctx, 'GET', url(`cases/${id}/files/${detail.files[0].id}`), { cookie: owner() });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/octet-stream');
    const missing = await api(ctx, 'GET', url(`cases/${id}/files/nope`), { cookie: owner() });
    expect(missing.status).toBe(404);
    await api(ctx, 'GET', url(`cases/${id}`), { cookie: owner() });
    const audit = await auditOf(id);
    expect(audit.map((entry) => entry.action)).toEqual([
      'integrity.case.viewed',
      'integrity.case.file_downloaded',
      'integrity.case.viewed',
    ]);
    expect(audit[0].changes).toEqual({
      number: { before: null, after: detail.number },
      identityIncluded: { before: null, after: false },
    });
    expect(JSON.stringify(audit)).not.toContain(report.content.slice(0, 20));
    const foreign = await api(ctx, 'GET', channelUrl(other.slug, `cases/${id}`), {
      cookie: other.owner.cookie,
    });
    // through their own workspace another's case id is unknown; at home they are not a member
    expect(foreign.status).toBe(404);
    expect((await api(ctx, 'GET', url(`cases/${id}`), { cookie: other.owner.cookie })).status).toBe(403);
  });
});

describe('triage and status', () => {
  it('moves a case through its statuses with If-Match, refusing skips, stale versions and purged cases', async () => {
    const { id } = await insertSealedReport(ctx, s, home, { description: 'procurement' });
    const institution = await addInstitution(ctx, home.id, `Police ${randomUUID().slice(0, 6)}`);
    const patch = (body: unknown, version?: number) =>
      api(ctx, 'PATCH', url(`cases/${id}`), {
        cookie: owner(),
        body,
        headers: version ? { 'if-match': `"${version}"` } : {},
      });

    const skip = await patch({ status: 'closed', outcome: 'referred' }, 1);
    expect(skip.status).toBe(409);
    expect(skip.body.error.message).toMatch(/^status: cannot go from new to closed/);

    const triaged = await patch({ typeCode: 'ghost-units', institutionId: institution, priority: 'high' }, 1);
    expect(triaged.status, JSON.stringify(triaged.body)).toBe(200);
    expect(triaged.body.case).toMatchObject({
      typeCode: 'ghost-units',
      institution: { id: institution },
      priority: 'high',
      rowVersion: 2,
    });
    expect((await patch({ typeCode: 'made-up' }, 2)).body.error.message).toMatch(/^typeCode: /);
    expect((await patch({ institutionId: 'nope' }, 2)).body.error.message).toMatch(/^institutionId: /);
    expect((await patch({ assignedTo: other.owner.id }, 2)).body.error.message).toMatch(/^assignedTo: /);
    expect((await patch({ status: 'acknowledged' }, 1)).status).toBe(412);

    const acknowledged = await patch({ status: 'acknowledged', assignedTo: home.owner.id }, 2);
    expect(acknowledged.body.case).toMatchObject({
      status: 'acknowledged',
      assignedTo: { id: home.owner.id },
    });
    expect(acknowledged.body.case.acknowledgedAt).not.toBeNull();
    await patch({ status: 'investigating' }, 3);
    const noOutcome = await patch({ status: 'closed' }, 4);
    expect(noOutcome.status).toBe(400);
    expect(noOutcome.body.error.message).toMatch(/^outcome: /);
    const closed = await patch({ status: 'closed', outcome: 'substantiated' }, 4);
    expect(closed.body.case).toMatchObject({ status: 'closed', outcome: 'substantiated' });
    expect(closed.body.case.closedAt).not.toBeNull();
    const reopened = await patch({ status: 'investigating' }, 5);
    expect(reopened.body.case).toMatchObject({ status: 'investigating', outcome: null, closedAt: null });

    const audit = await auditOf(id);
    expect(audit.map((entry) => entry.action)).toEqual([
      'integrity.case.triaged',
      'integrity.case.status_changed',
      'integrity.case.assigned',
      'integrity.case.status_changed',
      'integrity.case.status_changed',
      'integrity.case.status_changed',
    ]);
    // the classification stays out of the audit log, which non-recipients may read
    expect(JSON.stringify(audit[0].changes)).not.toMatch(/ghost-units|high|typeCode"?:\s*\{/);
    expect(audit[0].changes).toMatchObject({ changed: { after: 'typeCode, institutionId, priority' } });
    expect((audit[2].changes as Record<string, unknown>).assigneeId).toEqual({
      before: null,
      after: home.owner.id,
    });

    await ctx.db.update(integrityReports).set({ purgedAt: new Date() }).where(eq(integrityReports.id, id));
    expect((await patch({ priority: 'low' })).status).toBe(409);
  });

  it('refuses unknown fields and bad values with the field named', async () => {
    const { id } = await insertSealedReport(ctx, s, home, { description: 'x' });
    const res = await api(ctx, 'PATCH', url(`cases/${id}`), { cookie: owner(), body: { status: 'done' } });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/^status: /);
  });
});

describe('messages and notes', () => {
  it('checks the ciphertext, acknowledges a new case on the first reply, records feedback', async () => {
    const { id } = await insertSealedReport(ctx, s, home, { description: 'abuse' });
    const post = (body: unknown) => api(ctx, 'POST', url(`cases/${id}/messages`), { cookie: owner(), body });
    const plain = await post({
      visibility: 'conversation',
      ciphertext: Buffer.from('hello there, this is plain text!!!!!!!!!!!').toString('base64'),
    });
    expect(plain.status).toBe(400);
    expect(plain.body.error.message).toMatch(/^ciphertext: .*encrypted/);
    expect((await post({ visibility: 'conversation', ciphertext: 'not base64!' })).status).toBe(400);
    expect(
      (await post({ visibility: 'conversation', ciphertext: toBase64(s, s.randombytes_buf(20)) })).status,
    ).toBe(400);
    expect(
      (await post({ visibility: 'internal', ciphertext: encryptedMessage('n'), isFeedback: true })).status,
    ).toBe(400);

    const reply = await post({
      visibility: 'conversation',
      ciphertext: encryptedMessage('Thank you'),
      isFeedback: true,
    });
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    expect(reply.body.message).toMatchObject({
      author: 'recipient',
      authorName: home.owner.name,
      visibility: 'conversation',
    });
    const note = await post({ visibility: 'internal', ciphertext: encryptedMessage('check payroll') });
    expect(note.status).toBe(201);

    const detail = await api(ctx, 'GET', url(`cases/${id}`), { cookie: owner() });
    expect(detail.body.case).toMatchObject({ status: 'acknowledged', rowVersion: 2 });
    expect(detail.body.case.feedbackAt).not.toBeNull();
    expect(detail.body.case.messages.map((m: { visibility: string }) => m.visibility)).toEqual([
      'conversation',
      'internal',
    ]);
    const actions = (await auditOf(id)).map((entry) => entry.action);
    expect(actions.slice(0, 2)).toEqual(['integrity.case.message_sent', 'integrity.case.note_added']);
  });

  it('takes no conversation message on a closed case, but a note', async () => {
    const { id } = await insertSealedReport(ctx, s, home, { description: 'closed', status: 'closed' });
    const post = (visibility: string) =>
      api(ctx, 'POST', url(`cases/${id}/messages`), {
        cookie: owner(),
        body: { visibility, ciphertext: encryptedMessage('x') },
      });
    expect((await post('conversation')).status).toBe(409);
    expect((await post('internal')).status).toBe(201);
  });
});

describe('the identity custodian', () => {
  it('a handler asks, the custodian approves with a real sealed key, the handler decrypts the identity', async () => {
    const { id, report } = await insertSealedReport(ctx, s, home, {
      description: 'sexual exploitation',
      mode: 'confidential',
    });
    const before = await api(ctx, 'GET', url(`cases/${id}`), { cookie: owner() });
    expect(before.body.case).toMatchObject({ identity: null, identityWithheld: true });

    const ask = (reason: string) =>
      api(ctx, 'POST', url(`cases/${id}/identity-requests`), { cookie: owner(), body: { reason } });
    expect((await ask('')).status).toBe(400);
    const asked = await ask('Need to protect the reporter from retaliation');
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    expect((await ask('again')).status).toBe(409);

    const custodianCookie = custodian.cookie;
    expect((await api(ctx, 'GET', url('identity-requests'), { cookie: owner() })).status).toBe(403);
    const list = await api(ctx, 'GET', url('identity-requests'), { cookie: custodianCookie });
    expect(list.status, JSON.stringify(list.body)).toBe(200);
    const request = list.body.pending.find((r: { caseId: string }) => r.caseId === id);
    expect(request).toMatchObject({
      reason: 'Need to protect the reporter from retaliation',
      requestedBy: { id: home.owner.id },
    });
    expect(request.requester.publicKey).toBeTruthy();

    const decide = (body: unknown) =>
      api(ctx, 'POST', url(`identity-requests/${request.id}/decision`), { cookie: custodianCookie, body });
    expect((await decide({ decision: 'approve' })).body.error.message).toMatch(/^sealedKey: /);
    expect(
      (await decide({ decision: 'approve', sealedKey: toBase64(s, s.randombytes_buf(12)) })).status,
    ).toBe(400);
    const identityKey = openSealedKey(s, request.sealedIdentityKey, channel.custodian);
    const approved = await decide({
      decision: 'approve',
      sealedKey: sealKey(s, identityKey, request.requester.publicKey),
    });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body.request.status).toBe('approved');
    expect((await decide({ decision: 'refuse' })).status).toBe(409);

    const after = await api(ctx, 'GET', url(`cases/${id}`), { cookie: owner() });
    expect(after.body.case.identity).toBe(report.identity);
    const opened = openSealedKey(s, after.body.case.keys.identity, channel.handler);
    expect(decryptJson<IdentityContent>(s, opened, after.body.case.identity, CONTEXTS.identity).name).toBe(
      'A. Soldier',
    );
    const audit = await auditOf(id);
    expect(audit.map((entry) => entry.action)).toEqual([
      'integrity.case.viewed',
      'integrity.identity.requested',
      'integrity.identity.approved',
      'integrity.case.viewed',
    ]);
    expect((audit[3].changes as Record<string, unknown>).identityIncluded).toEqual({
      before: null,
      after: true,
    });
  });

  it('refuses requests on anonymous cases and refusals carrying a key', async () => {
    const { id } = await insertSealedReport(ctx, s, home, { description: 'anon' });
    const res = await api(ctx, 'POST', url(`cases/${id}/identity-requests`), {
      cookie: owner(),
      body: { reason: 'r' },
    });
    expect(res.status).toBe(409);
    const confidential = await insertSealedReport(ctx, s, home, { description: 'c', mode: 'confidential' });
    await api(ctx, 'POST', url(`cases/${confidential.id}/identity-requests`), {
      cookie: owner(),
      body: { reason: 'r' },
    });
    const custodianCookie = custodian.cookie;
    const list = await api(ctx, 'GET', url('identity-requests'), { cookie: custodianCookie });
    const request = list.body.pending.find((r: { caseId: string }) => r.caseId === confidential.id);
    const path = url(`identity-requests/${request.id}/decision`);
    const withKey = await api(ctx, 'POST', path, {
      cookie: custodianCookie,
      body: { decision: 'refuse', sealedKey: toBase64(s, s.randombytes_buf(80)) },
    });
    expect(withKey.status).toBe(400);
    const refused = await api(ctx, 'POST', path, { cookie: custodianCookie, body: { decision: 'refuse' } });
    expect(refused.body.request.status).toBe('refused');
    const detail = await api(ctx, 'GET', url(`cases/${confidential.id}`), { cookie: owner() });
    expect(detail.body.case).toMatchObject({ identity: null, identityWithheld: true });
  });
});
