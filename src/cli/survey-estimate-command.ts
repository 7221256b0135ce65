import type { Command } from 'commander';

// Scaffold: replaced by the part that owns this command.
export function addSurveyEstimateCommand(_survey: Command): void {}
