#!/usr/bin/env node
import { resolve } from 'node:path';
// Runs a TypeScript script (benchmarks, tools) without a build step: node bin/run-ts.js path/to/script.ts [args]
import { pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const script = process.argv[2];
if (!script) {
  console.error('usage: node bin/run-ts.js <script.ts> [args]');
  process.exit(2);
}
process.argv.splice(1, 1);
await import(pathToFileURL(resolve(script)).href);
