import { useMemo } from 'react';
import { type ReviewFlag, useFlagsQuery } from './reviewQueries';

/**
 * The open review flags touching one plan, by plan item id: what the plan's portfolio marks "Review".
 * Empty while loading or when none.
 */
export function useReviewFlags(slug: string, planId: string): Map<string, ReviewFlag[]> {
  const flags = useFlagsQuery(slug, { status: 'open', planId });
  return useMemo(() => {
    const byItem = new Map<string, ReviewFlag[]>();
    for (const flag of flags.data ?? [])
      for (const item of flag.items) byItem.set(item.id, [...(byItem.get(item.id) ?? []), flag]);
    return byItem;
  }, [flags.data]);
}
