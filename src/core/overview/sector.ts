import {
  ACTOR_CATEGORIES,
  type ActorCategory,
  CATEGORY_GROUPS,
  type CategoryGroup,
  groupOf,
} from '../sector-map/categories.ts';
import { RELATION_TYPES, type RelationType } from '../sector-map/relations.ts';

export interface SectorCounts {
  actorCount: number;
  relationCount: number;
  /** Every group and category that has at least one actor, in the canonical order. */
  byGroup: { group: CategoryGroup; count: number }[];
  byCategory: { category: ActorCategory; count: number }[];
  relationsByType: { type: RelationType; count: number }[];
}

function countBy<K extends string>(order: readonly K[], values: readonly K[]) {
  const counts = new Map<K, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return order.filter((key) => counts.has(key)).map((key) => [key, counts.get(key) as number] as const);
}

/** The sector map in numbers: actors by group and category, relations by type. */
export function sectorCounts(
  actors: readonly { category: ActorCategory }[],
  relations: readonly { type: RelationType }[],
): SectorCounts {
  const categories = actors.map((actor) => actor.category);
  return {
    actorCount: actors.length,
    relationCount: relations.length,
    byGroup: countBy(CATEGORY_GROUPS, categories.map(groupOf)).map(([group, count]) => ({ group, count })),
    byCategory: countBy(ACTOR_CATEGORIES, categories).map(([category, count]) => ({ category, count })),
    relationsByType: countBy(
      RELATION_TYPES,
      relations.map((relation) => relation.type),
    ).map(([type, count]) => ({ type, count })),
  };
}
