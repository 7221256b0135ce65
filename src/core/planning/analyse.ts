import { checkSchedule, criticalPath, explainInfeasibility, lowerBound } from '../scheduling/index.ts';
import type { Infeasibility, Violation } from '../scheduling/types.ts';
import { costPerYear, planFinish, resourceLoads } from './analysis.ts';
import { currentStarts, type PlanProblem, planToProblem } from './model.ts';
import { phaseWarnings } from './phases.ts';
import type { PlanData } from './types.ts';

export interface PlanViolation {
  kind: string;
  message: string;
  itemIds: string[];
}

function violationItems(violation: Violation, model: PlanProblem): string[] {
  switch (violation.kind) {
    case 'precedence':
      return [model.activityIds[violation.from], model.activityIds[violation.to]];
    case 'resource':
      return [];
    default:
      return [model.activityIds[violation.activity]];
  }
}

function infeasibilityItems(infeasibility: Infeasibility, model: PlanProblem): string[] {
  if (infeasibility.kind === 'cycle')
    return infeasibility.activities.map((index) => model.activityIds[index]);
  if (infeasibility.kind === 'capacity') return [model.activityIds[infeasibility.activity]];
  return [];
}

/**
 * For an activity no capacity can hold: the resource, the first month (from the plan's start) whose
 * capacity is short, and the need against that capacity, so the reader's language can say it.
 */
function capacityShortfall(infeasibility: Infeasibility, model: PlanProblem) {
  if (infeasibility.kind !== 'capacity') return null;
  const resource = model.problem.resources[infeasibility.resource];
  const month =
    resource.kind === 'cumulative' ? infeasibility.period * resource.bucketLength : infeasibility.period;
  return {
    resourceId: model.resourceIds[infeasibility.resource],
    month,
    need: infeasibility.need,
    available: infeasibility.capacity,
  };
}

/** A release broken because the activity has not started and is planned before the status date. */
function beforeStatusDate(
  violation: Violation,
  model: PlanProblem,
  starts: number[],
): violation is Extract<Violation, { kind: 'release' }> {
  return (
    violation.kind === 'release' &&
    model.statusMonth !== null &&
    starts[violation.activity] < model.statusMonth
  );
}

/** Everything the plan views show about the current schedule: feasibility, bounds, critical path, loads, costs. */
export function analysePlan(plan: PlanData) {
  const model = planToProblem(plan);
  const infeasibility = explainInfeasibility(model.problem);
  const held = new Set(model.held.map((activity) => activity.itemId));
  const scheduled = plan.items.every(
    (item) => item.kind !== 'activity' || item.startMonth !== null || held.has(item.id),
  );
  const starts = currentStarts(plan, model);
  const violations: PlanViolation[] =
    infeasibility?.kind === 'cycle' || !scheduled
      ? []
      : checkSchedule(model.problem, starts).map((violation) => ({
          kind: beforeStatusDate(violation, model, starts) ? 'status_date' : violation.kind,
          message: beforeStatusDate(violation, model, starts)
            ? `${model.problem.activities[violation.activity].label} has not started but is planned at ${starts[violation.activity]}, before the status date ${model.statusMonth}`
            : violation.message,
          itemIds: violationItems(violation, model),
        }));
  const critical =
    infeasibility?.kind === 'cycle' || model.activityIds.length === 0
      ? []
      : criticalPath(model.problem, starts).map((index) => model.activityIds[index]);
  return {
    statusMonth: model.statusMonth,
    held: model.held,
    finishMonth: planFinish(plan),
    lowerBound: infeasibility?.kind === 'cycle' ? null : lowerBound(model.problem),
    criticalPath: critical,
    violations,
    warnings: infeasibility?.kind === 'cycle' ? [] : phaseWarnings(plan, model, starts),
    infeasibility: infeasibility
      ? {
          kind: infeasibility.kind,
          message: infeasibility.message,
          itemIds: infeasibilityItems(infeasibility, model),
          capacity: capacityShortfall(infeasibility, model),
        }
      : null,
    loads: resourceLoads(plan),
    costPerYear: costPerYear(plan),
  };
}

export type PlanAnalysis = ReturnType<typeof analysePlan>;
