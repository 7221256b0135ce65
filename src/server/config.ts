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
