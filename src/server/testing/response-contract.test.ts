import { createRoute, z } from '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import { createRouter } from '../http/router.ts';
import { jsonContent } from '../http/schemas.ts';
import { api, createTestContext } from './harness.ts';
import { enforceResponseContract, validatedResponses } from './response-contract.ts';

const Thing = z.object({
  id: z.string(),
  size: z.number().int(),
  tags: z.array(z.object({ name: z.string() })),
});

/** One documented route whose handler answers whatever the test asks for. */
function appAnswering(body: unknown, status = 200) {
  const route = createRoute({
    method: 'get',
    path: '/api/things/{id}',
    request: { params: z.object({ id: z.string() }) },
    responses: { 200: jsonContent(z.object({ thing: Thing }), 'The thing') },
  });
  const app = createRouter();
  // The handler's type is the documented one; the cast lets it drift as a buggy handler would.
  app.openapi(route, (c) => c.json(body as never, status as 200));
  enforceResponseContract(app);
  return app;
}

const good = { thing: { id: 't1', size: 3, tags: [{ name: 'a' }] } };

describe('responses are checked against the route’s documented schema', () => {
  it('a response of the documented shape passes and is counted', async () => {
    const before = validatedResponses();
    const response = await appAnswering(good).request('/api/things/t1');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(good);
    expect(validatedResponses()).toBe(before + 1);
  });

  it('a field of the wrong type fails, naming the route, the status and the path', async () => {
    const drifted = { thing: { ...good.thing, size: '3' } };
    await expect(appAnswering(drifted).request('/api/things/t1')).rejects.toThrow(
      'GET /api/things/{id} → 200: thing.size: Invalid input: expected number, received string',
    );
  });

  it('a missing field fails', async () => {
    const drifted = { thing: { id: 't1', tags: [] } };
    await expect(appAnswering(drifted).request('/api/things/t1')).rejects.toThrow('thing.size');
  });

  it('a field the schema does not document fails, even deep in an array', async () => {
    const drifted = { thing: { ...good.thing, tags: [{ name: 'a', secret: 'x' }] } };
    await expect(appAnswering(drifted).request('/api/things/t1')).rejects.toThrow(
      'undocumented field thing.tags.0.secret',
    );
  });

  it('a status the route does not document fails', async () => {
    await expect(appAnswering(good, 202).request('/api/things/t1')).rejects.toThrow(
      'GET /api/things/{id} → 202: status not documented',
    );
  });

  it('runs on the test app: every JSON response of a documented route is validated', async () => {
    const ctx = await createTestContext();
    try {
      const before = validatedResponses();
      expect((await api(ctx, 'GET', '/api/health')).status).toBe(200);
      expect((await api(ctx, 'GET', '/api/workspaces/nowhere/plans')).status).toBe(401);
      expect(validatedResponses()).toBe(before + 2);
    } finally {
      await ctx.close();
    }
  });
});
