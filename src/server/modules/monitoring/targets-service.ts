import { randomUUID } from 'node:crypto';
import { and, eq, inArray, type SQL } from 'drizzle-orm';
import { AppError } from '../../../core/errors/app-error.ts';
import { comparePeriods, parsePeriod } from '../../../core/indicators/periods.ts';
import type { Db } from '../../db/client.ts';
import { monitoringCategories, monitoringOrgUnits, monitoringTargets } from '../../db/schema/monitoring.ts';
import { appendAudit } from '../audit/repo.ts';
import { isEmptyPatch } from '../shared/empty-patch.ts';
import { checkVersion, nextVersion } from '../shared/row-version.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';
import { auditedRow, badRequest, conflict } from './indicators-common.ts';
import { checkExpression } from './indicators-expressions.ts';
import { findIndicator, type IndicatorRow } from './indicators-service.ts';
import { categoriesOf, loadMonitoringMetadata } from './metadata-repo.ts';
import type { TARGET_KINDS } from './targets-schemas.ts';

type TargetKind = (typeof TARGET_KINDS)[number];
type TargetRow = typeof monitoringTargets.$inferSelect;

export interface TargetInput {
  kind: TargetKind;
  period: string;
  orgUnitId: string;
  disaggregation?: string;
  value: number;
}

interface Options {
  db: Db;
  actor: WorkspaceActor;
}

/** The categories of the data elements an indicator reads, in order of first use, with their options. */
async function indicatorCategories(db: Db, workspaceId: string, indicator: IndicatorRow) {
  const meta = await loadMonitoringMetadata(db, workspaceId);
  const ids: string[] = [];
  for (const expression of [indicator.numerator, indicator.denominator]) {
    let operands: ReturnType<typeof checkExpression> = [];
    try {
      operands = checkExpression(meta, expression);
    } catch {
      // an element deleted since: the others still give their categories
    }
    for (const { element } of operands)
      for (const category of categoriesOf(meta, element))
        if (!ids.includes(category.id)) ids.push(category.id);
  }
  if (ids.length === 0) return [];
  const rows = await db.select().from(monitoringCategories).where(inArray(monitoringCategories.id, ids));
  return ids.flatMap((id) => rows.filter((row) => row.id === id));
}

type Categories = Awaited<ReturnType<typeof indicatorCategories>>;

/** `''`, or `CATEGORY=OPTION` naming a category and option the indicator's elements use (canonical codes). */
function parseDisaggregation(text: string | undefined, categories: Categories): string {
  const value = (text ?? '').trim();
  if (value === '') return '';
  const [categoryCode, optionCode, ...rest] = value.split('=').map((part) => part.trim());
  const category = categories.find((c) => c.code.toLowerCase() === categoryCode.toLowerCase());
  const option = category?.options.find((o) => o.code.toLowerCase() === (optionCode ?? '').toLowerCase());
  if (rest.length > 0 || !category || !option) {
    const known = categories.map((c) => c.code).join(', ') || 'none';
    throw badRequest(
      'disaggregation',
      `"${value}" is not CATEGORY=OPTION of a category this indicator's data elements use (${known})`,
    );
  }
  return `${category.code}=${option.code}`;
}

function canonicalPeriod(text: string) {
  const period = parsePeriod(text);
  if (!period)
    throw badRequest('period', `"${text}" is not an ISO period (2026, 2026Q1, 2026-03, 2026W10, 2026July…)`);
  return period.id;
}

async function requireOrgUnit(tx: Db, workspaceId: string, orgUnitId: string) {
  const [unit] = await tx
    .select({ id: monitoringOrgUnits.id })
    .from(monitoringOrgUnits)
    .where(and(eq(monitoringOrgUnits.id, orgUnitId), eq(monitoringOrgUnits.workspaceId, workspaceId)))
    .for('share');
  if (!unit) throw badRequest('orgUnitId', 'no org unit with this id in this workspace', { id: orgUnitId });
}

async function checkUnique(tx: Db, indicatorId: string, key: Omit<TargetInput, 'value'>, exceptId?: string) {
  const [clash] = await tx
    .select({ id: monitoringTargets.id })
    .from(monitoringTargets)
    .where(
      and(
        eq(monitoringTargets.indicatorId, indicatorId),
        eq(monitoringTargets.kind, key.kind),
        eq(monitoringTargets.period, key.period),
        eq(monitoringTargets.orgUnitId, key.orgUnitId),
        eq(monitoringTargets.disaggregation, key.disaggregation ?? ''),
      ),
    );
  if (clash && clash.id !== exceptId)
    throw conflict('period', `this indicator already has a ${key.kind} for ${key.period} there`, {
      id: clash.id,
    });
}

function presentTarget(
  row: TargetRow,
  unit: { id: string; code: string; name: string; nameTranslations: object },
) {
  return {
    id: row.id,
    indicatorId: row.indicatorId,
    kind: row.kind as TargetKind,
    period: row.period,
    orgUnit: { ...unit, nameTranslations: unit.nameTranslations ?? {} },
    disaggregation: row.disaggregation,
    value: row.value,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.rowVersion,
  };
}

async function selectTargets(db: Db, workspaceId: string, where: SQL) {
  const rows = await db
    .select({
      row: monitoringTargets,
      unit: {
        id: monitoringOrgUnits.id,
        code: monitoringOrgUnits.code,
        name: monitoringOrgUnits.name,
        nameTranslations: monitoringOrgUnits.nameTranslations,
      },
    })
    .from(monitoringTargets)
    .innerJoin(monitoringOrgUnits, eq(monitoringOrgUnits.id, monitoringTargets.orgUnitId))
    .where(and(eq(monitoringTargets.workspaceId, workspaceId), where));
  return rows.map(({ row, unit }) => presentTarget(row, unit));
}

