// The yardstick for bench/api.ts: a bare Hono app on @hono/node-server with one route answering a small JSON.
// Usage: node bin/run-ts.js bench/hello-world.ts <port>
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const port = Number(process.argv[2] ?? 8198);
const app = new Hono();
app.get('/hello', (c) => c.json({ hello: 'world' }));
serve({ fetch: app.fetch, port });
