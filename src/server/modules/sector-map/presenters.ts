import { type ActorCategory, groupOf } from '../../../core/sector-map/categories.ts';
import type {
  OversightKind,
  RelationShape,
  RelationStatus,
  RelationType,
} from '../../../core/sector-map/relations.ts';
import type { actorRelations, actors } from '../../db/schema/index.ts';

export type ActorRow = typeof actors.$inferSelect;
export type RelationRow = typeof actorRelations.$inferSelect;

/** The few fields that name an actor wherever another record points at it. */
export function presentActorRef(row: ActorRow) {
  const category = row.category as ActorCategory;
  return {
    id: row.id,
    name: row.name,
    nameTranslations: row.nameTranslations ?? {},
    acronym: row.acronym,
    category,
    group: groupOf(category),
  };
}
export type ActorRef = ReturnType<typeof presentActorRef>;

export function presentActor(row: ActorRow) {
  return {
    ...presentActorRef(row),
    statutory: row.statutory,
    level: row.level as 'national' | 'subnational',
    region: row.region,
    legalBasis: row.legalBasis,
    mandate: row.mandate,
    headcountTotal: row.headcountTotal,
    headcountWomen: row.headcountWomen,
    parentId: row.parentId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.rowVersion,
  };
}

export function relationFields(row: RelationRow) {
  return {
    type: row.type as RelationType,
    oversightKind: row.oversightKind as OversightKind | null,
    status: row.status as RelationStatus,
    evidence: row.evidence,
  };
}

/** A stored relation as core/sector-map sees it. */
export function relationShapeOf(row: RelationRow): RelationShape {
  return {
    sourceActorId: row.sourceActorId,
    targetActorId: row.targetActorId,
    type: row.type as RelationType,
    oversightKind: row.oversightKind as OversightKind | null,
  };
}

export function presentRelation(row: RelationRow, source: ActorRow, target: ActorRow) {
  return {
    id: row.id,
    sourceActorId: row.sourceActorId,
    targetActorId: row.targetActorId,
    source: presentActorRef(source),
    target: presentActorRef(target),
    ...relationFields(row),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.rowVersion,
  };
}

/** What the audit log records of an actor (everything but the bookkeeping columns). */
export function auditedActor(row: ActorRow): Record<string, unknown> {
  const { id: _id, workspaceId: _workspace, createdAt: _created, updatedAt: _updated, ...fields } = row;
  return fields;
}

export function auditedRelation(row: RelationRow): Record<string, unknown> {
  const { id: _id, workspaceId: _workspace, createdAt: _created, updatedAt: _updated, ...fields } = row;
  return fields;
}
