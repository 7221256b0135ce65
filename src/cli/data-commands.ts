import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import type { Role } from '../core/access/roles.ts';
import { AppError } from '../core/errors/app-error.ts';
import { backupDatabase, restoreDatabase } from '../server/db/backup.ts';
import { databaseTargetFromEnv, openDatabase } from '../server/db/client.ts';
import { grantServerAdmin } from '../server/modules/users/server-role.ts';
import { addMemberDirectly, createUserAccount } from '../server/modules/users/service.ts';
import { findWorkspaceBySlug } from '../server/modules/workspaces/repo.ts';
import { progressPrinter, withRuntime } from './context.ts';
import { parseRoleOption, parseSlugOption } from './options.ts';
import { refuseServer, type ServerOptions, withServerOptions } from './server-client.ts';

/**
 * Commands with no HTTP equivalent: they always open the database directly (stop the server first
 * when it runs on PGlite). They accept --server only to say so.
 */
interface UserOptions extends ServerOptions {
  email: string;
  password: string;
  name: string;
  workspace?: string;
  role?: Role;
  serverAdmin?: boolean;
}

export function registerDataCommands(program: Command): void {
  withServerOptions(program.command('migrate').description('apply pending database migrations')).action(
    (options: ServerOptions) => {
      refuseServer('migrate', options);
      return withRuntime(async (runtime) =>
        console.log(`Database (${runtime.database.kind}) is up to date.`),
      );
    },
  );

  const usersCommand = program.command('users').description('manage accounts');
  withServerOptions(usersCommand.command('create'))
    .description('create an account (bootstraps the first admin when demo mode is off)')
    .requiredOption('--email <email>', 'sign-in email')
    .requiredOption('--password <password>', 'password (at least 10 characters)')
    .requiredOption('--name <name>', 'display name')
    .option('--workspace <slug>', 'add the user to this workspace', parseSlugOption)
    .option('--role <role>', 'role in that workspace (default owner)', parseRoleOption)
    .option('--server-admin', 'allow this account to create workspaces')
    .action((options: UserOptions) => {
      refuseServer('users create', options);
      return withRuntime(async ({ database, auth }) => {
        const db = database.db;
        if (options.role && !options.workspace) throw new AppError('bad_request', '--role needs --workspace');
        if (options.workspace && !(await findWorkspaceBySlug(db, options.workspace))) {
          throw new AppError('not_found', `workspace: no workspace "${options.workspace}"`);
        }
        const user = await createUserAccount({ db, auth, user: options, serverAdmin: options.serverAdmin });
        console.log(
          `Created user ${user.email} (${user.id})${options.serverAdmin ? ', server administrator' : ''}.`,
        );
        if (options.workspace) {
          const role = options.role ?? 'owner';
          await addMemberDirectly({ db, userId: user.id, slug: options.workspace, role });
          console.log(`Added to workspace "${options.workspace}" as ${role}.`);
        }
      });
    });

  withServerOptions(usersCommand.command('grant-admin'))
    .description('let an existing account create workspaces (server administrator)')
    .requiredOption('--email <email>', 'sign-in email of the account')
    .action((options: ServerOptions & { email: string }) => {
      refuseServer('users grant-admin', options);
      return withRuntime(async ({ database }) => {
        const { changed } = await grantServerAdmin({ db: database.db, email: options.email });
        console.log(
          changed
            ? `${options.email} is now a server administrator.`
            : `${options.email} was already a server administrator.`,
        );
      });
    });

  withServerOptions(program.command('backup'))
    .description('write the whole database to a portable SQL file, readable by its owner only (mode 0600)')
    .requiredOption('--out <file>', 'file to write')
    .option('--without-sessions', 'leave out sign-in sessions and verification tokens')
    .action((options: ServerOptions & { out: string; withoutSessions?: boolean }) => {
      refuseServer('backup', options);
      return withRuntime(async ({ database }) => {
        const { rows } = await backupDatabase(database, options.out, progressPrinter('backup'), {
          withoutSessions: options.withoutSessions ?? false,
        });
        console.log(`Wrote ${rows} rows from ${database.kind} to ${options.out}.`);
      });
    });

  withServerOptions(program.command('restore <file>'))
    .description('load a backup into an empty database (all or nothing)')
    .action(async (file: string, options: ServerOptions) => {
      refuseServer('restore', options);
      if (!existsSync(file)) throw new AppError('not_found', `${file}: no such file`);
      const database = await openDatabase(databaseTargetFromEnv());
      try {
        const { rows } = await restoreDatabase(database, file, progressPrinter('restore'));
        console.log(`Restored ${rows} rows into ${database.kind}.`);
      } finally {
        await database.close();
      }
    });
}
