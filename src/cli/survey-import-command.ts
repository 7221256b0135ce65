import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { AppError } from '../core/errors/app-error.ts';
import { ServerClient, type ServerOptions, serverTarget, withServerOptions } from './server-client.ts';

interface SurveyImportOptions extends ServerOptions {
  workspace: string;
  survey: string;
  json?: boolean;
}

interface ImportIssue {
  sheet: string;
  row: number | null;
  column: string | null;
  message: string;
}

interface ImportSummary {
  importId: string | null;
  imported: number;
  skipped: number;
  warnings: ImportIssue[];
}

interface ErrorAnswer {
  error?: { code?: string; message?: string; details?: { errors?: ImportIssue[]; total?: number } };
}

/** Every error of a refused import on its own line of stderr, then exit 1. */
function printRefusal(error: NonNullable<ErrorAnswer['error']>): never {
  console.error(`error: ${error.message ?? 'the export has errors'}`);
  const errors = error.details?.errors ?? [];
  for (const issue of errors) console.error(issue.message);
  const total = error.details?.total ?? errors.length;
  if (total > errors.length) console.error(`… and ${total - errors.length} more errors`);
  process.exit(1);
}

function summaryText(summary: ImportSummary): string {
  const lines = [
    `imported ${summary.imported} response${summary.imported === 1 ? '' : 's'}, skipped ${summary.skipped} already there${summary.importId ? ` (import ${summary.importId})` : ''}`,
    ...summary.warnings.map((warning) => `warning: ${warning.message}`),
  ];
  return lines.join('\n');
}

/**
 * `custodes survey import --server URL --token TOKEN --workspace SLUG --survey ID FILE [FILE…]`: a
 * KoboToolbox or ODK export (one XLSX, or the main CSV and one CSV per repeat) into a survey, through
 * the running server, all or nothing.
 */
export function addSurveyImportCommand(survey: Command): void {
  withServerOptions(
    survey
      .command('import <files...>')
      .description(
        'import responses exported from KoboToolbox or ODK (XLSX with repeat sheets, or CSV files) into a survey, through the server; all or nothing, errors name sheet, row and column',
      )
      .requiredOption('--workspace <slug>', 'the workspace of the survey')
      .requiredOption('--survey <id>', 'the survey to import into')
      .option('--json', 'print {"importId","imported","skipped","warnings"} as JSON'),
  ).action(async (files: string[], options: SurveyImportOptions) => {
    for (const file of files) if (!existsSync(file)) throw new AppError('not_found', `${file}: no such file`);
    const target = serverTarget(options);
    if (!target)
      throw new AppError(
        'bad_request',
        'survey import goes through the server: give --server URL and --token TOKEN (or CUSTODES_SERVER and CUSTODES_TOKEN)',
      );
    const path = `/api/workspaces/${encodeURIComponent(options.workspace)}/surveys/${encodeURIComponent(options.survey)}/submissions/import`;
    const summary = await new ServerClient(target).postFiles<ImportSummary>(path, files, (error) => {
      if (error.code === 'invalid_import') printRefusal(error as NonNullable<ErrorAnswer['error']>);
    });
    const { importId, imported, skipped, warnings } = summary;
    console.log(
      options.json ? JSON.stringify({ importId, imported, skipped, warnings }) : summaryText(summary),
    );
  });
}
