import { eq } from 'drizzle-orm';
import { changeBetween } from '../../../core/assessment/baseline.ts';
import type { AssessmentStatus, Side, TeamRole } from '../../../core/assessment/workflow.ts';
import type { CommitmentStatus } from '../../../core/coordination/compacts.ts';
import { countItems } from '../../../core/frameworks/structure.ts';
import type { Framework } from '../../../core/frameworks/types.ts';
import { latestAssessment, mainPlan } from '../../../core/overview/choose.ts';
import { nextMilestones, progressCounts } from '../../../core/overview/plan-progress.ts';
import { openHighRisks } from '../../../core/overview/risks.ts';
import { sectorCounts } from '../../../core/overview/sector.ts';
import { tasksFor } from '../../../core/overview/tasks.ts';
import { monthOffset } from '../../../core/planning/portfolio.ts';
import { trackingDashboard } from '../../../core/planning/tracking.ts';
import type { ActorCategory } from '../../../core/sector-map/categories.ts';
import type { Db } from '../../db/client.ts';
import { plans } from '../../db/schema/index.ts';
import * as assessmentRepo from '../assessments/repo.ts';
import { aggregateStored } from '../assessments/results.ts';
import { coordinationReminders } from '../coordination/coverage-service.ts';
import { openFlagsForTasks } from '../monitoring/flags-repo.ts';
import { effectiveStatusDate, loadPlanContents } from '../plans/repo.ts';
import { coverageOf, requiredOversightKindsOf } from '../sector-map/map-service.ts';
import { type ActorRow, presentActorRef, relationShapeOf } from '../sector-map/presenters.ts';
import { loadSectorMap } from '../sector-map/repo.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';
import { activityCounts, assessmentWorkCounts, risksOfPlans } from './repo.ts';

/** `language`: the reader's, for names that have translations (default: the workspace's). */
type Options = { db: Db; actor: WorkspaceActor; language?: string };
type AssessmentRow = assessmentRepo.AssessmentRow;
type PlanRow = typeof plans.$inferSelect;

/** Shown on the home page; the full lists are one click away. */
const GAPS_SHOWN = 5;
const RISKS_SHOWN = 5;
const COMMITMENTS_SHOWN = 5;

async function sectorMapSummary({ db, actor }: Options) {
  const map = await loadSectorMap(db, actor.workspace.id);
  const requiredKinds = requiredOversightKindsOf(actor);
  const coverage = coverageOf(map, requiredKinds);
  const gaps = coverage
    .filter((entry) => entry.missing.length > 0)
    .map((entry) => ({
      actor: presentActorRef(map.actorsById.get(entry.actorId) as ActorRow),
      missing: entry.missing,
    }))
    .sort((a, b) => b.missing.length - a.missing.length || a.actor.name.localeCompare(b.actor.name));
  return {
    ...sectorCounts(
      map.actors.map((row) => ({ category: row.category as ActorCategory })),
      map.relations.map(relationShapeOf),
    ),
    oversight: {
      requiredKinds,
      assessedCount: coverage.length,
      gapCount: gaps.length,
      gaps: gaps.slice(0, GAPS_SHOWN),
    },
  };
}

async function assessmentSummary(db: Db, rows: readonly AssessmentRow[]) {
  const latest = latestAssessment(rows);
  if (!latest) return null;
  const framework = latest.framework as Framework;
  const baselineRow = latest.baselineId ? rows.find((row) => row.id === latest.baselineId) : undefined;
  const [aggregation, baselineAggregation] = await Promise.all([
    aggregateStored(db, latest),
    baselineRow ? aggregateStored(db, baselineRow) : Promise.resolve(null),
  ]);
  const baseline =
    baselineRow && baselineAggregation
      ? {
          id: baselineRow.id,
          title: baselineRow.title,
          score: baselineAggregation.overall.score,
          band: baselineAggregation.overall.band,
          ...changeBetween(baselineAggregation.overall.score, aggregation.overall.score),
        }
      : null;
  return {
    id: latest.id,
    title: latest.title,
    status: latest.status as AssessmentStatus,
    frameworkName: framework.name,
    range: aggregation.range,
    score: aggregation.overall.score,
    band: aggregation.overall.band,
    itemCount: countItems(framework),
    scoredCount: aggregation.overall.counts.scored,
    baseline: baseline && {
      id: baseline.id,
      title: baseline.title,
      score: baseline.score,
      band: baseline.band,
      change: baseline.change,
      direction: baseline.direction,
    },
  };
}

