import type { ScheduleSnapshot } from '../../../api/plans';

/**
 * How an optimised schedule compares with the current one. A later end is only a loss when the current
 * schedule is feasible: when it breaks dependencies or capacities, a feasible schedule that ends later
 * repairs the plan rather than worsening it.
 */
export type ResultVerdict = 'shorter' | 'same' | 'longer' | 'repairs';

export function resultVerdict(
  before: Pick<ScheduleSnapshot, 'finishMonth' | 'violations'>,
  after: Pick<ScheduleSnapshot, 'finishMonth' | 'violations'>,
): ResultVerdict {
  const gain = before.finishMonth - after.finishMonth;
  if (gain > 0) return 'shorter';
  if (gain === 0) return 'same';
  return before.violations > 0 && after.violations === 0 ? 'repairs' : 'longer';
}
