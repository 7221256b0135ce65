// Sorting and searching the list of relations. The names shown depend on the reader's language, so the
// caller passes how to name each side and each type.

import { actorKey } from './import-cells';

export const RELATION_SORT_KEYS = ['source', 'type', 'target'] as const;
export type RelationSortKey = (typeof RELATION_SORT_KEYS)[number];

export interface RelationSort {
  key: RelationSortKey;
  direction: 'asc' | 'desc';
}

interface SideRef {
  name: string;
  acronym: string | null;
  nameTranslations: Record<string, string | undefined>;
}

export interface SortableRelation {
  source: SideRef;
  target: SideRef;
  type: string;
}

/** Every name an actor goes by (in any language, and its acronym), ready to match a search. */
function searchTextOf(actor: SideRef): string {
  return actorKey(
    [actor.name, actor.acronym ?? '', ...Object.values(actor.nameTranslations).filter(Boolean)].join(' '),
  );
}

/** Relations where the search matches the source or the target actor; all of them for an empty search. */
export function searchRelations<R extends SortableRelation>(relations: readonly R[], search: string): R[] {
  const wanted = actorKey(search);
  if (wanted === '') return [...relations];
  return relations.filter(
    (relation) =>
      searchTextOf(relation.source).includes(wanted) || searchTextOf(relation.target).includes(wanted),
  );
}

/**
 * Relations in the order asked for; ties fall back to source, type, then target, so the order is always
 * the same. `label` names a side or a type in the reader's language; `locale` collates them.
 */
export function sortRelations<R extends SortableRelation>(
  relations: readonly R[],
  sort: RelationSort,
  label: (relation: R, key: RelationSortKey) => string,
  locale?: string,
): R[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const keys = [sort.key, ...RELATION_SORT_KEYS.filter((key) => key !== sort.key)];
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...relations].sort((a, b) => {
    for (const [index, key] of keys.entries()) {
      const order = collator.compare(label(a, key), label(b, key));
      if (order !== 0) return index === 0 ? sign * order : order;
    }
    return 0;
  });
}
