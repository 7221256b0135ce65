import type { PlanProblem } from './model.ts';
import type { Phase } from './portfolio.ts';
import type { PlanData, PlanItemData } from './types.ts';

export const DEFAULT_QUICK_IMPACT_MONTHS = 6;

/**
 * What the phases promise and the schedule does not keep. Warnings, not violations: the plan stays valid.
 * Month numbers are offsets from the plan's start; the web renders each kind as a translated sentence.
 */
export type PhaseWarning =
  | {
      kind: 'quick_impact_late';
      /** The quick-impact item (a programme, project or activity flagged as such, or an activity under one). */
      itemIds: [string];
      start: number;
      /** Quick-impact work should start before this month offset. */
      limit: number;
    }
  | {
      kind: 'consolidation_before_main';
      /** The consolidation activity, then the main-phase activity it follows. */
      itemIds: [string, string];
      start: number;
      mainStart: number;
    };

function ancestry(item: PlanItemData, byId: Map<string, PlanItemData>): PlanItemData[] {
  const chain = [item];
  for (let parent = item.parentId; parent && byId.has(parent); parent = byId.get(parent)?.parentId ?? null)
    chain.push(byId.get(parent) as PlanItemData);
  return chain;
}

/** An activity's phase: its own unless it is the default 'main', then its nearest ancestor's. */
function phaseOf(chain: PlanItemData[]): Phase {
  return chain.find((item) => item.phase !== 'main')?.phase ?? 'main';
}

/**
 * Quick-impact work starting after the plan's first `quickImpactMonths` months (a flagged programme or
 * project once, by its first activity; an activity on its own only when no flagged ancestor was named), and
 * consolidation activities starting before a main-phase activity they follow, directly or down a chain of
 * dependencies (those between projects and programmes count through their activities). `starts` are in
 * engine order (see currentStarts); activities not scheduled yet are left out.
 */
export function phaseWarnings(plan: PlanData, model: PlanProblem, starts: number[]): PhaseWarning[] {
  const byId = new Map(plan.items.map((item) => [item.id, item]));
  const held = new Set(model.held.map((activity) => activity.itemId));
  const startOf = new Map<string, number>();
  model.activityIds.forEach((id, index) => {
    if (held.has(id) || byId.get(id)?.startMonth != null) startOf.set(id, starts[index]);
  });
  const limit = plan.quickImpactMonths ?? DEFAULT_QUICK_IMPACT_MONTHS;
  const warnings: PhaseWarning[] = [];

  const firstStart = new Map<string, number>();
  for (const [id, start] of startOf)
    for (const item of ancestry(byId.get(id) as PlanItemData, byId))
      firstStart.set(item.id, Math.min(firstStart.get(item.id) ?? start, start));
  const warned = new Set<string>();
  const outermostFirst = plan.items
    .map((item) => ({ item, chain: ancestry(item, byId) }))
    .sort((a, b) => a.chain.length - b.chain.length);
  for (const { item, chain } of outermostFirst) {
    const start = firstStart.get(item.id);
    if (start === undefined || start < limit) continue;
    const flagged = item.kind === 'activity' ? chain.some((c) => c.quickImpact) : item.quickImpact;
    if (!flagged || chain.slice(1).some((ancestor) => warned.has(ancestor.id))) continue;
    warned.add(item.id);
    warnings.push({ kind: 'quick_impact_late', itemIds: [item.id], start, limit });
  }

  const successors = model.activityIds.map(() => [] as number[]);
  for (const precedence of model.problem.precedences) successors[precedence.from].push(precedence.to);
  const phase = model.activityIds.map((id) => phaseOf(ancestry(byId.get(id) as PlanItemData, byId)));
  model.activityIds.forEach((mainId, main) => {
    const mainStart = startOf.get(mainId);
    if (phase[main] !== 'main' || mainStart === undefined) return;
    const seen = new Set([main]);
    const queue = [main];
    while (queue.length > 0) {
      for (const next of successors[queue.shift() as number]) {
        if (seen.has(next)) continue;
        seen.add(next);
        queue.push(next);
        const id = model.activityIds[next];
        const start = startOf.get(id);
        if (phase[next] === 'consolidation' && start !== undefined && start < mainStart)
          warnings.push({ kind: 'consolidation_before_main', itemIds: [id, mainId], start, mainStart });
      }
    }
  });
  return warnings;
}
