import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../core/errors/app-error.ts';
import { ServerClient, type ServerOptions, serverTarget, withServerOptions } from './server-client.ts';

interface ImportOptions extends ServerOptions {
  workspace: string;
  as?: string;
}

interface LineError {
  line: number;
  field: string;
  message: string;
}

/** An import refused line by line: each error on its own line of stderr, then exit 1. */
class RefusedImport extends Error {
  constructor(
    message: string,
    readonly errors: LineError[],
    readonly total: number,
  ) {
    super(message);
  }
}

function printRefusal(error: RefusedImport): never {
  console.error(`error: ${error.message}`);
  for (const e of error.errors) console.error(`line ${e.line}, ${e.field}: ${e.message}`);
  if (error.total > error.errors.length)
    console.error(`… and ${error.total - error.errors.length} more errors`);
  process.exit(1);
}

/** Through a running server: the file goes up as the multipart field `file` of the import route. */
function importThroughServer(file: string, slug: string, target: { url: string; token: string }) {
  const path = `/api/workspaces/${encodeURIComponent(slug)}/monitoring/data-values/import`;
  return new ServerClient(target).postFiles<Record<string, unknown>>(path, [file], (serverError) => {
    const error = serverError as {
      code?: string;
      message?: string;
      details?: { errors?: LineError[]; total?: number };
    };
    if (error.code === 'invalid_import' && error.details?.errors)
      throw new RefusedImport(
        error.message ?? 'the file has errors',
        error.details.errors,
        error.details.total ?? 0,
      );
  });
}

/** With the server stopped: opens the database, imports as the member named by --as (else the owner). */
async function importDirectly(file: string, options: ImportOptions) {
  const [{ withRuntime }, { cliActor }, { importDataValues, InvalidImportError }, { detectImportFormat }] =
    await Promise.all([
      import('./context.ts'),
      import('./workspace-actor.ts'),
      import('../server/modules/monitoring/data-values-import.ts'),
      import('../server/modules/monitoring/data-values-sources.ts'),
    ]);
  const { waitForAnalytics } = await import('../server/modules/monitoring/analytics-refresh.ts');
  return withRuntime(async ({ database }) => {
    const actor = await cliActor(database.db, options.workspace, options.as);
    const head = readFileSync(file).subarray(0, 64);
    const format = detectImportFormat(file, head);
    const name = basename(file);
    try {
      const summary = await importDataValues({
        db: database.db,
        actor,
        format,
        file:
          format === 'csv' ? { name, stream: createReadStream(file) } : { name, bytes: readFileSync(file) },
      });
      await waitForAnalytics(actor.workspace.id);
      return summary;
    } catch (error) {
      if (error instanceof InvalidImportError)
        throw new RefusedImport(error.message, error.errors, error.total);
      throw error;
    }
  });
}

/** `custodes data-values import FILE --workspace SLUG`: CSV, XLSX or dataValueSets JSON, all or nothing. */
export function registerDataValuesCommands(program: Command): void {
  const dataValues = program.command('data-values').description('monitoring data values: import');
  withServerOptions(
    dataValues
      .command('import <file>')
      .description(
        'import data values from CSV, XLSX or DHIS2 dataValueSets JSON (all or nothing; errors name their line)',
      )
      .requiredOption('--workspace <slug>', 'the workspace to import into')
      .option('--as <email>', 'with the database opened directly: the member to act as (default: the owner)'),
  ).action(async (file: string, options: ImportOptions) => {
    if (!existsSync(file)) throw new AppError('not_found', `${file}: no such file`);
    const target = serverTarget(options);
    try {
      const summary = target
        ? await importThroughServer(file, options.workspace, target)
        : await importDirectly(file, options);
      console.log(JSON.stringify(summary));
    } catch (error) {
      if (error instanceof RefusedImport) printRefusal(error);
      throw error;
    }
  });
}
