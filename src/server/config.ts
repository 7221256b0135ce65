import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface RuntimeConfig {
  port: number;
  dataDir: string;
  databaseUrl: string | null;
  demo: boolean;
  baseURL: string;
  trustProxy: boolean;
  /** Sign-in and 2FA attempts allowed per minute from one address. */
  signInPerMinute: number;
  /**
   * NODE_ENV=development or CUSTODES_DEV=1: also trust the Vite dev server and localhost origins
   * besides the base URL. Never on a served installation.
   */
  development: boolean;
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`${name} must be a whole number of at least 1, not "${raw}"`);
  return value;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env, portOverride?: number): RuntimeConfig {
  const port = portOverride ?? Number(env.PORT || 8080);
  return {
    port,
    dataDir: env.CUSTODES_DATA_DIR || '.custodes-data',
    databaseUrl: env.DATABASE_URL || null,
    demo: env.CUSTODES_DEMO !== '0' && env.CUSTODES_DEMO !== 'false',
    baseURL: env.CUSTODES_BASE_URL || `http://localhost:${port}`,
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    signInPerMinute: positiveInteger(env, 'CUSTODES_SIGN_IN_PER_MINUTE', 10),
    development: env.NODE_ENV === 'development' || env.CUSTODES_DEV === '1' || env.CUSTODES_DEV === 'true',
  };
}

/**
 * The key that signs sessions: CUSTODES_SECRET when set, otherwise one generated on first start
 * and kept (mode 600) in the data directory, so nothing secret ever sits in the repository.
 */
export function resolveSecret(dataDir: string, env: NodeJS.ProcessEnv = process.env): string {
  if (env.CUSTODES_SECRET) return env.CUSTODES_SECRET;
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, 'auth-secret');
  if (existsSync(path)) return readFileSync(path, 'utf8').trim();
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(path, secret, { mode: 0o600 });
  return secret;
}

export const VERSION: string = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
).version;
