import { createAuth } from './auth/auth.ts';
import { type RuntimeConfig, resolveSecret, VERSION } from './config.ts';
import { type Database, openDatabase } from './db/client.ts';

/** Opens the configured database, brings its schema up to date and builds the auth instance. */
export async function openRuntime(config: RuntimeConfig) {
  const database: Database = await openDatabase(
    config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir },
  );
  try {
    await database.migrate();
  } catch (error) {
    await database.close();
    throw error;
  }
  const origins = new Set([
    config.baseURL,
    `http://localhost:${config.port}`,
    `http://127.0.0.1:${config.port}`,
  ]);
  const auth = createAuth({
    db: database.db,
    secret: resolveSecret(config.dataDir),
    baseURL: config.baseURL,
    trustedOrigins: [...origins, 'http://localhost:5173'],
    signInPerMinute: config.signInPerMinute,
  });
  return { database, auth, version: VERSION };
}

export type Runtime = Awaited<ReturnType<typeof openRuntime>>;
