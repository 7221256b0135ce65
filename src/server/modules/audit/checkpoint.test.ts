import { createPublicKey, verify } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuditCheckpoint, checkpointSigningText } from '../../../core/audit/checkpoint.ts';
import { deriveAuditKeys } from '../../../core/audit/keys.ts';
import {
  api,
  createTwoWorkspaces,
  newMember,
  TEST_SECRET,
  type TestContext,
  type TestWorkspace,
} from '../../testing/harness.ts';
import { readHead } from './repo.ts';

let ctx: TestContext;
let home: TestWorkspace;
let other: TestWorkspace;

beforeAll(async () => {
  ({ ctx, home, other } = await createTwoWorkspaces());
});
afterAll(() => ctx.close());

const base = (ws: TestWorkspace) => `/api/workspaces/${ws.slug}/audit`;
const addNote = (ws: TestWorkspace, title: string) =>
  api(ctx, 'POST', `/api/workspaces/${ws.slug}/oversight-notes`, {
    cookie: ws.owner.cookie,
    body: { title, body: `${title} body` },
  });
const checkpointOf = async (ws: TestWorkspace): Promise<AuditCheckpoint> => {
  const res = await api(ctx, 'POST', `${base(ws)}/checkpoints`, { cookie: ws.owner.cookie });
  expect(res.status).toBe(200);
  return res.body;
};
const verifyWith = (ws: TestWorkspace, checkpoint: AuditCheckpoint) =>
  api(ctx, 'POST', `${base(ws)}/checkpoints/verify`, { cookie: ws.owner.cookie, body: checkpoint });

describe('GET /api/audit/public-key', () => {
  it('publishes the Ed25519 key derived from the server secret, to anyone', async () => {
    const res = await api(ctx, 'GET', '/api/audit/public-key');
    expect(res.status).toBe(200);
    const keys = deriveAuditKeys(TEST_SECRET);
    expect(res.body).toEqual({ algorithm: 'Ed25519', publicKey: keys.publicKeyPem, keyId: keys.keyId });
  });
});

describe('POST /api/workspaces/:slug/audit/checkpoints', () => {
  it('401 without a session, 403 for another workspace and for roles below admin', async () => {
    expect((await api(ctx, 'POST', `${base(home)}/checkpoints`)).status).toBe(401);
    const outsider = await api(ctx, 'POST', `${base(home)}/checkpoints`, { cookie: other.owner.cookie });
    expect(outsider.status).toBe(403);
    const oversight = await newMember(ctx, home, 'oversight');
    expect((await api(ctx, 'POST', `${base(home)}/checkpoints`, { cookie: oversight.cookie })).status).toBe(
      403,
    );
  });

  it('signs the current head, records itself in the log, and anyone can check the signature', async () => {
    await addNote(home, 'Before the checkpoint');
    const checkpoint = await checkpointOf(home);
    expect(checkpoint).toMatchObject({
      kind: 'custodes.audit-checkpoint',
      chain: home.id,
      workspace: home.slug,
    });
    const head = await readHead(ctx.db, home.id);
    expect(checkpoint.seq).toBe(head?.lastSeq);
    expect(checkpoint.headHash).toBe(head?.lastHash);
    const { signature, ...signed } = checkpoint;
    const text = Buffer.from(checkpointSigningText(signed), 'utf8');
    const key = createPublicKey(checkpoint.publicKey);
    expect(verify(null, text, key, Buffer.from(signature, 'base64'))).toBe(true);
    const log = await api(ctx, 'GET', `${base(home)}?action=audit.checkpoint`, { cookie: home.owner.cookie });
    expect(log.body.entries[0]).toMatchObject({ seq: checkpoint.seq, entityType: 'audit_chain' });
  });
});

describe('POST /api/workspaces/:slug/audit/checkpoints/verify', () => {
  it('401, 403 for another workspace, 400 naming the field of a malformed checkpoint', async () => {
    const checkpoint = await checkpointOf(home);
    expect((await api(ctx, 'POST', `${base(home)}/checkpoints/verify`, { body: checkpoint })).status).toBe(
      401,
    );
    const outsider = await api(ctx, 'POST', `${base(home)}/checkpoints/verify`, {
      cookie: other.owner.cookie,
      body: checkpoint,
    });
    expect(outsider.status).toBe(403);
    const bad = await verifyWith(home, { ...checkpoint, headHash: 'not-a-hash' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^headHash: /);
    const misplaced = await verifyWith(other, checkpoint);
    expect(misplaced.status).toBe(400);
    expect(misplaced.body.error.message).toMatch(/^checkpoint\.chain: /);
  });

  it('accepts a checkpoint the log extends; refuses one whose contents were changed', async () => {
    const checkpoint = await checkpointOf(home);
    await addNote(home, 'After the checkpoint');
    const good = await verifyWith(home, checkpoint);
    expect(good.status).toBe(200);
    expect(good.body).toMatchObject({ ok: true, headSealed: true, checkpoint: { problem: null } });
    const edited = await verifyWith(home, { ...checkpoint, seq: checkpoint.seq - 1 });
    expect(edited.body).toMatchObject({ ok: false, checkpoint: { problem: { code: 'bad-signature' } } });
    const foreignKey = deriveAuditKeys('another server').publicKeyPem;
    const rekeyed = await verifyWith(home, { ...checkpoint, publicKey: foreignKey });
    expect(rekeyed.body.checkpoint.problem.code).toBe('other-key');
  });
});
