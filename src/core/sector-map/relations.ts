/** How security sector actors are connected: relation types, oversight kinds and relation statuses. */
export const RELATION_TYPES = [
  'command',
  'oversight',
  'funding',
  'coordination',
  'reporting',
  'legal_mandate',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** The kinds of civilian oversight; only `oversight` relations carry one. */
export const OVERSIGHT_KINDS = [
  'parliamentary',
  'judicial',
  'executive',
  'independent',
  'civil_society',
] as const;
export type OversightKind = (typeof OVERSIGHT_KINDS)[number];

/**
 * active: works in practice. weak: exists (in law or on paper) but is irregular or under-resourced.
 * planned: foreseen by a reform, not yet in place. suspended: existed and is currently not exercised.
 */
export const RELATION_STATUSES = ['active', 'weak', 'planned', 'suspended'] as const;
export type RelationStatus = (typeof RELATION_STATUSES)[number];

/** Statuses under which a relation exists today (planned and suspended ones do not). */
export const EXISTING_STATUSES: readonly RelationStatus[] = ['active', 'weak'];

export function isRelationType(value: string): value is RelationType {
  return (RELATION_TYPES as readonly string[]).includes(value);
}

export function isOversightKind(value: string): value is OversightKind {
  return (OVERSIGHT_KINDS as readonly string[]).includes(value);
}

export function isRelationStatus(value: string): value is RelationStatus {
  return (RELATION_STATUSES as readonly string[]).includes(value);
}

export interface RelationShape {
  sourceActorId: string;
  targetActorId: string;
  type: RelationType;
  oversightKind: OversightKind | null;
}

/**
 * Why a relation cannot exist as described, as `[field, message]`, or null when it can.
 * Shared by the API (create and patch) and the file import.
 */
export function relationShapeProblem(relation: RelationShape): [string, string] | null {
  if (relation.sourceActorId === relation.targetActorId) {
    return ['targetActorId', 'an actor cannot be related to itself'];
  }
  if (relation.type === 'oversight' && !relation.oversightKind) {
    return ['oversightKind', `is required for an oversight relation (${OVERSIGHT_KINDS.join(', ')})`];
  }
  if (relation.type !== 'oversight' && relation.oversightKind) {
    return ['oversightKind', 'applies only to oversight relations'];
  }
  return null;
}

/** Two relations are the same link when they join the same actors the same way. */
export function relationIdentity(relation: RelationShape): string {
  return [relation.sourceActorId, relation.targetActorId, relation.type, relation.oversightKind ?? ''].join(
    '\u0000',
  );
}
