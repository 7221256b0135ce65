import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema/index.ts';
import { api, createTwoWorkspaces, newUser, TEST_PASSWORD, type TestContext } from '../../testing/harness.ts';
import { acceptedLanguage } from './language.ts';

let ctx: TestContext;

beforeAll(async () => {
  ({ ctx } = await createTwoWorkspaces());
});
afterAll(() => ctx.close());

describe('the language on the profile', () => {
  it('is null until chosen, then saved, shown by /api/me and audited once per change', async () => {
    const user = await newUser(ctx, 'polyglot');
    expect((await api(ctx, 'GET', '/api/me', { cookie: user.cookie })).body.user.language).toBeNull();

    const saved = await api(ctx, 'PATCH', '/api/me', { cookie: user.cookie, body: { language: 'ar' } });
    expect(saved.status).toBe(200);
    expect(saved.body.user).toMatchObject({ id: user.id, language: 'ar' });
    expect((await api(ctx, 'GET', '/api/me', { cookie: user.cookie })).body.user.language).toBe('ar');
    // The same choice again changes nothing and is not logged twice.
    await api(ctx, 'PATCH', '/api/me', { cookie: user.cookie, body: { language: 'ar' } });
    await api(ctx, 'PATCH', '/api/me', { cookie: user.cookie, body: { language: 'pt' } });

    const events = await ctx.db
      .select({ action: auditLog.action, changes: auditLog.changes })
      .from(auditLog)
      .where(and(eq(auditLog.chain, 'system'), eq(auditLog.entityId, user.id)))
      .orderBy(asc(auditLog.seq));
    expect(events.map((event) => event.changes)).toContainEqual({ language: { before: 'ar', after: 'pt' } });
    expect(events.filter((event) => JSON.stringify(event.changes).includes('language'))).toHaveLength(2);
  });

  it('refuses anonymous callers (401) and a language Custodes does not speak (400 naming it)', async () => {
    expect((await api(ctx, 'PATCH', '/api/me', { body: { language: 'fr' } })).status).toBe(401);
    const user = await newUser(ctx, 'klingon');
    for (const body of [{ language: 'de' }, { language: null }, {}, { language: 'fr', name: 'x' }]) {
      const refused = await api(ctx, 'PATCH', '/api/me', { cookie: user.cookie, body });
      expect(refused.status, JSON.stringify(body)).toBe(400);
    }
    const wrong = await api(ctx, 'PATCH', '/api/me', { cookie: user.cookie, body: { language: 'de' } });
    expect(wrong.body.error.message).toMatch(/^language: /);
  });

  it('still lets a password change through better-auth, ending the other sessions', async () => {
    const user = await newUser(ctx, 'rotating');
    const elsewhere = await api(ctx, 'POST', '/api/auth/sign-in/email', {
      body: { email: user.email, password: TEST_PASSWORD },
    });
    expect(elsewhere.status).toBe(200);
    const other = elsewhere.headers.get('set-cookie')?.split(';')[0] ?? '';
    const wrong = await api(ctx, 'POST', '/api/auth/change-password', {
      cookie: user.cookie,
      body: { currentPassword: 'not-my-password-at-all', newPassword: 'a-new-and-long-passphrase' },
    });
    expect(wrong.status).toBe(400);
    const common = await api(ctx, 'POST', '/api/auth/change-password', {
      cookie: user.cookie,
      body: { currentPassword: TEST_PASSWORD, newPassword: 'password1234' },
    });
    expect(common.body.code).toBe('PASSWORD_TOO_COMMON');
    const changed = await api(ctx, 'POST', '/api/auth/change-password', {
      cookie: user.cookie,
      body: { currentPassword: TEST_PASSWORD, newPassword: 'a-new-and-long-passphrase' },
    });
    expect(changed.status).toBe(200);
    expect((await api(ctx, 'GET', '/api/me', { cookie: other })).status).toBe(401);
  });
});

describe('Accept-Language', () => {
  it('gives the most preferred language Custodes speaks', () => {
    expect(acceptedLanguage('de-DE,de;q=0.9,pt-BR;q=0.8,en;q=0.5')).toBe('pt');
    expect(acceptedLanguage('en;q=0.2, ar-SA')).toBe('ar');
    expect(acceptedLanguage('fr;q=0, es')).toBe('es');
    expect(acceptedLanguage('de, ja')).toBeNull();
    expect(acceptedLanguage(undefined)).toBeNull();
  });
});
