import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../testing/harness.ts';
import { BAD_BODIES, fillPath, homeValues, validBodyFor } from './examples.ts';
import {
  badBody,
  dataFingerprint,
  documentedRoutes,
  jsonBodySchema,
  named,
  openApiDocument,
} from './routes.ts';
import { openWorld, type World } from './world.ts';

/**
 * Every route with a JSON body, called by home's owner on home's real records with a body that
 * is wrong in one field (derived from the route's OpenAPI request schema), then with an empty
 * object when fields are required: 400, the message names the field, the details are there, and
 * nothing is stored.
 */
const { ctx, seed } = await openWorld();
const doc = await openApiDocument(ctx);
const withJsonBody = documentedRoutes(doc).filter((route) => jsonBodySchema(doc, route) !== null);
let world: World;

beforeAll(async () => {
  world = await seed();
});
afterAll(() => ctx.close());

function wrongBodyFor(method: string, path: string) {
  const key = `${method} ${path}`;
  const schema = jsonBodySchema(doc, { method, path });
  const derived = schema ? badBody(doc, schema, validBodyFor(method, path)) : null;
  const wrong = derived ?? BAD_BODIES[key];
  if (!wrong) {
    throw new Error(
      `isolation walk: no field of ${key}'s request schema to get wrong; add a bad body in BAD_BODIES (src/server/isolation/examples.ts)`,
    );
  }
  return wrong;
}

describe('a body that is wrong in one field', () => {
  it('is tried on every JSON route', () => {
    expect(withJsonBody.length).toBeGreaterThan(35);
  });

  it.each(named(withJsonBody))('%s: 400 naming the field', async (_name, { method, path }) => {
    const { field, body } = wrongBodyFor(method, path);
    const url = fillPath(path, world.home.slug, homeValues(path, world.ids));
    const before = await dataFingerprint(ctx, [world.home.id, world.other.id]);
    const res = await api(ctx, method, url, { cookie: world.home.owner.cookie, body });
    expect(res.status, `${method} ${url} with ${JSON.stringify(body)} gave ${JSON.stringify(res.body)}`).toBe(
      400,
    );
    expect(res.body.error.message).toMatch(new RegExp(`\\b${field}\\b`));
    expect(res.body.error.details, 'error.details').toBeDefined();
    const required = jsonBodySchema(doc, { method, path })?.required ?? [];
    if (required.length > 0) {
      const empty = await api(ctx, method, url, { cookie: world.home.owner.cookie, body: {} });
      expect(empty.status, `${method} ${url} with {} gave ${JSON.stringify(empty.body)}`).toBe(400);
      const mentioned = required.filter((name) => new RegExp(`\\b${name}\\b`).test(empty.body.error.message));
      expect(mentioned, `"${empty.body.error.message}" names none of ${required.join(', ')}`).not.toEqual([]);
    }
    expect(await dataFingerprint(ctx, [world.home.id, world.other.id]), 'stored rows changed').toBe(before);
  });
});
