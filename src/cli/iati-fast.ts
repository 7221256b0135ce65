// Entry for `custodes iati summarize` alone (see bin/custodes.js): the same command definition as
// in the full CLI, without loading the server and database code the other commands need.
import { Command } from 'commander';
import { registerIatiCommands } from './iati-commands.ts';

const program = new Command().name('custodes').showHelpAfterError();
registerIatiCommands(program);
await program.parseAsync(process.argv);
