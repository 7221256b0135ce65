import { and, asc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import { type ActorCategory, type CategoryGroup, categoriesIn } from '../../../core/sector-map/categories.ts';
import { actorKey } from '../../../core/sector-map/import-cells.ts';
import type { RelationType } from '../../../core/sector-map/relations.ts';
import type { Db } from '../../db/client.ts';
import { actorRelations, actors } from '../../db/schema/index.ts';
import type { ActorRow } from './presenters.ts';

/** An actor of the workspace; `lock` holds its row until the caller's transaction ends. */
export async function findActor(
  db: Db,
  workspaceId: string,
  actorId: string,
  lock = false,
): Promise<ActorRow | null> {
  const query = db
    .select()
    .from(actors)
    .where(and(eq(actors.workspaceId, workspaceId), eq(actors.id, actorId)));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

export interface ActorFilter {
  category?: ActorCategory;
  group?: CategoryGroup;
}

export function selectActors(db: Db, workspaceId: string, filter: ActorFilter = {}) {
  const conditions: SQL[] = [eq(actors.workspaceId, workspaceId)];
  if (filter.category) conditions.push(eq(actors.category, filter.category));
  if (filter.group) conditions.push(inArray(actors.category, categoriesIn(filter.group)));
  return db
    .select()
    .from(actors)
    .where(and(...conditions))
    .orderBy(asc(sql`lower(${actors.name})`));
}

export interface RelationFilter {
  type?: RelationType;
  /** Relations where either end is of this category. */
  category?: ActorCategory;
  /** Relations where either end is this actor. */
  actorId?: string;
}

export async function selectRelations(db: Db, workspaceId: string, filter: RelationFilter = {}) {
  const conditions: SQL[] = [eq(actorRelations.workspaceId, workspaceId)];
  if (filter.type) conditions.push(eq(actorRelations.type, filter.type));
  if (filter.actorId) {
    const either = or(
      eq(actorRelations.sourceActorId, filter.actorId),
      eq(actorRelations.targetActorId, filter.actorId),
    );
    if (either) conditions.push(either);
  }
  if (filter.category) {
    const ofCategory = db
      .select({ id: actors.id })
      .from(actors)
      .where(and(eq(actors.workspaceId, workspaceId), eq(actors.category, filter.category)));
    const either = or(
      inArray(actorRelations.sourceActorId, ofCategory),
      inArray(actorRelations.targetActorId, ofCategory),
    );
    if (either) conditions.push(either);
  }
  return db
    .select()
    .from(actorRelations)
    .where(and(...conditions))
    .orderBy(asc(actorRelations.createdAt), asc(actorRelations.id));
}

/** Every actor and relation of a workspace: what the graph and the gap analysis work on. */
export async function loadSectorMap(db: Db, workspaceId: string) {
  const [actorRows, relationRows] = await Promise.all([
    selectActors(db, workspaceId),
    selectRelations(db, workspaceId),
  ]);
  return { actors: actorRows, relations: relationRows, actorsById: new Map(actorRows.map((a) => [a.id, a])) };
}

/** Names and acronyms already used in the workspace, compared as `actorKey` does. */
export async function takenActorKeys(db: Db, workspaceId: string, exceptActorId?: string) {
  const rows = await db
    .select({ id: actors.id, name: actors.name, acronym: actors.acronym })
    .from(actors)
    .where(eq(actors.workspaceId, workspaceId));
  const keys = new Map<string, string>();
  for (const row of rows) {
    if (row.id === exceptActorId) continue;
    keys.set(actorKey(row.name), row.name);
    if (row.acronym) keys.set(actorKey(row.acronym), row.name);
  }
  return keys;
}
