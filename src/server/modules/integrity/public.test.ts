import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CONTEXTS,
  decryptBytes,
  decryptJson,
  encryptJson,
  loadSodium,
  openSealedKey,
  type SodiumLib,
  toBase64,
  whistleblowerKeyPair,
} from '../../../core/integrity/crypto.ts';
import { auditLog } from '../../db/schema/audit.ts';
import {
  integrityChannels,
  integrityReportFiles,
  integrityReportKeys,
  integrityReports,
} from '../../db/schema/integrity.ts';
import { api, createTestContext, newWorkspace, type TestContext } from '../../testing/harness.ts';
import {
  addInstitution,
  contentWith,
  postMultipart,
  type ReadyChannel,
  readyChannel,
  sealForChannel,
} from './public-fixtures.ts';

let ctx: TestContext;
let s: SodiumLib;
let ready: ReadyChannel;
let slug: string;

beforeAll(async () => {
  ctx = await createTestContext();
  s = await loadSodium();
  ready = await readyChannel(ctx, s, await newWorkspace(ctx));
  slug = ready.workspace.slug;
});
afterAll(async () => ctx?.close());

const url = (rest: string) => `/api/public/${slug}/${rest}`;
/** Each test its own caller, so the receipt throttle of one does not reach another. */
let callerCount = 0;
function newCaller() {
  callerCount += 1;
  return { 'x-forwarded-for': `198.51.100.${callerCount}` };
}

