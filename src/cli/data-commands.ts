import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { eq } from 'drizzle-orm';
import type { Role } from '../core/access/roles.ts';
import type { Language } from '../core/access/workspace-input.ts';
import { AppError } from '../core/errors/app-error.ts';
import { backupDatabase, restoreDatabase } from '../server/db/backup.ts';
import { databaseTargetFromEnv, openDatabase } from '../server/db/client.ts';
import { users } from '../server/db/schema/index.ts';
import { verifyAllAuditChains, verifyAuditChain } from '../server/modules/audit/service.ts';
import { addMemberDirectly, createUserAccount } from '../server/modules/users/service.ts';
import { findWorkspaceBySlug, listAllWorkspaces } from '../server/modules/workspaces/repo.ts';
import { createWorkspace } from '../server/modules/workspaces/service.ts';
import { progressPrinter, withRuntime } from './context.ts';
import { parseLanguageOption, parseRoleOption, parseSlugOption } from './options.ts';

/** Commands that open the database directly (stop the server first when it runs on PGlite). */
export function registerDataCommands(program: Command): void {
  program
    .command('migrate')
    .description('apply pending database migrations')
    .action(() =>
      withRuntime(async (runtime) => console.log(`Database (${runtime.database.kind}) is up to date.`)),
    );

  const usersCommand = program.command('users').description('manage accounts');
  usersCommand
    .command('create')
    .description('create an account (bootstraps the first admin when demo mode is off)')
    .requiredOption('--email <email>', 'sign-in email')
    .requiredOption('--password <password>', 'password (at least 10 characters)')
    .requiredOption('--name <name>', 'display name')
    .option('--workspace <slug>', 'add the user to this workspace', parseSlugOption)
    .option('--role <role>', 'role in that workspace (default owner)', parseRoleOption)
    .action((options: { email: string; password: string; name: string; workspace?: string; role?: Role }) =>
      withRuntime(async ({ database, auth }) => {
        const db = database.db;
        if (options.role && !options.workspace) throw new AppError('bad_request', '--role needs --workspace');
        if (options.workspace && !(await findWorkspaceBySlug(db, options.workspace))) {
          throw new AppError('not_found', `workspace: no workspace "${options.workspace}"`);
        }
        const user = await createUserAccount({ db, auth, user: options });
        console.log(`Created user ${user.email} (${user.id}).`);
        if (options.workspace) {
          const role = options.role ?? 'owner';
          await addMemberDirectly({ db, userId: user.id, slug: options.workspace, role });
          console.log(`Added to workspace "${options.workspace}" as ${role}.`);
        }
      }),
    );

  const workspacesCommand = program
    .command('workspaces')
    .description('manage workspaces (national programmes)');
  workspacesCommand
    .command('list')
    .description('list all workspaces')
    .option('--json', 'print JSON')
    .action((options: { json?: boolean }) =>
      withRuntime(async ({ database }) => {
        const rows = await listAllWorkspaces(database.db);
        const list = rows.map(({ workspace, members }) => ({
          slug: workspace.slug,
          name: workspace.name,
          country: workspace.country,
          members,
          createdAt: workspace.createdAt.toISOString(),
        }));
        if (options.json) return console.log(JSON.stringify(list, null, 2));
        if (list.length === 0) return console.log('No workspaces.');
        for (const w of list)
          console.log(`${w.slug.padEnd(24)} ${String(w.members).padStart(4)} members  ${w.name}`);
      }),
    );
  workspacesCommand
    .command('create')
    .description('create a workspace owned by an existing user')
    .requiredOption('--name <name>', 'programme name')
    .requiredOption('--slug <slug>', 'short identifier used in URLs', parseSlugOption)
    .requiredOption('--owner <email>', 'email of the owning user')
    .option('--country <country>', 'country')
    .option('--language <code>', 'default language (en, fr, ar, es, pt)', parseLanguageOption)
    .action((options: { name: string; slug: string; owner: string; country?: string; language?: Language }) =>
      withRuntime(async ({ database }) => {
        const db = database.db;
        const [owner] = await db.select().from(users).where(eq(users.email, options.owner.toLowerCase()));
        if (!owner) throw new AppError('not_found', `owner: no user with email ${options.owner}`);
        const input = {
          name: options.name,
          slug: options.slug,
          country: options.country,
          defaultLanguage: options.language,
        };
        const workspace = await createWorkspace({ db, ownerId: owner.id, actorId: null, input });
        console.log(`Created workspace "${workspace.slug}" owned by ${owner.email}.`);
      }),
    );

  program
    .command('backup')
    .description('write the whole database to a portable SQL file (restores into PGlite or PostgreSQL)')
    .requiredOption('--out <file>', 'file to write')
    .action((options: { out: string }) =>
      withRuntime(async ({ database }) => {
        const { rows } = await backupDatabase(database, options.out, progressPrinter('backup'));
        console.log(`Wrote ${rows} rows from ${database.kind} to ${options.out}.`);
      }),
    );

  program
    .command('restore <file>')
    .description('load a backup into an empty database (all or nothing)')
    .action(async (file: string) => {
      if (!existsSync(file)) throw new AppError('not_found', `${file}: no such file`);
      const database = await openDatabase(databaseTargetFromEnv());
      try {
        const { rows } = await restoreDatabase(database, file, progressPrinter('restore'));
        console.log(`Restored ${rows} rows into ${database.kind}.`);
      } finally {
        await database.close();
      }
    });

  const audit = program.command('audit').description('the tamper-evident audit trail');
  audit
    .command('verify')
    .description('recompute the hash chains and name the first broken entry')
    .option('--workspace <slug>', 'only this workspace')
    .action((options: { workspace?: string }) =>
      withRuntime(async ({ database }) => {
        const db = database.db;
        let results: Array<{
          chain: string;
          ok: boolean;
          checked: number;
          firstBroken: { seq: number; id: string; reason: string } | null;
        }>;
        if (options.workspace) {
          const workspace = await findWorkspaceBySlug(db, options.workspace);
          if (!workspace) throw new AppError('not_found', `workspace: no workspace "${options.workspace}"`);
          results = [{ chain: workspace.slug, ...(await verifyAuditChain(db, workspace.id)) }];
        } else {
          const slugs = new Map(
            (await listAllWorkspaces(db)).map(({ workspace }) => [workspace.id, workspace.slug]),
          );
          results = (await verifyAllAuditChains(db)).map((r) => ({
            ...r,
            chain: slugs.get(r.chain) ?? r.chain,
          }));
        }
        for (const result of results) {
          if (result.ok) console.log(`${result.chain}: intact, ${result.checked} entries checked`);
          else
            console.log(
              `${result.chain}: BROKEN at entry #${result.firstBroken?.seq}${result.firstBroken?.id ? ` (id ${result.firstBroken.id})` : ''}: ${result.firstBroken?.reason} (${result.checked} entries intact before it)`,
            );
        }
        if (results.some((r) => !r.ok)) process.exitCode = 1;
      }),
    );
}
