import { createReadStream, openAsBlob } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../core/errors/app-error.ts';
import { parseSlugOption } from './options.ts';
import { type ServerOptions, serverTarget, withServerOptions } from './server-client.ts';

interface ImportOptions extends ServerOptions {
  workspace: string;
  plan?: string;
  as?: string;
}

/** What the command prints, one line of JSON. */
export interface IatiImportLine {
  importId: string;
  activities: number;
  transactions: number;
  matched: number;
  warnings: number;
}

interface ImportAnswer {
  importId: string;
  activities: number;
  transactions: number;
  matched: number;
  warningCount: number;
}

const lineOf = (answer: ImportAnswer): IatiImportLine => ({
  importId: answer.importId,
  activities: answer.activities,
  transactions: answer.transactions,
  matched: answer.matched,
  warnings: answer.warningCount,
});

/**
 * `custodes iati import FILE --workspace SLUG [--plan ID]`: through a running server with --server and
 * --token (or CUSTODES_SERVER and CUSTODES_TOKEN), else straight into the database with the server
 * stopped, acting as the workspace's owner (or --as EMAIL, a member allowed to import funding).
 */
export function registerIatiImport(iati: Command): void {
  withServerOptions(
    iati
      .command('import <file>')
      .description(
        'import an IATI activity file into a workspace: funders, activities matched to the plan, funding flows',
      )
      .requiredOption('--workspace <slug>', 'the workspace (programme) to import into', parseSlugOption)
      .option(
        '--plan <id>',
        'plan whose reform activities the imported activities are matched to (default: the approved plan)',
      )
      .option(
        '--as <email>',
        'with the server stopped: the member who imports (default: the workspace owner)',
      ),
  ).action(async (file: string, options: ImportOptions) => {
    try {
      if (!(await stat(file)).isFile()) throw new AppError('bad_request', 'not a file');
      const target = serverTarget(options);
      if (target && options.as)
        throw new AppError(
          'bad_request',
          '--as: through the server the token’s user imports; leave out --as',
        );
      const answer = target
        ? await importOnServer(target, file, options)
        : await importInDatabase(file, options);
      console.log(JSON.stringify(lineOf(answer)));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (error instanceof AppError || code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') {
        console.error(`error: ${file}: ${(error as Error).message}`);
        process.exit(1);
      }
      throw error;
    }
  });
}

async function importOnServer(target: { url: string; token: string }, file: string, options: ImportOptions) {
  const form = new FormData();
  form.set('file', await openAsBlob(file, { type: 'application/xml' }), basename(file));
  if (options.plan) form.set('planId', options.plan);
  const url = `${target.url}/api/workspaces/${options.workspace}/iati/imports`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${target.token}` },
      body: form,
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    throw new AppError(
      'bad_request',
      `cannot reach the server at ${target.url} (${cause?.code ?? (error as Error).message})`,
    );
  }
  const body = (await response.json().catch(() => undefined)) as
    | (ImportAnswer & { error?: { message?: string } })
    | undefined;
  if (response.status === 201 && body) return body;
  throw new AppError(
    'bad_request',
    body?.error?.message ?? `${target.url} did not answer as a Custodes server (HTTP ${response.status})`,
  );
}

async function importInDatabase(file: string, options: ImportOptions) {
  // Server code is loaded only here, so `iati summarize` stays light.
  const [{ withRuntime }, { importIatiActivities }, { iatiStreamSource }, { cliActor }] = await Promise.all([
    import('./context.ts'),
    import('../server/modules/finance/iati-import-service.ts'),
    import('../server/modules/finance/iati-file-source.ts'),
    import('./workspace-actor.ts'),
  ]);
  return withRuntime(async ({ database }) => {
    const db = database.db;
    const actor = await cliActor(db, options.workspace, options.as);
    return importIatiActivities({
      db,
      actor,
      fileName: basename(file),
      read: iatiStreamSource(createReadStream(file, { highWaterMark: 1 << 20 })),
      planId: options.plan ?? null,
    });
  });
}