async function planSummary(db: Db, plan: PlanRow | null) {
  if (!plan) return null;
  const { data } = await loadPlanContents(db, plan);
  const statusDate = effectiveStatusDate(plan);
  const statusMonth = monthOffset(plan.startMonth, statusDate);
  const tracking = trackingDashboard(data, statusMonth);
  return {
    id: plan.id,
    name: plan.name,
    status: plan.status as 'draft' | 'approved',
    statusDate,
    activityCount: tracking.activities.length,
    progress: progressCounts(tracking.activities),
    nextMilestones: nextMilestones(data, statusMonth),
  };
}

async function myTasks(
  { db, actor, language }: Options,
  assessmentRows: readonly AssessmentRow[],
  planRows: readonly PlanRow[],
) {
  const [work, activities, flags] = await Promise.all([
    assessmentWorkCounts(db, actor.workspace.id, actor.user.id),
    activityCounts(db, actor.workspace.id),
    openFlagsForTasks(db, actor.workspace.id, language ?? actor.workspace.defaultLanguage),
  ]);
  return tasksFor(
    actor.role,
    assessmentRows.map((row) => ({
      id: row.id,
      title: row.title,
      status: row.status as AssessmentStatus,
      leadSide: row.leadSide as Side,
      itemCount: countItems(row.framework as Framework),
      answerCount: work.answers.get(row.id)?.all ?? 0,
      myAnswerCount: work.answers.get(row.id)?.mine ?? 0,
      openReviewComments: work.openComments.get(row.id) ?? 0,
      myTeamRole: (work.teamRoles.get(row.id) as TeamRole | undefined) ?? null,
    })),
    planRows.map((row) => ({
      id: row.id,
      name: row.name,
      status: row.status,
      isScenario: row.scenarioOf !== null,
      activityCount: activities.get(row.id) ?? 0,
    })),
    flags,
  );
}

/** Compact commitments overdue today, the longest overdue first (actions stay on the coordination page). */
async function overdueCommitments(options: Options) {
  const { reminders } = await coordinationReminders(options);
  const overdue = reminders.filter((reminder) => reminder.kind === 'commitment');
  return {
    overdueCount: overdue.length,
    top: overdue.slice(0, COMMITMENTS_SHOWN).map((reminder) => ({
      id: reminder.id,
      mechanismId: reminder.mechanismId,
      mechanismName: reminder.mechanismName,
      commitment: reminder.text,
      dueDate: reminder.dueDate,
      daysOverdue: reminder.daysOverdue,
      status: reminder.status as CommitmentStatus,
    })),
  };
}

/**
 * The programme at a glance for the reader: the sector map in numbers with its oversight gaps, the latest
 * assessment against its baseline, the main plan's progress and next milestones, open high risks, and the
 * tasks the reader can act on (only those the workflow would let them do).
 */
export async function workspaceOverview(options: Options) {
  const { db, actor } = options;
  authorize(actor, 'workspace:read');
  const [assessmentRows, planRows] = await Promise.all([
    assessmentRepo.listAssessmentRows(db, actor.workspace.id),
    db.select().from(plans).where(eq(plans.workspaceId, actor.workspace.id)),
  ]);
  const plan = mainPlan(planRows);
  const programmePlans = planRows.filter((row) => row.scenarioOf === null);
  const [sectorMap, assessment, planProgress, riskRows, tasks, compacts] = await Promise.all([
    sectorMapSummary(options),
    assessmentSummary(db, assessmentRows),
    planSummary(db, plan),
    risksOfPlans(
      db,
      actor.workspace.id,
      programmePlans.map((row) => row.id),
    ),
    myTasks(options, assessmentRows, planRows),
    overdueCommitments(options),
  ]);
  const planNames = new Map(planRows.map((row) => [row.id, row.name]));
  const highRisks = openHighRisks(riskRows);
  return {
    sectorMap,
    assessment,
    plan: planProgress,
    risks: {
      openHighCount: highRisks.length,
      top: highRisks.slice(0, RISKS_SHOWN).map((risk) => ({
        id: risk.id,
        planId: risk.planId,
        planName: planNames.get(risk.planId) ?? '',
        title: risk.title,
        likelihood: risk.likelihood,
        impact: risk.impact,
        score: risk.score,
        rating: risk.rating,
        status: risk.status as 'open' | 'mitigating',
      })),
    },
    tasks,
    compacts,
  };
}
