import { afterAll, describe, expect, it } from 'vitest';
import { createTestContext } from '../testing/harness.ts';
import { documentedRoutes, openApiDocument, registeredRoutes } from './routes.ts';

/**
 * The walks see only the OpenAPI document, so every route Hono serves must be in it (and every
 * documented operation must really be served). Auth, the docs page and the fallbacks are left out.
 */
const ctx = await createTestContext();
afterAll(() => ctx.close());

const keys = (routes: Array<{ method: string; path: string }>) =>
  routes.map((route) => `${route.method} ${route.path}`).sort();

describe('the route table', () => {
  it('has every served route in the OpenAPI document, and nothing documented that is not served', async () => {
    const documented = keys(documentedRoutes(await openApiDocument(ctx)));
    const served = keys(registeredRoutes(ctx.app.routes));
    expect(served.length).toBeGreaterThan(90);
    expect(
      served.filter((route) => !documented.includes(route)),
      'served but missing from the OpenAPI document',
    ).toEqual([]);
    expect(
      documented.filter((route) => !served.includes(route)),
      'documented but not served',
    ).toEqual([]);
  });

  it('sees a route that was registered outside the document', () => {
    const hidden = registeredRoutes([
      ...ctx.app.routes,
      { method: 'GET', path: '/api/workspaces/:slug/secret-export' },
      { method: 'ALL', path: '/api/workspaces/:slug/anything' },
    ]);
    expect(keys(hidden)).toContain('GET /api/workspaces/{slug}/secret-export');
    expect(keys(hidden)).toContain('ALL /api/workspaces/{slug}/anything');
  });
});
