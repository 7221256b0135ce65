import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { type RuntimeConfig, readConfig } from './config.ts';
import { isDatabaseEmpty, seedDemo } from './demo/seed-demo.ts';
import { schedulePurge } from './modules/integrity/purge.ts';
import { openRuntime } from './runtime.ts';

/** Starts the HTTP server; resolves once it listens, and shuts down cleanly on SIGTERM/SIGINT. */
export async function startServer(config: RuntimeConfig = readConfig()) {
  const runtime = await openRuntime(config);
  if (config.demo && (await isDatabaseEmpty(runtime.database.db))) {
    const demo = await seedDemo(runtime);
    console.log(`Demo workspace "${demo.slug}" created. Sign in as ${demo.email} / ${demo.password}`);
  }
  const app = createApp({ ...runtime, trustProxy: config.trustProxy });
  const server = serve({ fetch: app.fetch, port: config.port });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', () => resolve());
    server.once('error', reject);
  });
  console.log(
    `Custodes ${runtime.version} on http://localhost:${config.port} (database: ${runtime.database.kind}${config.databaseUrl ? '' : ` in ${config.dataDir}`})`,
  );

  // Integrity cases past their retention lose their content now and every hour after.
  const stopPurge = schedulePurge(runtime.database.db);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down`);
    server.close();
    stopPurge();
    // Let requests in flight finish, then close the database (PGlite flushes to disk here).
    await new Promise((resolve) => setTimeout(resolve, 200));
    await runtime.database.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
  return { app, server, runtime };
}
