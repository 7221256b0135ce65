import { createHmac } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../db/schema/index.ts';
import { verifyAuditChain } from '../modules/audit/service.ts';
import {
  api,
  cookiesFrom,
  createTestContext,
  newUser,
  TEST_PASSWORD,
  type TestContext,
} from '../testing/harness.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext({ signInPerMinute: 5 });
});
afterAll(() => ctx.close());

function base32Decode(text: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const char of text.replace(/=+$/, '').toUpperCase())
    bits += alphabet.indexOf(char).toString(2).padStart(5, '0');
  const bytes = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(Number.parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}

/** RFC 6238 code, as an authenticator app computes it. */
function totp(secret: string, when = Date.now()): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(when / 30_000)));
  const digest = createHmac('sha1', base32Decode(secret)).update(counter).digest();
  const offset = digest[digest.length - 1] & 0xf;
  return String((digest.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

describe('sign-in', () => {
  it('sets an httpOnly session cookie, and refuses a wrong password with 401', async () => {
    const user = await newUser(ctx);
    const headers = { 'x-forwarded-for': '198.51.100.1' };
    const ok = await api(ctx, 'POST', '/api/auth/sign-in/email', {
      headers,
      body: { email: user.email, password: TEST_PASSWORD },
    });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('set-cookie')).toMatch(/HttpOnly/i);
    const wrong = await api(ctx, 'POST', '/api/auth/sign-in/email', {
      headers,
      body: { email: user.email, password: 'wrong-password!' },
    });
    expect(wrong.status).toBe(401);
  });

  it('is rate-limited per client address', async () => {
    const user = await newUser(ctx);
    const headers = { 'x-forwarded-for': '198.51.100.77' };
    const statuses = [];
    for (let i = 0; i < 7; i++) {
      statuses.push(
        (
          await api(ctx, 'POST', '/api/auth/sign-in/email', {
            headers,
            body: { email: user.email, password: 'not-it-at-all' },
          })
        ).status,
      );
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.at(-1)).toBe(429);
    const elsewhere = await api(ctx, 'POST', '/api/auth/sign-in/email', {
      headers: { 'x-forwarded-for': '198.51.100.78' },
      body: { email: user.email, password: TEST_PASSWORD },
    });
    expect(elsewhere.status).toBe(200);
  });

  it('the organization endpoints of the auth library are closed: workspaces change only through the audited API', async () => {
    const user = await newUser(ctx);
    const res = await api(ctx, 'POST', '/api/auth/organization/create', {
      cookie: user.cookie,
      body: { name: 'Side door', slug: 'side-door' },
    });
    expect(res.status).toBe(404);
  });
});

describe('two-factor authentication', () => {
  it('enable with a password, confirm with a TOTP code, then sign-in asks for the code', async () => {
    const user = await newUser(ctx, 'tfa');
    const headers = { 'x-forwarded-for': '198.51.100.20' };
    const enable = await api(ctx, 'POST', '/api/auth/two-factor/enable', {
      cookie: user.cookie,
      headers,
      body: { password: TEST_PASSWORD },
    });
    expect(enable.status).toBe(200);
    expect(enable.body.backupCodes.length).toBeGreaterThan(0);
    const secret = new URL(enable.body.totpURI).searchParams.get('secret') ?? '';
    expect(secret).not.toBe('');
    const confirm = await api(ctx, 'POST', '/api/auth/two-factor/verify-totp', {
      cookie: user.cookie,
      headers,
      body: { code: totp(secret) },
    });
    expect(confirm.status).toBe(200);
    const me = await api(ctx, 'GET', '/api/me', { cookie: cookiesFrom(confirm.headers) || user.cookie });
    expect(me.body.user.twoFactorEnabled).toBe(true);

    const first = await api(ctx, 'POST', '/api/auth/sign-in/email', {
      headers,
      body: { email: user.email, password: TEST_PASSWORD },
    });
    expect(first.status).toBe(200);
    expect(first.body.twoFactorRedirect).toBe(true);
    const pending = cookiesFrom(first.headers);
    expect((await api(ctx, 'GET', '/api/me', { cookie: pending })).status).toBe(401);
    const wrongCode = await api(ctx, 'POST', '/api/auth/two-factor/verify-totp', {
      cookie: pending,
      headers,
      body: { code: '000000' },
    });
    expect(wrongCode.status).toBe(401);
    const second = await api(ctx, 'POST', '/api/auth/two-factor/verify-totp', {
      cookie: pending,
      headers,
      body: { code: totp(secret) },
    });
    expect(second.status).toBe(200);
    const session = cookiesFrom(second.headers);
    expect((await api(ctx, 'GET', '/api/me', { cookie: session })).status).toBe(200);
  });
});

describe('account events in the audit log', () => {
  const accountEvents = async (userId: string) =>
    ctx.db
      .select({ action: auditLog.action, actorId: auditLog.actorId, changes: auditLog.changes })
      .from(auditLog)
      .where(and(eq(auditLog.chain, 'system'), eq(auditLog.entityId, userId)))
      .orderBy(asc(auditLog.seq));

  it('records account creation, profile changes and password changes in the system chain', async () => {
    const user = await newUser(ctx, 'audited');
    const rename = await api(ctx, 'POST', '/api/auth/update-user', {
      cookie: user.cookie,
      body: { name: 'Renamed Person' },
    });
    expect(rename.status).toBe(200);
    const change = await api(ctx, 'POST', '/api/auth/change-password', {
      cookie: user.cookie,
      body: { currentPassword: TEST_PASSWORD, newPassword: 'an-even-longer-password' },
    });
    expect(change.status).toBe(200);
    const events = await accountEvents(user.id);
    expect(events.map((e) => e.action)).toEqual(['user.create', 'user.update', 'user.password_change']);
    expect(events[1]).toMatchObject({ actorId: user.id, changes: { name: { after: 'Renamed Person' } } });
    expect(JSON.stringify(events)).not.toContain('an-even-longer-password');
    expect((await verifyAuditChain(ctx.db, 'system')).ok).toBe(true);
  });
});
