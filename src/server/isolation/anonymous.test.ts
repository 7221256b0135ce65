import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../testing/harness.ts';
import {
  fillPath,
  homeValues,
  PUBLIC_ROUTES,
  READ_ONLY_POSTS,
  VALID_BODIES,
  validBodyFor,
} from './examples.ts';
import { dataFingerprint, documentedRoutes, named, openApiDocument } from './routes.ts';
import { openWorld, type World } from './world.ts';

/** Without a session, or with a token that was never issued, every route but the public ones is 401. */
const { ctx, seed } = await openWorld();
const all = documentedRoutes(await openApiDocument(ctx));
const guarded = all.filter((route) => !PUBLIC_ROUTES.includes(`${route.method} ${route.path}`));
let world: World;

beforeAll(async () => {
  world = await seed();
});
afterAll(() => ctx.close());

describe('nobody signed in', () => {
  it('the public routes are all documented, and everything else is guarded', () => {
    const documented = all.map((route) => `${route.method} ${route.path}`);
    for (const route of PUBLIC_ROUTES) expect(documented).toContain(route);
    expect(guarded.length).toBeGreaterThan(90);
  });

  it.each(named(guarded))(
    '%s: 401 without a session and with a forged token',
    async (_name, { method, path }) => {
      const url = fillPath(path, world.home.slug, homeValues(path, world.ids));
      const body = validBodyFor(method, path);
      const before = await dataFingerprint(ctx, [world.home.id, world.other.id]);
      const anonymous = await api(ctx, method, url, { body });
      expect(anonymous.status, `${method} ${url} without a session`).toBe(401);
      const forged = await api(ctx, method, url, {
        body,
        headers: { authorization: 'Bearer cst_forged-token-that-was-never-issued' },
      });
      expect(forged.status, `${method} ${url} with an unknown token`).toBe(401);
      expect(await dataFingerprint(ctx, [world.home.id, world.other.id]), 'stored rows changed').toBe(before);
    },
  );

  it.each(PUBLIC_ROUTES)('%s answers without signing in', async (key) => {
    const [method, path] = key.split(' ');
    const url = fillPath(path, world.home.slug, homeValues(path, world.ids));
    const res = await api(ctx, method, url, { body: VALID_BODIES[key] });
    const writes = method === 'POST' && !READ_ONLY_POSTS.includes(key);
    expect(res.status, JSON.stringify(res.body)).toBe(writes ? 201 : 200);
  });
});
