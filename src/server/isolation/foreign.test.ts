import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../testing/harness.ts';
import {
  fillPath,
  homeValues,
  mixedVariants,
  namesHomeRecord,
  PUBLIC_ROUTES,
  validBodyFor,
} from './examples.ts';
import { dataFingerprint, documentedRoutes, named, openApiDocument } from './routes.ts';
import { openWorld, type World } from './world.ts';

/**
 * The owner of another workspace tries every workspace route against home's records:
 * straight at home's URL (403: not a member), through their own workspace with home's ids (404:
 * a foreign id looks exactly like an unknown one), and with their own parent but home's child
 * (404). No attempt may change any stored row, anywhere.
 */
const { ctx, seed } = await openWorld();
// public survey links name a workspace too, but answer anyone: their own tests check them
const routes = documentedRoutes(await openApiDocument(ctx)).filter(
  (route) => route.path.includes('{slug}') && !PUBLIC_ROUTES.includes(`${route.method} ${route.path}`),
);
let world: World;

beforeAll(async () => {
  world = await seed();
});
afterAll(() => ctx.close());

describe('a member of another workspace', () => {
  it('walks the whole workspace API', () => {
    expect(routes.length).toBeGreaterThan(80);
  });

  it.each(named(routes))(
    '%s: 403 at home, 404 for home ids through their own workspace',
    async (_name, { method, path }) => {
      const { home, other, ids, own } = world;
      const body = validBodyFor(method, path);
      const outsider = other.owner.cookie;
      const before = await dataFingerprint(ctx, [world.home.id, world.other.id]);

      const direct = fillPath(path, home.slug, homeValues(path, ids));
      const straight = await api(ctx, method, direct, { cookie: outsider, body });
      expect(straight.status, `${method} ${direct} gave ${JSON.stringify(straight.body)}`).toBe(403);

      if (namesHomeRecord(path)) {
        const foreignIds = fillPath(path, other.slug, homeValues(path, ids));
        const through = await api(ctx, method, foreignIds, { cookie: outsider, body });
        expect(through.status, `${method} ${foreignIds} gave ${JSON.stringify(through.body)}`).toBe(404);
        for (const variant of mixedVariants(path, ids, own)) {
          const mixed = fillPath(path, other.slug, variant);
          const res = await api(ctx, method, mixed, { cookie: outsider, body });
          expect(
            res.status,
            `${method} ${mixed} (own parent, home's child) gave ${JSON.stringify(res.body)}`,
          ).toBe(404);
        }
      }
      expect(await dataFingerprint(ctx, [world.home.id, world.other.id]), 'stored rows changed').toBe(before);
    },
  );

  it('cannot revoke another user’s token or accept an invitation meant for someone else', async () => {
    const { home, other, ids } = world;
    const before = await dataFingerprint(ctx, [world.home.id, world.other.id]);
    const revoke = await api(ctx, 'DELETE', `/api/me/tokens/${ids.token}`, { cookie: other.owner.cookie });
    expect(revoke.status).toBe(404);
    const accept = await api(ctx, 'POST', `/api/invitations/${ids.invitation}/accept`, {
      cookie: other.owner.cookie,
      body: {},
    });
    expect(accept.status).toBe(403);
    expect(await dataFingerprint(ctx, [world.home.id, world.other.id])).toBe(before);
    const list = await api(ctx, 'GET', '/api/me/tokens', { cookie: home.owner.cookie });
    expect(list.body.tokens.map((t: { id: string }) => t.id)).toContain(ids.token);
  });

  it('leaves home’s audit chain whole, with no entry by the outsider', async () => {
    const { home, other } = world;
    const verify = await api(ctx, 'GET', `/api/workspaces/${home.slug}/audit/verify`, {
      cookie: home.owner.cookie,
    });
    expect(verify.status).toBe(200);
    expect(verify.body.ok, JSON.stringify(verify.body)).toBe(true);
    const entries = await api(ctx, 'GET', `/api/workspaces/${home.slug}/audit?limit=500`, {
      cookie: home.owner.cookie,
    });
    const actors = entries.body.entries.map((e: { actor: { id: string } | null }) => e.actor?.id);
    expect(actors).toContain(home.owner.id);
    expect(actors).not.toContain(other.owner.id);
  });
});
