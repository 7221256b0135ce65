// Entry for `custodes iati summarize` alone (see bin/custodes.js): the same command definition as
// in the full CLI, without the server and database code the other commands load.
import { Command } from 'commander';
import { registerIatiSummarize } from './iati-summarize.ts';

const program = new Command().name('custodes').showHelpAfterError();
registerIatiSummarize(program.command('iati'));
await program.parseAsync(process.argv);
