import type { Command } from 'commander';
import { eq } from 'drizzle-orm';
import type { Language } from '../core/access/workspace-input.ts';
import { AppError } from '../core/errors/app-error.ts';
import { users } from '../server/db/schema/index.ts';
import { listAllWorkspaces } from '../server/modules/workspaces/repo.ts';
import { createWorkspace, type WorkspaceInput } from '../server/modules/workspaces/service.ts';
import { withRuntime } from './context.ts';
import { parseLanguageOption, parseSlugOption } from './options.ts';
import { type ServerClient, type ServerOptions, serverClient, withServerOptions } from './server-client.ts';

interface WorkspaceLine {
  slug: string;
  name: string;
  country: string | null;
  members: number;
  createdAt: string;
}

interface ApiWorkspace {
  slug: string;
  name: string;
  country: string | null;
  createdAt: string;
}

async function workspacesInDatabase(): Promise<WorkspaceLine[]> {
  return withRuntime(async ({ database }) =>
    (await listAllWorkspaces(database.db)).map(({ workspace, members }) => ({
      slug: workspace.slug,
      name: workspace.name,
      country: workspace.country,
      members,
      createdAt: workspace.createdAt.toISOString(),
    })),
  );
}

/** Over HTTP the list is the token user's own workspaces; the member count comes from each one. */
async function workspacesOnServer(client: ServerClient): Promise<WorkspaceLine[]> {
  const { workspaces } = await client.get<{ workspaces: ApiWorkspace[] }>('/api/workspaces');
  const lines: WorkspaceLine[] = [];
  for (const w of [...workspaces].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))) {
    const detail = await client.get<{ workspace: { memberCount: number } }>(
      `/api/workspaces/${encodeURIComponent(w.slug)}`,
    );
    const { slug, name, country, createdAt } = w;
    lines.push({ slug, name, country, members: detail.workspace.memberCount, createdAt });
  }
  return lines;
}

function printWorkspaces(list: WorkspaceLine[], json: boolean) {
  if (json) return console.log(JSON.stringify(list, null, 2));
  if (list.length === 0) return console.log('No workspaces.');
  for (const w of list)
    console.log(`${w.slug.padEnd(24)} ${String(w.members).padStart(4)} members  ${w.name}`);
}

interface CreateOptions extends ServerOptions {
  name: string;
  slug: string;
  owner?: string;
  country?: string;
  language?: Language;
}

async function createInDatabase(options: CreateOptions, input: WorkspaceInput) {
  if (!options.owner) throw new AppError('bad_request', 'owner: --owner EMAIL is required');
  const ownerEmail = options.owner;
  return withRuntime(async ({ database }) => {
    const db = database.db;
    const [owner] = await db.select().from(users).where(eq(users.email, ownerEmail.toLowerCase()));
    if (!owner) throw new AppError('not_found', `owner: no user with email ${ownerEmail}`);
    const workspace = await createWorkspace({ db, ownerId: owner.id, actorId: null, input });
    return { slug: workspace.slug, ownerEmail: owner.email };
  });
}

/** The server makes the token's user the owner, so --owner may only name that user. */
async function createOnServer(client: ServerClient, options: CreateOptions, input: WorkspaceInput) {
  const { user } = await client.get<{ user: { email: string } }>('/api/me');
  if (options.owner && options.owner.toLowerCase() !== user.email.toLowerCase()) {
    throw new AppError(
      'bad_request',
      `owner: through the server the token's user (${user.email}) owns the new workspace; leave out --owner or give that email`,
    );
  }
  const { workspace } = await client.post<{ workspace: { slug: string } }>('/api/workspaces', input);
  return { slug: workspace.slug, ownerEmail: user.email };
}

export function registerWorkspaceCommands(program: Command): void {
  const workspaces = program.command('workspaces').description('manage workspaces (national programmes)');

  withServerOptions(
    workspaces
      .command('list')
      .description('list all workspaces (through --server: the workspaces the token’s user belongs to)')
      .option('--json', 'print JSON'),
  ).action(async (options: ServerOptions & { json?: boolean }) => {
    const client = serverClient(options);
    const list = client ? await workspacesOnServer(client) : await workspacesInDatabase();
    printWorkspaces(list, Boolean(options.json));
  });

  withServerOptions(
    workspaces
      .command('create')
      .description('create a workspace owned by an existing user')
      .requiredOption('--name <name>', 'programme name')
      .requiredOption('--slug <slug>', 'short identifier used in URLs', parseSlugOption)
      .option('--owner <email>', 'email of the owning user (through --server: the token’s user)')
      .option('--country <country>', 'country')
      .option('--language <code>', 'default language (en, fr, ar, es, pt)', parseLanguageOption),
  ).action(async (options: CreateOptions) => {
    const input: WorkspaceInput = {
      name: options.name,
      slug: options.slug,
      country: options.country,
      defaultLanguage: options.language,
    };
    const client = serverClient(options);
    const created = client
      ? await createOnServer(client, options, input)
      : await createInDatabase(options, input);
    console.log(`Created workspace "${created.slug}" owned by ${created.ownerEmail}.`);
  });
}
