#!/usr/bin/env node
// Runs the TypeScript CLI directly (through tsx), so `npx custodes` works right after `npm ci`.
import { register } from 'tsx/esm/api';

register();
// `iati summarize` reads files of hundreds of MB without database or server: load only its
// command group, not the whole CLI, so it starts in a fraction of the time.
if (process.argv[2] === 'iati' && process.argv[3] === 'summarize') await import('../src/cli/iati-fast.ts');
else await import('../src/cli/main.ts');
