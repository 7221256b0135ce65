#!/usr/bin/env node
// Runs the TypeScript CLI directly (through tsx), so `npx custodes` works right after `npm ci`.
import { bundledEntry } from './bundled-entry.js';

// `iati summarize` reads files of hundreds of MB without database or server: it loads only its own
// code, bundled once, so it starts in a fraction of the time of the whole CLI.
const fast = process.argv[2] === 'iati' && process.argv[3] === 'summarize';
const bundle = fast ? await bundledEntry('src/cli/iati-fast.ts', 'iati-summarize') : null;
if (bundle) await import(bundle);
else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(fast ? '../src/cli/iati-fast.ts' : '../src/cli/main.ts');
}
