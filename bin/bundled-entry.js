// Bundles one TypeScript entry (and everything it imports from this repository) into a single
// cached ES module under node_modules/.cache/custodes, rebuilt when any of its sources changes.
// Loading one plain file skips the per-module work of the TypeScript loader, which is most of the
// start-up time of a short command. Returns the bundle's URL, or null when it cannot be built
// (esbuild missing, read-only tree): the caller then falls back to the loader.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function isFresh(bundle, inputsFile) {
  try {
    const built = statSync(bundle).mtimeMs;
    const inputs = JSON.parse(readFileSync(inputsFile, 'utf8'));
    return inputs.every((input) => statSync(join(root, input)).mtimeMs <= built);
  } catch {
    return false;
  }
}

export async function bundledEntry(entry, name) {
  const cache = join(root, 'node_modules/.cache/custodes');
  const bundle = join(cache, `${name}.mjs`);
  const inputsFile = join(cache, `${name}.inputs.json`);
  if (isFresh(bundle, inputsFile)) return pathToFileURL(bundle).href;
  try {
    const { build } = await import('esbuild');
    mkdirSync(cache, { recursive: true });
    const temporary = `${bundle}.${process.pid}.tmp`;
    const result = await build({
      absWorkingDir: root,
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      outfile: temporary,
      metafile: true,
      logLevel: 'silent',
    });
    writeFileSync(inputsFile, JSON.stringify(Object.keys(result.metafile.inputs)));
    renameSync(temporary, bundle);
    return pathToFileURL(bundle).href;
  } catch {
    return null;
  }
}
