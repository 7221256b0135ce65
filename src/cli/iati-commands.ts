import type { Command } from 'commander';
import { registerIatiImport } from './iati-import.ts';
import { registerIatiSummarize } from './iati-summarize.ts';

/**
 * The `iati` command group. `summarize` lives in its own module, which bin/custodes.js loads
 * alone (bundled) to start fast on big files; commands needing the database or server import
 * that code inside their action.
 */
export function registerIatiCommands(program: Command): Command {
  const iati = program.command('iati').description('IATI activity files: summarize, import');
  registerIatiSummarize(iati);
  registerIatiImport(iati);
  return iati;
}
