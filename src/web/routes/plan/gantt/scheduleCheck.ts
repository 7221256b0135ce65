// Checks a plan's schedule in the browser, with the same engine functions as the server, so a bar
// dragged on the Gantt shows at once what it breaks.

import { itemSpans, planFinish, type Span } from '../../../../core/planning/analysis';
import {
  currentStarts,
  type HeldActivity,
  type PlanProblem,
  planToProblem,
} from '../../../../core/planning/model';
import { type PhaseWarning, phaseWarnings } from '../../../../core/planning/phases';
import { MONTHS_PER } from '../../../../core/planning/portfolio';
import type { PlanData } from '../../../../core/planning/types';
import { checkSchedule, criticalPath } from '../../../../core/scheduling';
import type { PlanDetail } from '../../../api/plans';

/** A broken constraint in terms of the plan: which items, which months, which resource. */
export type ScheduleProblem =
  | { kind: 'precedence'; itemIds: [string, string]; type: 'FS' | 'SS'; start: number; required: number }
  | {
      kind: 'resource';
      itemIds: string[];
      resourceId: string;
      /** First month and length (in months) of the period whose capacity is exceeded. */
      from: number;
      months: number;
      used: number;
      capacity: number;
    }
  | { kind: 'deadline'; itemIds: [string]; finish: number; deadline: number }
  | { kind: 'release'; itemIds: [string]; start: number; release: number }
  /** Not started, yet planned before the status date. */
  | { kind: 'statusDate'; itemIds: [string]; start: number; statusMonth: number }
  | { kind: 'start'; itemIds: string[] };

export interface CheckedSchedule {
  plan: PlanData;
  spans: Map<string, Span>;
  finish: number;
  problems: ScheduleProblem[];
  /** Activities with no slack, recomputed for the edited schedule. */
  critical: Set<string>;
  /** What the phases promise and the edited schedule does not keep (not violations). */
  warnings: PhaseWarning[];
  /** The status date as a month offset; finished and started activities, which no move may shift. */
  statusMonth: number | null;
  held: Map<string, HeldActivity>;
}

/** The plan with the unsaved moves applied to its activities' starts. */
export function withStarts(detail: PlanDetail, edits: Record<string, number>): PlanData {
  return {
    startMonth: detail.plan.startMonth,
    horizonMonths: detail.plan.horizonMonths,
    statusDate: detail.plan.statusDate,
    quickImpactMonths: detail.plan.quickImpactMonths,
    items: detail.items.map((item) => (item.id in edits ? { ...item, startMonth: edits[item.id] } : item)),
    dependencies: detail.dependencies,
    resources: detail.resources,
  };
}

/** The activities running, with a demand on the resource, in months [from, from + months). */
function runningOn(model: PlanProblem, starts: number[], resource: number, from: number, months: number) {
  const ids: string[] = [];
  model.problem.activities.forEach((activity, index) => {
    if ((activity.demands[resource] ?? 0) === 0) return;
    const start = starts[index];
    if (start < from + months && start + activity.duration > from) ids.push(model.activityIds[index]);
  });
  return ids;
}

export function describeViolations(plan: PlanData, model: PlanProblem, starts: number[]): ScheduleProblem[] {
  const id = (index: number) => model.activityIds[index];
  const activities = model.problem.activities;
  return checkSchedule(model.problem, starts).map((violation): ScheduleProblem => {
    switch (violation.kind) {
      case 'precedence': {
        const precedence = model.problem.precedences.find(
          (candidate) => candidate.from === violation.from && candidate.to === violation.to,
        );
        const type = precedence?.type ?? 'FS';
        const required =
          starts[violation.from] +
          (type === 'FS' ? activities[violation.from].duration : 0) +
          (precedence?.lag ?? 0);
        return {
          kind: 'precedence',
          itemIds: [id(violation.from), id(violation.to)],
          type,
          start: starts[violation.to],
          required,
        };
      }
      case 'resource': {
        const resource = plan.resources[violation.resource];
        const months = resource.limitKind === 'total' ? MONTHS_PER[resource.capacityPeriod] : 1;
        const from = violation.period * months;
        return {
          kind: 'resource',
          itemIds: runningOn(model, starts, violation.resource, from, months),
          resourceId: resource.id,
          from,
          months,
          used: violation.usage,
          capacity: violation.capacity,
        };
      }
      case 'deadline': {
        const activity = activities[violation.activity];
        return {
          kind: 'deadline',
          itemIds: [id(violation.activity)],
          finish: starts[violation.activity] + activity.duration,
          deadline: activity.deadline ?? 0,
        };
      }
      case 'release':
        if (model.statusMonth !== null && starts[violation.activity] < model.statusMonth)
          return {
            kind: 'statusDate',
            itemIds: [id(violation.activity)],
            start: starts[violation.activity],
            statusMonth: model.statusMonth,
          };
        return {
          kind: 'release',
          itemIds: [id(violation.activity)],
          start: starts[violation.activity],
          release: activities[violation.activity].release ?? 0,
        };
      default:
        return {
          kind: 'start',
          itemIds: violation.activity < model.activityIds.length ? [id(violation.activity)] : [],
        };
    }
  });
}

/** Checks the schedule with the unsaved moves; without moves the server's critical path is kept. */
export function checkEditedSchedule(detail: PlanDetail, edits: Record<string, number>): CheckedSchedule {
  const plan = withStarts(detail, edits);
  const model = planToProblem(plan);
  const starts = currentStarts(plan, model);
  let critical = new Set(detail.analysis.criticalPath);
  if (Object.keys(edits).length > 0) {
    try {
      critical = new Set(criticalPath(model.problem, starts).map((index) => model.activityIds[index]));
    } catch {
      critical = new Set(); // precedences with a cycle have no critical path; the server reports the cycle
    }
  }
  return {
    plan,
    spans: itemSpans(plan),
    finish: planFinish(plan),
    problems: describeViolations(plan, model, starts),
    critical,
    warnings: phaseWarnings(plan, model, starts),
    statusMonth: model.statusMonth,
    held: new Map(model.held.map((activity) => [activity.itemId, activity])),
  };
}
