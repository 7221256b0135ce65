// Entry for `custodes indicators compute` alone (see bin/custodes.js): the same command definition as
// in the full CLI, without the server and database code the other commands load.
import { Command } from 'commander';
import { registerIndicatorsCommands } from './indicators-commands.ts';

const program = new Command().name('custodes').showHelpAfterError();
registerIndicatorsCommands(program);
await program.parseAsync(process.argv);
