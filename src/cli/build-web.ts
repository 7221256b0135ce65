import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** What the client is built from: its own sources, the shared core it imports, the build config. */
const WEB_SOURCES = ['src/web', 'src/core', 'vite.config.ts', 'src/cli/mantine-styles.ts'].map((path) =>
  join(ROOT, path),
);
const BUILT_INDEX = join(ROOT, 'dist/web/index.html');

/** The latest modification time under a path; tests are not part of the client. */
function newestChange(path: string): number {
  if (!statSync(path).isDirectory()) return /\.test\.tsx?$/.test(path) ? 0 : statSync(path).mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, entry)));
  return newest;
}

/** Builds the web client with Vite when it is missing or older than its sources. */
export function buildWebIfStale(): void {
  if (existsSync(BUILT_INDEX) && statSync(BUILT_INDEX).mtimeMs >= Math.max(...WEB_SOURCES.map(newestChange)))
    return;
  console.log('Building the web client (first start, or sources changed)...');
  const result = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
  if (result.status !== 0) throw new Error('the web client build failed (see above)');
}
