import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { permissionsOf } from '../../core/access/roles.ts';
import { api, newMember, type TestUser } from '../testing/harness.ts';
import {
  fillPath,
  homeValues,
  PUBLIC_ROUTES,
  READ_ONLY_POSTS,
  validBodyFor,
  WRITE_METHODS,
} from './examples.ts';
import { dataFingerprint, documentedRoutes, named, openApiDocument } from './routes.ts';
import { openWorld, type World } from './world.ts';

/**
 * A viewer of home tries every write route, DELETE included, on home's real records. The role
 * matrix gives viewers no write permission, so every one must be 403 and change nothing.
 */
const { ctx, seed } = await openWorld();
const routes = documentedRoutes(await openApiDocument(ctx));
const isReadOnlyPost = (route: { method: string; path: string }) =>
  READ_ONLY_POSTS.includes(`${route.method} ${route.path}`);
const isPublic = (route: { method: string; path: string }) =>
  PUBLIC_ROUTES.includes(`${route.method} ${route.path}`);
const writes = routes.filter(
  (route) =>
    route.path.includes('{slug}') &&
    WRITE_METHODS.includes(route.method) &&
    !isReadOnlyPost(route) &&
    !isPublic(route),
);
const readOnlyPosts = routes.filter(isReadOnlyPost);
let world: World;
let viewer: TestUser;

beforeAll(async () => {
  world = await seed();
  viewer = await newMember(ctx, world.home, 'viewer');
});
afterAll(() => ctx.close());

describe('a viewer of the workspace', () => {
  it('holds only read permissions in the role matrix (a write permission must list the routes it opens here)', () => {
    expect(permissionsOf('viewer').filter((permission) => !permission.endsWith(':read'))).toEqual([]);
    expect(writes.filter((route) => route.method === 'DELETE').length).toBeGreaterThan(10);
  });

  it.each(named(writes))('%s: 403, nothing changes', async (_name, { method, path }) => {
    const before = await dataFingerprint(ctx, [world.home.id, world.other.id]);
    const url = fillPath(path, world.home.slug, homeValues(path, world.ids));
    const res = await api(ctx, method, url, { cookie: viewer.cookie, body: validBodyFor(method, path) });
    expect(res.status, `${method} ${url} gave ${JSON.stringify(res.body)}`).toBe(403);
    expect(await dataFingerprint(ctx, [world.home.id, world.other.id]), 'stored rows changed').toBe(before);
  });

  it.each(named(readOnlyPosts))(
    '%s: a read in a POST, allowed, nothing changes',
    async (_name, { method, path }) => {
      const before = await dataFingerprint(ctx, [world.home.id, world.other.id]);
      const url = fillPath(path, world.home.slug, homeValues(path, world.ids));
      const res = await api(ctx, method, url, { cookie: viewer.cookie, body: validBodyFor(method, path) });
      expect([200, 400], `${method} ${url} gave ${JSON.stringify(res.body)}`).toContain(res.status);
      expect(res.status === 400 ? res.body.error.message : '').not.toMatch(/permission|role/i);
      expect(await dataFingerprint(ctx, [world.home.id, world.other.id]), 'stored rows changed').toBe(before);
    },
  );
});
