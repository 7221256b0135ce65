import type { Command } from 'commander';
import { addSurveyEstimateCommand } from './survey-estimate-command.ts';
import { addSurveyImportCommand } from './survey-import-command.ts';

/** `custodes survey …`: design-based estimates from a file, and response imports through the server. */
export function registerSurveyCommands(program: Command): void {
  const survey = program.command('survey').description('Perception surveys: estimates and response imports');
  addSurveyEstimateCommand(survey);
  addSurveyImportCommand(survey);
}