describe('GET /api/public/{slug}/channel', () => {
  it('gives the form, the institutions by name and the keyed recipients; never the secret salt', async () => {
    await addInstitution(ctx, ready.workspace.id, 'Police nationale');
    await addInstitution(ctx, ready.workspace.id, 'Armed forces');
    const res = await api(ctx, 'GET', url('channel'));
    expect(res.status).toBe(200);
    expect(res.body.channel.maxFiles).toBe(5);
    expect(res.body.channel.maxFileBytes).toBe(10 * 1024 * 1024);
    expect(res.body.channel.questions[0].id).toBe('reported_before');
    expect(res.body.institutions.map((i: { name: string }) => i.name)).toEqual([
      'Armed forces',
      'Police nationale',
    ]);
    expect(res.body.recipients.map((r: { role: string }) => r.role).sort()).toEqual(['custodian', 'handler']);
    const [channel] = await ctx.db
      .select()
      .from(integrityChannels)
      .where(eq(integrityChannels.workspaceId, ready.workspace.id));
    expect(JSON.stringify(res.body)).not.toContain(channel.receiptSalt);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('answers the same 404 for an unknown workspace, no channel, a disabled channel and no handler key', async () => {
    const unknown = await api(ctx, 'GET', '/api/public/no-such-workspace/channel');
    const bare = await newWorkspace(ctx);
    const noChannel = await api(ctx, 'GET', `/api/public/${bare.slug}/channel`);
    const keyless = await newWorkspace(ctx);
    await api(ctx, 'PUT', `/api/workspaces/${keyless.slug}/integrity/channel`, {
      cookie: keyless.owner.cookie,
      body: (await import('./channel-fixtures.ts')).channelSettings(),
    });
    const noKey = await api(ctx, 'GET', `/api/public/${keyless.slug}/channel`);
    const disabledWs = await readyChannel(ctx, s, await newWorkspace(ctx));
    const [channel] = await ctx.db
      .select()
      .from(integrityChannels)
      .where(eq(integrityChannels.workspaceId, disabledWs.workspace.id));
    await ctx.db
      .update(integrityChannels)
      .set({ settings: { ...channel.settings, enabled: false } })
      .where(eq(integrityChannels.id, channel.id));
    const disabled = await api(ctx, 'GET', `/api/public/${disabledWs.workspace.slug}/channel`);
    for (const res of [unknown, noChannel, noKey, disabled]) {
      expect(res.status).toBe(404);
      expect(res.body.error.message).toBe('no open integrity channel here');
    }
  });
});

describe('report, access and conversation', () => {
  it('a report with files goes in encrypted, and the receipt alone reads it and talks back', async () => {
    const evidence = [s.randombytes_buf(5000), new TextEncoder().encode('plain evidence text')];
    const sealed = await sealForChannel(
      ctx,
      s,
      slug,
      contentWith('Forty ghost names on the payroll', [
        { name: 'a.jpg', type: 'image/jpeg', size: 5000, metadataRemoved: true },
        { name: 'b.txt', type: 'text/plain', size: 19, metadataRemoved: false },
      ]),
      { files: evidence },
    );
    const sent = await postMultipart(ctx, slug, sealed.report, sealed.files);
    expect(sent.status).toBe(201);
    expect(sent.body).toEqual({ receipt: sealed.receipt });
    expect(sent.headers.get('cache-control')).toBe('no-store');

    // Stored: ciphertext and a hash, numbered, with deadlines from the settings.
    const [row] = await ctx.db
      .select()
      .from(integrityReports)
      .where(eq(integrityReports.workspaceId, ready.workspace.id));
    expect(row.number).toBe(1);
    expect(row.receiptHash).not.toContain(sealed.receipt);
    expect(row.content).toBe(sealed.report.content);
    expect((row.acknowledgeBy.getTime() - row.receivedAt.getTime()) / 86_400_000).toBe(7);
    expect((row.feedbackBy.getTime() - row.receivedAt.getTime()) / 86_400_000).toBe(90);
    const files = await ctx.db
      .select()
      .from(integrityReportFiles)
      .where(eq(integrityReportFiles.reportId, row.id))
      .orderBy(asc(integrityReportFiles.position));
    const keys = await ctx.db
      .select()
      .from(integrityReportKeys)
      .where(eq(integrityReportKeys.reportId, row.id));
    expect(keys).toHaveLength(2);
    const handlerKey = openSealedKey(s, keys.find((k) => k.kind === 'report')?.sealed ?? '', ready.handler);
    expect(decryptBytes(s, handlerKey, new Uint8Array(files[1].ciphertext), CONTEXTS.file)).toEqual(
      evidence[1],
    );
    expect(decryptBytes(s, handlerKey, new Uint8Array(files[0].ciphertext), CONTEXTS.file)).toEqual(
      evidence[0],
    );

    // The audit says a report came, and nothing else.
    const audit = await ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.workspaceId, ready.workspace.id), eq(auditLog.entityId, row.id)))
      .orderBy(asc(auditLog.seq));
    expect(audit.map((entry) => entry.action)).toEqual(['integrity.report.received']);
    expect(audit[0].actorId).toBeNull();
    expect(audit[0].changes).toEqual({ number: { before: null, after: 1 } });

    // The whistle-blower comes back with the receipt and reads the report.
    const caller = newCaller();
    const access = await api(ctx, 'POST', url('reports/access'), {
      body: { receipt: sealed.receipt },
      headers: caller,
    });
    expect(access.status).toBe(200);
    expect(access.body.report).toMatchObject({ status: 'new', purged: false, identityMode: 'anonymous' });
    expect(access.body.messages).toEqual([]);
    const mine = whistleblowerKeyPair(
      s,
      sealed.receipt,
      (await api(ctx, 'GET', url('channel'))).body.whistleblowerSalt,
    );
    const reportKey = openSealedKey(s, access.body.report.whistleblowerKey, mine);
    expect(
      decryptJson<{ description: string }>(s, reportKey, access.body.report.content, CONTEXTS.content)
        .description,
    ).toBe('Forty ghost names on the payroll');

    // …and adds information, which the handler can read.
    const ciphertext = encryptJson(
      s,
      reportKey,
      { text: 'The list is kept in the second office.' },
      CONTEXTS.message,
    );
    const message = await api(ctx, 'POST', url('reports/messages'), {
      body: { receipt: sealed.receipt, ciphertext },
      headers: caller,
    });
    expect(message.status).toBe(201);
    expect(message.body.message).toMatchObject({ author: 'whistleblower', ciphertext });
    const again = await api(ctx, 'POST', url('reports/access'), {
      body: { receipt: sealed.receipt },
      headers: caller,
    });
    expect(again.body.messages).toHaveLength(1);
    expect(decryptJson(s, handlerKey, again.body.messages[0].ciphertext, CONTEXTS.message)).toEqual({
      text: 'The list is kept in the second office.',
    });
    const received = await ctx.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.workspaceId, ready.workspace.id), eq(auditLog.action, 'integrity.message.received')),
      );
    expect(received).toHaveLength(1);
    expect(received[0].changes).toEqual({ number: { before: null, after: 1 } });

    // The same receipt cannot be used twice.
    const reused = await api(ctx, 'POST', url('reports'), { body: sealed.report });
    expect(reused.status).toBe(409);
    expect(reused.body.error.message).toBe('receipt: already in use, make a new one');
  });

  it('a confidential report as JSON stores the identity for the custodian; a closed case takes no message', async () => {
    const sealed = await sealForChannel(ctx, s, slug, contentWith('Fuel sold off at the depot'), {
      mode: 'confidential',
      identity: { name: 'A. Driver', contact: 'by phone' },
    });
    const sent = await api(ctx, 'POST', url('reports'), { body: sealed.report });
    expect(sent.status).toBe(201);
    const [row] = await ctx.db
      .select()
      .from(integrityReports)
      .where(
        and(
          eq(integrityReports.workspaceId, ready.workspace.id),
          eq(integrityReports.identity, sealed.report.identity ?? ''),
        ),
      );
    expect(row.identityMode).toBe('confidential');
    const keys = await ctx.db
      .select()
      .from(integrityReportKeys)
      .where(eq(integrityReportKeys.reportId, row.id));
    const identityKey = openSealedKey(
      s,
      keys.find((k) => k.kind === 'identity')?.sealed ?? '',
      ready.custodian,
    );
    expect(decryptJson(s, identityKey, row.identity ?? '', CONTEXTS.identity)).toEqual({
      name: 'A. Driver',
      contact: 'by phone',
    });

    await ctx.db
      .update(integrityReports)
      .set({ status: 'closed', closedAt: new Date() })
      .where(eq(integrityReports.id, row.id));
    const caller = newCaller();
    const ciphertext = toBase64(s, s.randombytes_buf(60));
    const closed = await api(ctx, 'POST', url('reports/messages'), {
      body: { receipt: sealed.receipt, ciphertext },
      headers: caller,
    });
    expect(closed.status).toBe(409);
    await ctx.db
      .update(integrityReports)
      .set({ purgedAt: new Date(), content: null, whistleblowerKey: null })
      .where(eq(integrityReports.id, row.id));
    const purged = await api(ctx, 'POST', url('reports/access'), {
      body: { receipt: sealed.receipt },
      headers: caller,
    });
    expect(purged.status).toBe(200);
    expect(purged.body.report).toMatchObject({
      purged: true,
      content: null,
      whistleblowerKey: null,
      status: 'closed',
    });
    expect(purged.body.messages).toEqual([]);
  });
});

