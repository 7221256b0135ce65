import { createRoute, z } from '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import { handleError } from './errors.ts';
import { findUnstorable, refuseUnstorableInput } from './input-guard.ts';
import { createRouter } from './router.ts';

/** A small app with the guard in front of a validated route, a raw-body reader and a multipart route. */
function guardedApp() {
  const app = createRouter();
  app.onError(handleError);
  app.use('/api/*', refuseUnstorableInput({ readsBody: (c) => !c.req.path.endsWith('/upload') }));
  const Person = z.object({ name: z.string(), tags: z.array(z.string()).optional() });
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/people/{id}',
      request: {
        params: z.object({ id: z.string() }),
        query: z.object({ q: z.string().optional() }),
        body: { content: { 'application/json': { schema: Person } } },
      },
      responses: { 200: { description: 'echo', content: { 'application/json': { schema: Person } } } },
    }),
    (c) => c.json(c.req.valid('json'), 200),
  );
  // reads the raw request itself, as the sign-in handler does
  app.post('/api/raw', async (c) => c.json({ raw: await c.req.raw.text() }));
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/upload',
      request: {
        body: {
          content: {
            'multipart/form-data': { schema: z.object({ note: z.string(), file: z.instanceof(File) }) },
          },
        },
      },
      responses: {
        200: {
          description: 'stored',
          content: { 'application/json': { schema: z.object({ name: z.string() }) } },
        },
      },
    }),
    (c) => c.json({ name: c.req.valid('form').file.name }, 200),
  );
  return app;
}

async function post(url: string, body: string | FormData, type = 'application/json') {
  const headers = typeof body === 'string' ? { 'content-type': type } : undefined;
  const response = await guardedApp().request(`http://localhost${url}`, { method: 'POST', headers, body });
  return { status: response.status, body: await response.json() };
}

describe('findUnstorable', () => {
  it.each([
    ['clean text', { a: ['x', { b: 'é😀' }] }, null],
    ['NUL in a nested string', { a: ['x', { b: 'x\u0000' }] }, 'body.a.1.b'],
    ['a lone high surrogate', { a: '\ud800x' }, 'body.a'],
    ['a lone low surrogate', ['\udc00'], 'body.0'],
    ['NUL in a key, escaped in the path', { 'k\u0000': 1 }, 'body.k\\u0000'],
    ['a top-level string', '\u0000', 'body'],
  ])('%s', (_what, value, expected) => {
    expect(findUnstorable(value, 'body')).toBe(expected);
  });
});

describe('the input guard', () => {
  it('refuses NUL in a path segment, naming the path', async () => {
    const res = await post('/api/people/a%00b', JSON.stringify({ name: 'x' }));
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'bad_request', details: { field: 'path' } });
    expect(res.body.error.message).toMatch(/^path: must not contain a NUL character/);
  });

  it('refuses NUL in a query value, naming the parameter', async () => {
    const res = await post('/api/people/1?q=x%00', JSON.stringify({ name: 'x' }));
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual({ field: 'query.q' });
  });

  it('refuses NUL or a lone surrogate in a JSON body, naming the dotted field', async () => {
    const nul = await post('/api/people/1', JSON.stringify({ name: 'x', tags: ['ok', 'b\u0000d'] }));
    expect(nul.status).toBe(400);
    expect(nul.body.error.message).toMatch(/^body\.tags\.1: /);
    const surrogate = await post('/api/people/1', '{"name":"\\ud800"}');
    expect(surrogate.body.error.details).toEqual({ field: 'body.name' });
  });

  it('hands a clean body on to the route validator and to handlers reading the raw request', async () => {
    const body = JSON.stringify({ name: 'Aïcha', tags: ['😀'] });
    expect(await post('/api/people/1?q=ok', body)).toEqual({
      status: 200,
      body: { name: 'Aïcha', tags: ['😀'] },
    });
    expect(await post('/api/raw', body)).toEqual({ status: 200, body: { raw: body } });
  });

  it('checks URL-encoded bodies and leaves malformed JSON to the validator', async () => {
    const form = await post('/api/raw', 'email=a%00b', 'application/x-www-form-urlencoded');
    expect(form.body.error.details).toEqual({ field: 'body.email' });
    const malformed = await post('/api/people/1', '{"name": ');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.message).toMatch(/JSON/);
  });

  it('checks multipart text fields and file names once the route parses them', async () => {
    const form = (note: string, fileName: string) => {
      const data = new FormData();
      data.set('note', note);
      data.set('file', new Blob(['a,b\n']), fileName);
      return data;
    };
    expect(await post('/api/upload', form('fine', 'list.csv'))).toEqual({
      status: 200,
      body: { name: 'list.csv' },
    });
    expect((await post('/api/upload', form('x\u0000', 'list.csv'))).body.error.details).toEqual({
      field: 'body.note',
    });
    expect((await post('/api/upload', form('fine', 'li\u0000st.csv'))).body.error.details).toEqual({
      field: 'body.file',
    });
  });
});
