import { asc, count, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { memberships, workspaces } from '../../db/schema/index.ts';

export async function listWorkspacesOfUser(db: Db, userId: string) {
  return db
    .select({ workspace: workspaces, role: memberships.role })
    .from(memberships)
    .innerJoin(workspaces, eq(workspaces.id, memberships.organizationId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(workspaces.name));
}

export async function listAllWorkspaces(db: Db) {
  return db
    .select({ workspace: workspaces, members: count(memberships.id) })
    .from(workspaces)
    .leftJoin(memberships, eq(memberships.organizationId, workspaces.id))
    .groupBy(workspaces.id)
    .orderBy(asc(workspaces.slug));
}

export async function findWorkspaceBySlug(db: Db, slug: string) {
  const [row] = await db.select().from(workspaces).where(eq(workspaces.slug, slug));
  return row ?? null;
}

export async function countMembers(db: Db, workspaceId: string): Promise<number> {
  const [row] = await db
    .select({ value: count() })
    .from(memberships)
    .where(eq(memberships.organizationId, workspaceId));
  return row?.value ?? 0;
}
