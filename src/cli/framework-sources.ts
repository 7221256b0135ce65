import { AppError } from '../core/errors/app-error.ts';
import { BUILT_IN_FRAMEWORKS, findFramework } from '../core/frameworks/index.ts';
import { countItems } from '../core/frameworks/structure.ts';
import type { Framework } from '../core/frameworks/types.ts';
import type { Db } from '../server/db/client.ts';
import { listFrameworks, resolveFramework } from '../server/modules/frameworks/catalogue.ts';
import { findWorkspaceBySlug } from '../server/modules/workspaces/repo.ts';
import { withRuntime } from './context.ts';
import { type ServerClient, type ServerOptions, serverClient } from './server-client.ts';

export interface FrameworkLine {
  id: string;
  name: string;
  version: string;
  items: number;
}

/** Where frameworks come from: the built-ins alone, or a workspace's catalogue (database or server). */
export interface FrameworkSourceOptions extends ServerOptions {
  workspace?: string;
}

interface Summary {
  id: string;
  version: string;
  name: { en: string };
  items: number;
}

const line = (f: Summary): FrameworkLine => ({
  id: f.id,
  name: f.name.en,
  version: f.version,
  items: f.items,
});

/** null: the built-ins alone, which need neither the database nor the server. */
function workspaceSource(
  options: FrameworkSourceOptions,
): { slug: string; client: ServerClient | null } | null {
  const client = serverClient(options);
  if (!options.workspace) {
    if (client)
      throw new AppError(
        'bad_request',
        '--server needs --workspace SLUG here: the built-in frameworks need no server, a workspace’s own ones do',
      );
    return null;
  }
  return { slug: options.workspace, client };
}

function inWorkspace<T>(slug: string, work: (db: Db, workspaceId: string) => Promise<T>): Promise<T> {
  return withRuntime(async ({ database }) => {
    const workspace = await findWorkspaceBySlug(database.db, slug);
    if (!workspace) throw new AppError('not_found', `workspace: no workspace "${slug}"`);
    return work(database.db, workspace.id);
  });
}

export async function frameworkLines(options: FrameworkSourceOptions): Promise<FrameworkLine[]> {
  const source = workspaceSource(options);
  if (!source) return BUILT_IN_FRAMEWORKS.map((f) => line({ ...f, items: countItems(f) }));
  const { slug, client } = source;
  if (client) {
    const path = `/api/workspaces/${encodeURIComponent(slug)}/frameworks`;
    return (await client.get<{ frameworks: Summary[] }>(path)).frameworks.map(line);
  }
  return inWorkspace(slug, async (db, workspaceId) => (await listFrameworks(db, workspaceId)).map(line));
}

export async function frameworkDefinition(id: string, options: FrameworkSourceOptions): Promise<Framework> {
  const source = workspaceSource(options);
  if (!source) {
    const framework = findFramework(id);
    if (!framework) throw new AppError('not_found', `no framework "${id}" (see custodes frameworks list)`);
    return framework;
  }
  const { slug, client } = source;
  if (client) {
    const path = `/api/workspaces/${encodeURIComponent(slug)}/frameworks/${encodeURIComponent(id)}`;
    return (await client.get<{ framework: Framework }>(path)).framework;
  }
  return inWorkspace(slug, (db, workspaceId) => resolveFramework(db, workspaceId, id));
}
