// Entry for `custodes survey estimate` alone (see bin/custodes.js): the same command definition as in the
// full CLI, without the server and database code the other commands load.
import { Command } from 'commander';
import { addSurveyEstimateCommand } from './survey-estimate-command.ts';

const program = new Command().name('custodes').showHelpAfterError();
addSurveyEstimateCommand(program.command('survey').description('Perception surveys: estimates'));
await program.parseAsync(process.argv);
