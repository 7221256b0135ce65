import { costPerYear, resourceLoads } from '../../../../core/planning/analysis';
import type { PlanDetail } from '../../../api/plans';
import { withStarts } from '../gantt/scheduleCheck';

/**
 * The resource histograms and yearly costs of the schedule on screen: the saved analysis, or, when bars
 * have been moved on the Gantt and not saved yet, the same figures recomputed with those moves.
 */
export function editedLoads(detail: PlanDetail, edits: Record<string, number>) {
  if (Object.keys(edits).length === 0)
    return { loads: detail.analysis.loads, costPerYear: detail.analysis.costPerYear };
  const plan = withStarts(detail, edits);
  return { loads: resourceLoads(plan), costPerYear: costPerYear(plan) };
}
