import { and, asc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import { AppError } from '../../../core/errors/app-error.ts';
import type { Decision, IndicatorStatus } from '../../../core/indicators/types.ts';
import type { NameTranslations } from '../../../core/sector-map/categories.ts';
import type { Db } from '../../db/client.ts';
import { users } from '../../db/schema/auth.ts';
import {
  monitoringFlags,
  monitoringIndicators,
  monitoringOrgUnits,
  monitoringResultPlanItems,
  monitoringResults,
} from '../../db/schema/monitoring.ts';
import { planItems, plans } from '../../db/schema/plans.ts';

export type FlagRow = typeof monitoringFlags.$inferSelect;

/** A name in the reader's language when it has a translation, else as entered. */
export function nameIn(name: string, translations: NameTranslations | null, language: string): string {
  return (translations as Record<string, string | undefined> | null)?.[language] || name;
}

export async function findFlag(db: Db, workspaceId: string, flagId: string, lock = false): Promise<FlagRow> {
  const query = db
    .select()
    .from(monitoringFlags)
    .where(and(eq(monitoringFlags.id, flagId), eq(monitoringFlags.workspaceId, workspaceId)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new AppError('not_found', `no review flag "${flagId}" in this workspace`);
  return row;
}

/** The ids of a result, its ancestors and its descendants. */
export function resultFamily(resultId: string, results: { id: string; parentId: string | null }[]): string[] {
  const parentOf = new Map(results.map((r) => [r.id, r.parentId]));
  const family = new Set<string>([resultId]);
  for (let up = parentOf.get(resultId); up && !family.has(up); up = parentOf.get(up)) family.add(up);
  const below = [resultId];
  while (below.length > 0) {
    const id = below.pop() as string;
    for (const r of results)
      if (r.parentId === id && !family.has(r.id)) {
        family.add(r.id);
        below.push(r.id);
      }
  }
  return [...family];
}

export interface ReviewItem {
  id: string;
  code: string;
  name: string;
  planId: string;
  planName: string;
}

/** For each result id, the plan items up for review when an indicator of that result goes off track. */
export async function reviewItemsByResult(db: Db, workspaceId: string, resultIds: string[]) {
  const byResult = new Map<string, ReviewItem[]>();
  if (resultIds.length === 0) return byResult;
  const results = await db
    .select({ id: monitoringResults.id, parentId: monitoringResults.parentId })
    .from(monitoringResults)
    .where(eq(monitoringResults.workspaceId, workspaceId));
  const links = await db
    .select({
      resultId: monitoringResultPlanItems.resultId,
      id: planItems.id,
      code: planItems.code,
      name: planItems.name,
      planId: planItems.planId,
      planName: plans.name,
    })
    .from(monitoringResultPlanItems)
    .innerJoin(planItems, eq(planItems.id, monitoringResultPlanItems.planItemId))
    .innerJoin(plans, eq(plans.id, planItems.planId))
    .where(eq(planItems.workspaceId, workspaceId))
    .orderBy(asc(plans.name), asc(planItems.code));
  for (const resultId of new Set(resultIds)) {
    const family = new Set(resultFamily(resultId, results));
    const seen = new Set<string>();
    const items: ReviewItem[] = [];
    for (const { resultId: linked, ...item } of links)
      if (family.has(linked) && !seen.has(item.id)) {
        seen.add(item.id);
        items.push(item);
      }
    byResult.set(resultId, items);
  }
  return byResult;
}

/** The workspace's flags with what the review pages show, newest raised first. */
export async function loadFlags(
  db: Db,
  workspaceId: string,
  options: {
    language: string;
    status?: 'open' | 'decided';
    planId?: string;
    indicatorId?: string;
    flagId?: string;
  },
) {
  const conditions = [eq(monitoringFlags.workspaceId, workspaceId)];
  if (options.status === 'open') conditions.push(isNull(monitoringFlags.decision));
  if (options.status === 'decided') conditions.push(isNotNull(monitoringFlags.decision));
  if (options.indicatorId) conditions.push(eq(monitoringFlags.indicatorId, options.indicatorId));
  if (options.flagId) conditions.push(eq(monitoringFlags.id, options.flagId));
  const rows = await db
    .select({
      flag: monitoringFlags,
      indicatorCode: monitoringIndicators.code,
      indicatorName: monitoringIndicators.name,
      indicatorTranslations: monitoringIndicators.nameTranslations,
      resultId: monitoringIndicators.resultId,
      orgUnitName: monitoringOrgUnits.name,
      orgUnitTranslations: monitoringOrgUnits.nameTranslations,
      decidedByName: users.name,
    })
    .from(monitoringFlags)
    .innerJoin(monitoringIndicators, eq(monitoringIndicators.id, monitoringFlags.indicatorId))
    .innerJoin(monitoringOrgUnits, eq(monitoringOrgUnits.id, monitoringFlags.orgUnitId))
    .leftJoin(users, eq(users.id, monitoringFlags.decidedBy))
    .where(and(...conditions))
    .orderBy(asc(monitoringFlags.raisedAt), asc(monitoringIndicators.code), asc(monitoringFlags.period));
  const resultIds = rows.flatMap((r) => (r.resultId ? [r.resultId] : []));
  const itemsOf = await reviewItemsByResult(db, workspaceId, resultIds);
  const scenarioIds = rows.flatMap((r) => (r.flag.scenarioPlanId ? [r.flag.scenarioPlanId] : []));
  const scenarios =
    scenarioIds.length === 0
      ? []
      : await db
          .select({ id: plans.id, name: plans.name })
          .from(plans)
          .where(and(eq(plans.workspaceId, workspaceId), inArray(plans.id, scenarioIds)));
  const scenarioOf = new Map(scenarios.map((s) => [s.id, s]));
  const presented = rows.reverse().map((row) => {
    const items = row.resultId ? (itemsOf.get(row.resultId) ?? []) : [];
    return {
      id: row.flag.id,
      indicatorId: row.flag.indicatorId,
      indicatorCode: row.indicatorCode,
      indicatorName: nameIn(row.indicatorName, row.indicatorTranslations, options.language),
      orgUnitId: row.flag.orgUnitId,
      orgUnitName: nameIn(row.orgUnitName, row.orgUnitTranslations, options.language),
      period: row.flag.period,
      status: row.flag.status as IndicatorStatus,
      actual: row.flag.actual,
      expected: row.flag.expected,
      raisedAt: row.flag.raisedAt.toISOString(),
      decision: row.flag.decision as Decision | null,
      reason: row.flag.reason,
      decidedBy: row.decidedByName ?? null,
      decidedAt: row.flag.decidedAt?.toISOString() ?? null,
      scenario: row.flag.scenarioPlanId ? (scenarioOf.get(row.flag.scenarioPlanId) ?? null) : null,
      items: options.planId ? items.filter((item) => item.planId === options.planId) : items,
      version: row.flag.rowVersion,
    };
  });
  return options.planId ? presented.filter((flag) => flag.items.length > 0) : presented;
}

export type PresentedFlag = Awaited<ReturnType<typeof loadFlags>>[number];

/** The audited fields of a flag. */
export function auditedFlag(row: FlagRow) {
  return {
    indicatorId: row.indicatorId,
    period: row.period,
    orgUnitId: row.orgUnitId,
    status: row.status,
    actual: row.actual,
    expected: row.expected,
    decision: row.decision,
    reason: row.reason,
    scenarioPlanId: row.scenarioPlanId,
  };
}

/**
 * Open flags for the home page's tasks: the flag and its indicator's code and name in the reader's
 * language. Only flags whose indicator's results link to plan items: the others have nothing to re-plan
 * (opening a scenario from them is refused).
 */
export async function openFlagsForTasks(db: Db, workspaceId: string, language: string) {
  const rows = await db
    .select({
      id: monitoringFlags.id,
      indicatorCode: monitoringIndicators.code,
      indicatorName: monitoringIndicators.name,
      nameTranslations: monitoringIndicators.nameTranslations,
      resultId: monitoringIndicators.resultId,
    })
    .from(monitoringFlags)
    .innerJoin(monitoringIndicators, eq(monitoringIndicators.id, monitoringFlags.indicatorId))
    .where(and(eq(monitoringFlags.workspaceId, workspaceId), isNull(monitoringFlags.decision)))
    .orderBy(asc(monitoringIndicators.code), asc(monitoringFlags.period));
  const resultIds = [...new Set(rows.flatMap((row) => (row.resultId ? [row.resultId] : [])))];
  const items = await reviewItemsByResult(db, workspaceId, resultIds);
  return rows
    .filter((row) => row.resultId && (items.get(row.resultId)?.length ?? 0) > 0)
    .map((row) => ({
      id: row.id,
      indicatorCode: row.indicatorCode,
      indicatorName: nameIn(row.indicatorName, row.nameTranslations, language),
    }));
}
