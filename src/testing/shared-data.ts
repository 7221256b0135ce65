import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The absolute path of a file or folder in `../shared/data`, beside the clone. */
export function sharedDataPath(relative: string): string {
  return fileURLToPath(new URL(`../../../shared/data/${relative}`, import.meta.url));
}

/**
 * Whether the reference data is there. Outside CI a developer without `../shared` may skip the tests that
 * read it; under CI=true its absence is an error, so those tests can never pass by skipping silently.
 */
export function haveSharedData(path: string): boolean {
  if (existsSync(path)) return true;
  if (process.env.CI)
    throw new Error(`reference data missing under CI: ${path} (CI must run beside ../shared)`);
  return false;
}
