import { and, asc, eq, inArray } from 'drizzle-orm';
import { AppError } from '../../../core/errors/app-error.ts';
import { isPeriodType, type PeriodType, parsePeriod } from '../../../core/indicators/periods.ts';
import {
  elapsedFraction,
  indicatorStatus,
  latestActual,
  type PeriodValue,
  type StatusResult,
} from '../../../core/indicators/status.ts';
import { statusSeriesPeriods } from '../../../core/indicators/status-periods.ts';
import type { Direction, IndicatorKind, IndicatorLevel } from '../../../core/indicators/types.ts';
import type { Db } from '../../db/client.ts';
import {
  monitoringAnalyticsRuns,
  monitoringIndicators,
  monitoringOrgUnits,
  monitoringTargets,
} from '../../db/schema/monitoring.ts';
import { referencePlan } from '../plans/repo.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';
import { loadFlags, nameIn } from './flags-repo.ts';
import { computeIndicatorValues, type IndicatorValueRow } from './indicator-values.ts';

/**
 * Where each indicator stands at the status date: its latest actual (computed from the analytics table
 * at the indicator's frequency) against the straight line from its baseline to its target, for every
 * org unit that has a baseline or target (the national root when none has). Totals only: targets of a
 * disaggregation do not count here.
 */

type IndicatorRow = typeof monitoringIndicators.$inferSelect;
type TargetRow = typeof monitoringTargets.$inferSelect;

/** The status date of a workspace: the end of its reference plan's status month, else today (UTC). */
export async function statusDateOf(db: Db, workspaceId: string, today = new Date()): Promise<string> {
  const plan = await referencePlan(db, workspaceId);
  if (plan?.statusDate) {
    const [year, month] = plan.statusDate.split('-').map(Number) as [number, number];
    return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
  }
  return today.toISOString().slice(0, 10);
}

const frequencyOf = (row: IndicatorRow): PeriodType =>
  isPeriodType(row.frequency) ? row.frequency : 'yearly';
const startOf = (period: string) => parsePeriod(period)?.start ?? '9999-12-31';
const endOf = (period: string) => parsePeriod(period)?.end ?? '0000-01-01';

/** The baseline (the latest one started by asOf, else the first) and the target still ahead (else the last). */
export function pickBaselineAndTarget(targets: TargetRow[], asOf: string) {
  const byStart = (a: TargetRow, b: TargetRow) => startOf(a.period).localeCompare(startOf(b.period));
  const baselines = targets.filter((t) => t.kind === 'baseline').sort(byStart);
  const goals = targets.filter((t) => t.kind === 'target').sort(byStart);
  const baseline = baselines.filter((t) => startOf(t.period) <= asOf).at(-1) ?? baselines[0] ?? null;
  const after = baseline ? goals.filter((t) => endOf(t.period) > endOf(baseline.period)) : goals;
  const target = after.find((t) => endOf(t.period) >= asOf) ?? after.at(-1) ?? null;
  const value = (row: TargetRow | null): PeriodValue | null =>
    row ? { period: parsePeriod(row.period)?.id ?? row.period, value: row.value } : null;
  return { baseline: value(baseline), target: value(target) };
}

export interface StatusRow extends Omit<StatusResult, 'reason'> {
  indicatorId: string;
  code: string;
  name: string;
  level: IndicatorLevel;
  kind: IndicatorKind;
  direction: Direction;
  resultId: string | null;
  orgUnitId: string;
  orgUnitName: string;
  period: string | null;
  actual: number | null;
  baseline: PeriodValue | null;
  target: PeriodValue | null;
  reason: NonNullable<StatusResult['reason']> | null;
  series: { period: string; value: number | null; expected: number | null }[];
}

function expectedAt(baseline: PeriodValue | null, target: PeriodValue | null, period: string): number | null {
  if (!baseline || !target) return null;
  return (
    baseline.value + elapsedFraction(baseline.period, target.period, period) * (target.value - baseline.value)
  );
}

