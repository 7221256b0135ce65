#!/usr/bin/env node
// Runs the TypeScript CLI directly (through tsx), so `npx custodes` works right after `npm ci`.
import { bundledEntry } from './bundled-entry.js';

// Pure file commands (`iati summarize`, `indicators compute`) need no database or server: each loads
// only its own code, bundled once, so it starts in a fraction of the time of the whole CLI.
const FAST_ENTRIES = {
  'iati summarize': ['src/cli/iati-fast.ts', 'iati-summarize'],
  'indicators compute': ['src/cli/indicators-fast.ts', 'indicators-compute'],
  'survey estimate': ['src/cli/survey-fast.ts', 'survey-estimate'],
};
const fast = FAST_ENTRIES[`${process.argv[2]} ${process.argv[3]}`];
const bundle = fast ? await bundledEntry(fast[0], fast[1]) : null;
if (bundle) await import(bundle);
else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(fast ? `../${fast[0]}` : '../src/cli/main.ts');
}