describe('refused reports name the field', () => {
  const plaintext = (text: string) => Buffer.from(text.padEnd(60, '.')).toString('base64');

  async function validReport() {
    return (await sealForChannel(ctx, s, slug, contentWith('valid'))).report;
  }

  it('plaintext content is refused: the API takes only encrypted payloads', async () => {
    const report = { ...(await validReport()), content: plaintext('{"description":"not encrypted"}') };
    const res = await api(ctx, 'POST', url('reports'), { body: report });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('content: must be encrypted in the browser before upload');
  });

  it('a plaintext file part is refused, naming the file', async () => {
    const sealed = await sealForChannel(
      ctx,
      s,
      slug,
      contentWith('x', [{ name: 'a', type: 'x', size: 1, metadataRemoved: false }]),
      {
        files: [new Uint8Array([1])],
      },
    );
    const res = await postMultipart(ctx, slug, sealed.report, [
      new TextEncoder().encode('a plain evidence document, never encrypted at all'),
    ]);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('file.0: must be encrypted in the browser before upload');
  });

  it('a missing recipient key asks to reload the channel', async () => {
    const report = await validReport();
    const res = await api(ctx, 'POST', url('reports'), { body: { ...report, keys: report.keys.slice(1) } });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/^keys: .* is missing; reload the channel and encrypt again$/);
  });

  it.each([
    ['receipt', { receipt: '1234' }, /^receipt: /],
    ['whistleblowerKey', { whistleblowerKey: 'AAAA' }, /^whistleblowerKey: must be a sealed key/],
    ['whistleblowerPublicKey', { whistleblowerPublicKey: 'not base64' }, /^whistleblowerPublicKey: /],
    ['identity', { identityMode: 'open' }, /^identity: must be null when identityMode is anonymous/],
  ])('a bad %s', async (_field, change, message) => {
    const res = await api(ctx, 'POST', url('reports'), { body: { ...(await validReport()), ...change } });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(message);
  });

  it('a report JSON that is not JSON, in a multipart body', async () => {
    const form = new FormData();
    form.append('report', '{oops');
    const res = await ctx.app.request(`http://localhost:3000${url('reports')}`, {
      method: 'POST',
      body: form,
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(/^report: /);
  });
});

describe('receipt guessing', () => {
  it('a wrong receipt is a 404; the 6th attempt is a 429 even with the right receipt', async () => {
    const sealed = await sealForChannel(ctx, s, slug, contentWith('throttle'));
    expect((await api(ctx, 'POST', url('reports'), { body: sealed.report })).status).toBe(201);
    const caller = newCaller();
    for (let i = 0; i < 5; i += 1) {
      const wrong = await api(ctx, 'POST', url('reports/access'), {
        body: { receipt: `000000000000000${i}` },
        headers: caller,
      });
      expect(wrong.status).toBe(404);
      expect(wrong.body.error.message).toBe('no report with this receipt');
    }
    const sixth = await api(ctx, 'POST', url('reports/access'), {
      body: { receipt: sealed.receipt },
      headers: caller,
    });
    expect(sixth.status).toBe(429);
    expect(Number(sixth.headers.get('retry-after'))).toBeGreaterThan(800);
    const messages = await api(ctx, 'POST', url('reports/messages'), {
      body: { receipt: sealed.receipt, ciphertext: toBase64(s, s.randombytes_buf(60)) },
      headers: caller,
    });
    expect(messages.status).toBe(429);
    // Another caller with the right receipt is not held back.
    const other = await api(ctx, 'POST', url('reports/access'), {
      body: { receipt: sealed.receipt },
      headers: newCaller(),
    });
    expect(other.status).toBe(200);
  }, 30_000);
});

describe('the cross-site check', () => {
  it('lets an intake POST with `Origin: null` through (no-referrer page), even with a cookie', async () => {
    const sealed = await sealForChannel(ctx, s, slug, contentWith('origin null'));
    const res = await api(ctx, 'POST', url('reports'), {
      body: sealed.report,
      cookie: ready.workspace.owner.cookie,
      headers: { origin: 'null' },
    });
    expect(res.status).toBe(201);
  });

  it('still refuses a cookie-carrying write to a workspace route from another origin', async () => {
    const res = await api(ctx, 'PUT', `/api/workspaces/${slug}/integrity/channel`, {
      cookie: ready.workspace.owner.cookie,
      headers: { origin: 'https://evil.example' },
      body: {},
    });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe('cross-site request refused');
    const nullOrigin = await api(ctx, 'POST', `/api/workspaces/${slug}/integrity/recipients`, {
      cookie: ready.workspace.owner.cookie,
      headers: { origin: 'null' },
      body: {},
    });
    expect(nullOrigin.status).toBe(403);
  });
});

it('a plaintext message from the whistle-blower is refused', async () => {
  const res = await api(ctx, 'POST', url('reports/messages'), {
    body: { receipt: '1111222233334444', ciphertext: Buffer.from('x'.repeat(80)).toString('base64') },
    headers: newCaller(),
  });
  expect(res.status).toBe(400);
  expect(res.body.error.message).toBe('ciphertext: must be encrypted in the browser before upload');
});

it('the OpenAPI document describes the four intake routes, the report as JSON or multipart', async () => {
  const doc = await api(ctx, 'GET', '/api/openapi.json');
  expect(doc.status).toBe(200);
  const paths = doc.body.paths;
  for (const path of ['channel', 'reports', 'reports/access', 'reports/messages'])
    expect(paths).toHaveProperty([`/api/public/{slug}/${path}`]);
  expect(Object.keys(paths['/api/public/{slug}/reports'].post.requestBody.content).sort()).toEqual([
    'application/json',
    'multipart/form-data',
  ]);
});