/** Statuses of the workspace's indicators (or one) at `asOf`, each with its series from the baseline on. */
export async function computeStatuses({
  db,
  workspaceId,
  asOf,
  language,
  indicatorId,
}: {
  db: Db;
  workspaceId: string;
  asOf: string;
  language: string;
  indicatorId?: string;
}): Promise<StatusRow[]> {
  const indicators = await db
    .select()
    .from(monitoringIndicators)
    .where(
      and(
        eq(monitoringIndicators.workspaceId, workspaceId),
        indicatorId ? eq(monitoringIndicators.id, indicatorId) : undefined,
      ),
    )
    .orderBy(asc(monitoringIndicators.code));
  if (indicators.length === 0) return [];
  const targets = await db
    .select()
    .from(monitoringTargets)
    .where(
      and(
        eq(monitoringTargets.workspaceId, workspaceId),
        eq(monitoringTargets.disaggregation, ''),
        inArray(
          monitoringTargets.indicatorId,
          indicators.map((i) => i.id),
        ),
      ),
    );
  const units = await db
    .select({
      id: monitoringOrgUnits.id,
      name: monitoringOrgUnits.name,
      nameTranslations: monitoringOrgUnits.nameTranslations,
      level: monitoringOrgUnits.level,
    })
    .from(monitoringOrgUnits)
    .where(eq(monitoringOrgUnits.workspaceId, workspaceId))
    .orderBy(asc(monitoringOrgUnits.level), asc(monitoringOrgUnits.path));
  const root = units.find((u) => u.level === 1);
  const unitName = new Map(units.map((u) => [u.id, nameIn(u.name, u.nameTranslations, language)]));

  // one plan per (indicator, org unit): its baseline, target and the periods to compute
  const plans = indicators.flatMap((indicator) => {
    const own = targets.filter((t) => t.indicatorId === indicator.id);
    const unitIds = [...new Set(own.map((t) => t.orgUnitId))];
    if (unitIds.length === 0 && root) unitIds.push(root.id);
    const frequency = frequencyOf(indicator);
    return unitIds.map((orgUnitId) => {
      const { baseline, target } = pickBaselineAndTarget(
        own.filter((t) => t.orgUnitId === orgUnitId),
        asOf,
      );
      const from = baseline ? startOf(baseline.period) : `${Number(asOf.slice(0, 4)) - 4}-01-01`;
      const periods = statusSeriesPeriods(frequency, from, asOf);
      return { indicator, orgUnitId, baseline, target, periods };
    });
  });

  const values = new Map<string, IndicatorValueRow>();
  const groups = new Map<PeriodType, typeof plans>();
  for (const plan of plans) {
    const frequency = frequencyOf(plan.indicator);
    groups.set(frequency, [...(groups.get(frequency) ?? []), plan]);
  }
  for (const group of groups.values()) {
    const rows = await computeIndicatorValues({
      db,
      workspaceId,
      indicatorIds: [...new Set(group.map((p) => p.indicator.id))],
      periods: [...new Set(group.flatMap((p) => p.periods))],
      orgUnitIds: [...new Set(group.map((p) => p.orgUnitId))],
    });
    for (const row of rows) values.set(`${row.indicatorId}|${row.orgUnitId}|${row.period}`, row);
  }

  return plans.map(({ indicator, orgUnitId, baseline, target, periods }) => {
    const series = periods.map((period) => ({
      period,
      value: values.get(`${indicator.id}|${orgUnitId}|${period}`)?.value ?? null,
      expected: expectedAt(baseline, target, period),
    }));
    const actual = latestActual(series, asOf);
    const result = indicatorStatus({
      direction: indicator.direction as Direction,
      baseline,
      target,
      actual,
      asOf,
      onTrackFrom: indicator.onTrackFrom,
      atRiskFrom: indicator.atRiskFrom,
    });
    return {
      indicatorId: indicator.id,
      code: indicator.code,
      name: nameIn(indicator.name, indicator.nameTranslations, language),
      level: indicator.level as IndicatorLevel,
      kind: indicator.kind as IndicatorKind,
      direction: indicator.direction as Direction,
      resultId: indicator.resultId,
      orgUnitId,
      orgUnitName: unitName.get(orgUnitId) ?? orgUnitId,
      period: actual?.period ?? null,
      actual: actual?.value ?? null,
      baseline,
      target,
      ...result,
      reason: result.reason ?? null,
      series,
    };
  });
}

async function dataAsOf(db: Db, workspaceId: string): Promise<string | null> {
  const [run] = await db
    .select({ refreshedAt: monitoringAnalyticsRuns.refreshedAt })
    .from(monitoringAnalyticsRuns)
    .where(eq(monitoringAnalyticsRuns.workspaceId, workspaceId));
  return run?.refreshedAt.toISOString() ?? null;
}

/** GET /indicators/status: every indicator's status at the status date (or `asOf`), without series. */
export async function listIndicatorStatuses({
  db,
  actor,
  language,
  asOf,
}: {
  db: Db;
  actor: WorkspaceActor;
  language: string;
  asOf?: string;
}) {
  authorize(actor, 'workspace:read');
  const workspaceId = actor.workspace.id;
  const date = asOf ?? (await statusDateOf(db, workspaceId));
  const rows = await computeStatuses({ db, workspaceId, asOf: date, language });
  return {
    asOf: date,
    dataAsOf: await dataAsOf(db, workspaceId),
    statuses: rows.map(({ series: _series, ...row }) => row),
  };
}

/** GET /indicators/{indicatorId}/status: one indicator's status per org unit, with its series. */
export async function indicatorStatusDetail({
  db,
  actor,
  language,
  indicatorId,
  asOf,
}: {
  db: Db;
  actor: WorkspaceActor;
  language: string;
  indicatorId: string;
  asOf?: string;
}) {
  authorize(actor, 'workspace:read');
  const workspaceId = actor.workspace.id;
  const date = asOf ?? (await statusDateOf(db, workspaceId));
  const [indicator] = await db
    .select({ id: monitoringIndicators.id })
    .from(monitoringIndicators)
    .where(and(eq(monitoringIndicators.workspaceId, workspaceId), eq(monitoringIndicators.id, indicatorId)));
  if (!indicator) throw new AppError('not_found', `no indicator "${indicatorId}" in this workspace`);
  const rows = await computeStatuses({ db, workspaceId, asOf: date, language, indicatorId });
  return {
    asOf: date,
    dataAsOf: await dataAsOf(db, workspaceId),
    statuses: rows,
    flags: await loadFlags(db, workspaceId, { language, indicatorId }),
  };
}
