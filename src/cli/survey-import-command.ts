import type { Command } from 'commander';

// Scaffold: replaced by the part that owns this command.
export function addSurveyImportCommand(_survey: Command): void {}