const periodOrder = (a: string, b: string) => {
  const [pa, pb] = [parsePeriod(a), parsePeriod(b)];
  return pa && pb ? comparePeriods(pa, pb) : a.localeCompare(b);
};

export async function listTargets({ db, actor, indicatorId }: Options & { indicatorId: string }) {
  authorize(actor, 'workspace:read');
  const ws = actor.workspace.id;
  const indicator = await findIndicator(db, ws, indicatorId);
  const [targets, categories] = await Promise.all([
    selectTargets(db, ws, eq(monitoringTargets.indicatorId, indicator.id)),
    indicatorCategories(db, ws, indicator),
  ]);
  targets.sort(
    (a, b) =>
      periodOrder(a.period, b.period) ||
      a.orgUnit.code.localeCompare(b.orgUnit.code) ||
      a.kind.localeCompare(b.kind) ||
      a.disaggregation.localeCompare(b.disaggregation),
  );
  const named = (item: { code: string; name: string; nameTranslations: object | null }) => ({
    code: item.code,
    name: item.name,
    nameTranslations: item.nameTranslations ?? {},
  });
  return {
    targets,
    disaggregations: categories.map((c) => ({ ...named(c), options: c.options.map(named) })),
  };
}

async function oneTarget(db: Db, workspaceId: string, targetId: string) {
  const [target] = await selectTargets(db, workspaceId, eq(monitoringTargets.id, targetId));
  if (!target) throw new AppError('not_found', `no baseline or target "${targetId}" in this workspace`);
  return target;
}

async function findTarget(tx: Db, workspaceId: string, targetId: string) {
  const [row] = await tx
    .select()
    .from(monitoringTargets)
    .where(and(eq(monitoringTargets.id, targetId), eq(monitoringTargets.workspaceId, workspaceId)))
    .for('update');
  if (!row) throw new AppError('not_found', `no baseline or target "${targetId}" in this workspace`);
  return row;
}

export async function createTarget({
  db,
  actor,
  indicatorId,
  input,
}: Options & { indicatorId: string; input: TargetInput }) {
  authorize(actor, 'monitoring:configure');
  const ws = actor.workspace.id;
  const id = await db.transaction(async (tx) => {
    const indicator = await findIndicator(tx, ws, indicatorId);
    const period = canonicalPeriod(input.period);
    await requireOrgUnit(tx, ws, input.orgUnitId);
    const disaggregation = parseDisaggregation(
      input.disaggregation,
      await indicatorCategories(tx, ws, indicator),
    );
    const values = { ...input, period, disaggregation };
    await checkUnique(tx, indicator.id, values);
    const [created] = await tx
      .insert(monitoringTargets)
      .values({ ...values, id: randomUUID(), workspaceId: ws, indicatorId: indicator.id })
      .returning();
    await appendAudit(tx, {
      workspaceId: ws,
      actorId: actor.user.id,
      action: 'monitoring_target.create',
      entityType: 'monitoring_target',
      entityId: created.id,
      after: auditedRow(created),
    });
    return created.id;
  });
  return oneTarget(db, ws, id);
}

export async function updateTarget({
  db,
  actor,
  targetId,
  patch,
  expectedVersion,
}: Options & { targetId: string; patch: Partial<TargetInput>; expectedVersion?: number }) {
  authorize(actor, 'monitoring:configure');
  const ws = actor.workspace.id;
  await db.transaction(async (tx) => {
    const before = await findTarget(tx, ws, targetId);
    checkVersion(before.rowVersion, expectedVersion);
    if (isEmptyPatch(patch)) return;
    const indicator = await findIndicator(tx, ws, before.indicatorId);
    const period = patch.period === undefined ? before.period : canonicalPeriod(patch.period);
    if (patch.orgUnitId !== undefined) await requireOrgUnit(tx, ws, patch.orgUnitId);
    const disaggregation =
      patch.disaggregation === undefined
        ? before.disaggregation
        : parseDisaggregation(patch.disaggregation, await indicatorCategories(tx, ws, indicator));
    const key = {
      kind: patch.kind ?? (before.kind as TargetKind),
      period,
      orgUnitId: patch.orgUnitId ?? before.orgUnitId,
      disaggregation,
    };
    await checkUnique(tx, indicator.id, key, before.id);
    const [updated] = await tx
      .update(monitoringTargets)
      .set({
        ...key,
        value: patch.value ?? before.value,
        updatedAt: new Date(),
        rowVersion: nextVersion(monitoringTargets.rowVersion),
      })
      .where(eq(monitoringTargets.id, before.id))
      .returning();
    await appendAudit(tx, {
      workspaceId: ws,
      actorId: actor.user.id,
      action: 'monitoring_target.update',
      entityType: 'monitoring_target',
      entityId: before.id,
      before: auditedRow(before),
      after: auditedRow(updated),
    });
  });
  return oneTarget(db, ws, targetId);
}

export async function deleteTarget({
  db,
  actor,
  targetId,
  expectedVersion,
}: Options & { targetId: string; expectedVersion?: number }) {
  authorize(actor, 'monitoring:configure');
  await db.transaction(async (tx) => {
    const before = await findTarget(tx, actor.workspace.id, targetId);
    checkVersion(before.rowVersion, expectedVersion);
    await tx.delete(monitoringTargets).where(eq(monitoringTargets.id, before.id));
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'monitoring_target.delete',
      entityType: 'monitoring_target',
      entityId: before.id,
      before: auditedRow(before),
    });
  });
}
