import { randomUUID } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import { parseFramework } from '../../../core/assessment/framework-schema.ts';
import { AppError } from '../../../core/errors/app-error.ts';
import { BUILT_IN_FRAMEWORKS, findFramework } from '../../../core/frameworks/index.ts';
import { countItems } from '../../../core/frameworks/structure.ts';
import type { Framework } from '../../../core/frameworks/types.ts';
import type { Db } from '../../db/client.ts';
import { customFrameworks } from '../../db/schema/index.ts';
import { appendAudit } from '../audit/repo.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';

export function summariseFramework(framework: Framework, builtIn: boolean) {
  return {
    id: framework.id,
    version: framework.version,
    name: framework.name,
    description: framework.description,
    source: framework.source,
    items: countItems(framework),
    builtIn,
  };
}

/** Built-in frameworks, then the workspace's own (the newest version of each). */
export async function listFrameworks(db: Db, workspaceId: string) {
  const rows = await db
    .select()
    .from(customFrameworks)
    .where(eq(customFrameworks.workspaceId, workspaceId))
    .orderBy(desc(customFrameworks.createdAt));
  const newest = new Map<string, Framework>();
  for (const row of rows)
    if (!newest.has(row.frameworkId)) newest.set(row.frameworkId, row.definition as Framework);
  return [
    ...BUILT_IN_FRAMEWORKS.map((framework) => summariseFramework(framework, true)),
    ...[...newest.values()].map((framework) => summariseFramework(framework, false)),
  ];
}

/** A built-in framework, or the workspace's custom one (a given version, else the newest). */
export async function resolveFramework(db: Db, workspaceId: string, frameworkId: string, version?: string) {
  const builtIn = findFramework(frameworkId);
  if (builtIn && (!version || builtIn.version === version)) return builtIn;
  const conditions = [
    eq(customFrameworks.workspaceId, workspaceId),
    eq(customFrameworks.frameworkId, frameworkId),
  ];
  if (version) conditions.push(eq(customFrameworks.version, version));
  const [row] = await db
    .select()
    .from(customFrameworks)
    .where(and(...conditions))
    .orderBy(desc(customFrameworks.createdAt))
    .limit(1);
  if (!row) {
    throw new AppError(
      'not_found',
      `frameworkId: no framework "${frameworkId}"${version ? ` version ${version}` : ''}`,
    );
  }
  return row.definition as Framework;
}

/** Stores a custom framework version; ids of built-ins and existing versions are refused. */
export async function saveCustomFramework(options: { db: Db; actor: WorkspaceActor; definition: unknown }) {
  const { db, actor } = options;
  authorize(actor, 'assessment:manage');
  const framework = parseFramework(options.definition);
  if (findFramework(framework.id)) {
    throw new AppError('conflict', `id: "${framework.id}" is a built-in framework; choose another id`);
  }
  const [existing] = await db
    .select({ id: customFrameworks.id })
    .from(customFrameworks)
    .where(
      and(
        eq(customFrameworks.workspaceId, actor.workspace.id),
        eq(customFrameworks.frameworkId, framework.id),
        eq(customFrameworks.version, framework.version),
      ),
    );
  if (existing)
    throw new AppError(
      'conflict',
      `version: ${framework.id} ${framework.version} already exists; raise the version`,
    );
  await db.transaction(async (tx) => {
    const id = randomUUID();
    await tx.insert(customFrameworks).values({
      id,
      workspaceId: actor.workspace.id,
      frameworkId: framework.id,
      version: framework.version,
      definition: framework,
      createdBy: actor.user.id,
    });
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'framework.create',
      entityType: 'framework',
      entityId: id,
      after: { frameworkId: framework.id, version: framework.version, items: countItems(framework) },
    });
  });
  return framework;
}
