import { createAuth } from './auth/auth.ts';
import { type RuntimeConfig, resolveSecret, VERSION } from './config.ts';
import { type Database, openDatabase } from './db/client.ts';
import { setAuditSecret } from './modules/audit/keys.ts';

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
  // Only pages served from the base URL may send cookie-carrying writes; in development the Vite
  // dev server and the other spellings of localhost may too.
  const developmentOrigins = config.development
    ? [`http://localhost:${config.port}`, `http://127.0.0.1:${config.port}`, 'http://localhost:5173']
    : [];
  const secret = resolveSecret(config.dataDir);
  // Audit heads are sealed and checkpoints signed with keys derived from the same secret.
  setAuditSecret(secret);
  const auth = createAuth({
    db: database.db,
    secret,
    baseURL: config.baseURL,
    trustedOrigins: developmentOrigins.filter((origin) => origin !== config.baseURL),
    signInPerMinute: config.signInPerMinute,
  });
  return { database, auth, version: VERSION };
}

export type Runtime = Awaited<ReturnType<typeof openRuntime>>;
