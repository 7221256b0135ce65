import type { ActorCategory } from '../../../core/sector-map/categories.ts';
import {
  assessOversight,
  normaliseRequiredOversightKinds,
  type OversightCoverage,
} from '../../../core/sector-map/oversight-gaps.ts';
import type { OversightKind } from '../../../core/sector-map/relations.ts';
import type { Db } from '../../db/client.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';
import { requireActor } from './actors-service.ts';
import {
  type ActorRow,
  presentActor,
  presentActorRef,
  type RelationRow,
  relationFields,
  relationShapeOf,
} from './presenters.ts';
import { loadSectorMap } from './repo.ts';

type SectorMap = Awaited<ReturnType<typeof loadSectorMap>>;

/** The workspace's oversight rule: the kinds whose absence over an armed actor is a gap. */
export function requiredOversightKindsOf(actor: WorkspaceActor): OversightKind[] {
  return normaliseRequiredOversightKinds(actor.workspace.requiredOversightKinds);
}

/** Each armed actor's oversight coverage under the workspace's rule. */
export function coverageOf(map: SectorMap, requiredKinds: readonly OversightKind[]) {
  return assessOversight(
    map.actors.map((row) => ({
      id: row.id,
      category: row.category as ActorCategory,
      parentId: row.parentId,
    })),
    map.relations.map((row) => ({ ...relationShapeOf(row), status: relationFields(row).status })),
    requiredKinds,
  );
}

function presentCoverage(coverage: OversightCoverage, map: SectorMap) {
  const ref = (id: string) => presentActorRef(map.actorsById.get(id) as ActorRow);
  return {
    actor: ref(coverage.actorId),
    missing: coverage.missing,
    weak: coverage.weak,
    overseers: coverage.overseers.map((overseer) => ({
      kind: overseer.kind,
      status: overseer.status,
      overseer: ref(overseer.overseerId),
      via: ref(overseer.viaActorId),
    })),
  };
}

/** Armed actors with their oversight, the ones missing most first, then by name. */
export async function getOversightGaps(options: { db: Db; actor: WorkspaceActor }) {
  authorize(options.actor, 'workspace:read');
  const map = await loadSectorMap(options.db, options.actor.workspace.id);
  const requiredKinds = requiredOversightKindsOf(options.actor);
  const coverage = coverageOf(map, requiredKinds)
    .map((entry) => presentCoverage(entry, map))
    .sort((a, b) => b.missing.length - a.missing.length || a.actor.name.localeCompare(b.actor.name));
  return {
    requiredKinds,
    assessedCount: coverage.length,
    gapCount: coverage.filter((entry) => entry.missing.length > 0).length,
    coverage,
  };
}

export async function getSectorGraph(options: { db: Db; actor: WorkspaceActor }) {
  authorize(options.actor, 'workspace:read');
  const map = await loadSectorMap(options.db, options.actor.workspace.id);
  const missing = new Map(
    coverageOf(map, requiredOversightKindsOf(options.actor)).map((entry) => [entry.actorId, entry.missing]),
  );
  return {
    nodes: map.actors.map((row) => ({
      ...presentActorRef(row),
      statutory: row.statutory,
      parentId: row.parentId,
      missingOversight: missing.get(row.id) ?? [],
    })),
    edges: map.relations.map((row) => ({
      id: row.id,
      source: row.sourceActorId,
      target: row.targetActorId,
      ...relationFields(row),
    })),
  };
}

/** One actor with its place in the sector: parent, sub-units, relations both ways, oversight. */
export async function getActorProfile(options: { db: Db; actor: WorkspaceActor; actorId: string }) {
  const { db, actor } = options;
  authorize(actor, 'workspace:read');
  const row = await requireActor(db, actor, options.actorId);
  const map = await loadSectorMap(db, actor.workspace.id);
  const ref = (id: string) => presentActorRef(map.actorsById.get(id) as ActorRow);
  const withOther = (relation: RelationRow, otherId: string) => ({
    id: relation.id,
    ...relationFields(relation),
    other: ref(otherId),
  });
  const coverage = coverageOf(map, requiredOversightKindsOf(actor)).find((entry) => entry.actorId === row.id);
  return {
    actor: presentActor(row),
    parent: row.parentId ? ref(row.parentId) : null,
    children: map.actors.filter((other) => other.parentId === row.id).map(presentActorRef),
    outgoing: map.relations
      .filter((relation) => relation.sourceActorId === row.id)
      .map((relation) => withOther(relation, relation.targetActorId)),
    incoming: map.relations
      .filter((relation) => relation.targetActorId === row.id)
      .map((relation) => withOther(relation, relation.sourceActorId)),
    oversight: coverage ? presentCoverage(coverage, map) : null,
  };
}
