import { type ActorCategory, isArmed } from './categories.ts';
import {
  EXISTING_STATUSES,
  OVERSIGHT_KINDS,
  type OversightKind,
  type RelationStatus,
  type RelationType,
} from './relations.ts';

/**
 * The rule a new workspace starts with: the democratic oversight every armed actor should be
 * under is the legislature's, the courts' and independent bodies' (audit institution, ombuds,
 * human rights commission). Executive control and civil society scrutiny are reported when present;
 * a workspace may add them to its rule (see `requiredOversightKindsProblem`).
 */
export const DEFAULT_REQUIRED_OVERSIGHT_KINDS: readonly OversightKind[] = [
  'parliamentary',
  'judicial',
  'independent',
];

/** Why a list cannot be a workspace's oversight rule, or null when it can. */
export function requiredOversightKindsProblem(kinds: readonly string[]): string | null {
  if (kinds.length === 0) return 'must name at least one oversight kind';
  const unknown = kinds.find((kind) => !(OVERSIGHT_KINDS as readonly string[]).includes(kind));
  if (unknown !== undefined) return `"${unknown}" is not an oversight kind (${OVERSIGHT_KINDS.join(', ')})`;
  const repeated = kinds.find((kind, index) => kinds.indexOf(kind) !== index);
  if (repeated !== undefined) return `"${repeated}" is listed twice`;
  return null;
}

/**
 * The known kinds of a stored rule, in the canonical order of OVERSIGHT_KINDS; unknown entries are
 * dropped. An empty result falls back to the default rule, so a gap analysis always has a rule.
 */
export function normaliseRequiredOversightKinds(kinds: readonly string[]): OversightKind[] {
  const known = OVERSIGHT_KINDS.filter((kind) => kinds.includes(kind));
  return known.length > 0 ? known : [...DEFAULT_REQUIRED_OVERSIGHT_KINDS];
}

export interface GapActor {
  id: string;
  category: ActorCategory;
  parentId: string | null;
}

export interface GapRelation {
  sourceActorId: string;
  targetActorId: string;
  type: RelationType;
  oversightKind: OversightKind | null;
  status: RelationStatus;
}

export interface Overseer {
  kind: OversightKind;
  overseerId: string;
  status: RelationStatus;
  /** The actor the relation points at: the assessed actor itself or one of its parents. */
  viaActorId: string;
}

export interface OversightCoverage {
  actorId: string;
  /** Required kinds that nobody exercises over the actor, in the canonical order of kinds. */
  missing: OversightKind[];
  /** Required kinds exercised only through weak relations. */
  weak: OversightKind[];
  overseers: Overseer[];
}

/** The actor followed by its parent, grandparent…; stops on a cycle rather than looping. */
function selfAndAncestors(actorId: string, parentOf: Map<string, string | null>): string[] {
  const chain: string[] = [];
  let current: string | null | undefined = actorId;
  while (current && !chain.includes(current)) {
    chain.push(current);
    current = parentOf.get(current);
  }
  return chain;
}

/**
 * Oversight coverage of every armed actor (the force-bearing group, militias, private security).
 *
 * Rule: an oversight relation counts for an actor when it is active or weak, points directly at
 * the actor or at one of its parents (oversight of the armed forces covers the army), and comes
 * from a civilian actor (an armed actor inspecting another is internal control, not oversight).
 * Oversight of the ministry that commands a force does not count: command is not accountability.
 * `requiredKinds` is the workspace's rule: the kinds whose absence is a gap.
 */
export function assessOversight(
  actors: readonly GapActor[],
  relations: readonly GapRelation[],
  requiredKinds: readonly OversightKind[],
): OversightCoverage[] {
  const required = OVERSIGHT_KINDS.filter((kind) => requiredKinds.includes(kind));
  const byId = new Map(actors.map((actor) => [actor.id, actor]));
  const parentOf = new Map(actors.map((actor) => [actor.id, actor.parentId]));
  const oversightOf = new Map<string, GapRelation[]>();
  for (const relation of relations) {
    if (relation.type !== 'oversight' || !relation.oversightKind) continue;
    if (!EXISTING_STATUSES.includes(relation.status)) continue;
    const overseer = byId.get(relation.sourceActorId);
    if (!overseer || isArmed(overseer.category)) continue;
    const list = oversightOf.get(relation.targetActorId) ?? [];
    list.push(relation);
    oversightOf.set(relation.targetActorId, list);
  }

  return actors
    .filter((actor) => isArmed(actor.category))
    .map((actor) => {
      const overseers: Overseer[] = selfAndAncestors(actor.id, parentOf).flatMap((viaActorId) =>
        (oversightOf.get(viaActorId) ?? [])
          .filter((relation) => relation.sourceActorId !== actor.id)
          .map((relation) => ({
            kind: relation.oversightKind as OversightKind,
            overseerId: relation.sourceActorId,
            status: relation.status,
            viaActorId,
          })),
      );
      const statusesOf = (kind: OversightKind) =>
        overseers.filter((overseer) => overseer.kind === kind).map((overseer) => overseer.status);
      return {
        actorId: actor.id,
        missing: required.filter((kind) => statusesOf(kind).length === 0),
        weak: required.filter((kind) => {
          const statuses = statusesOf(kind);
          return statuses.length > 0 && !statuses.includes('active');
        }),
        overseers,
      };
    });
}

/** The armed actors that lack at least one required kind of oversight, the most exposed first. */
export function findOversightGaps(
  actors: readonly GapActor[],
  relations: readonly GapRelation[],
  requiredKinds: readonly OversightKind[],
): OversightCoverage[] {
  return assessOversight(actors, relations, requiredKinds)
    .filter((coverage) => coverage.missing.length > 0)
    .sort((a, b) => b.missing.length - a.missing.length);
}
