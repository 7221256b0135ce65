import { randomUUID } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import { AppError } from '../../../core/errors/app-error.ts';
import type { PeriodType } from '../../../core/indicators/periods.ts';
import type {
  Direction,
  IndicatorKind,
  IndicatorLevel,
  ResultLevel,
} from '../../../core/indicators/types.ts';
import type { NameTranslations } from '../../../core/sector-map/categories.ts';
import type { Db } from '../../db/client.ts';
import { actors } from '../../db/schema/index.ts';
import { monitoringIndicators, monitoringResults } from '../../db/schema/monitoring.ts';
import { appendAudit } from '../audit/repo.ts';
import { isEmptyPatch } from '../shared/empty-patch.ts';
import { checkVersion, nextVersion } from '../shared/row-version.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';
import { requireActorsInWorkspace } from '../workspaces/references.ts';
import { introducesFiscalType, refreshAfterMetadataChange } from './analytics-metadata.ts';
import { auditedRow, badRequest, conflict } from './indicators-common.ts';
import { expressionCheck, requireExpression } from './indicators-expressions.ts';
import { loadMonitoringMetadata } from './metadata-repo.ts';

export interface IndicatorInput {
  code: string;
  name: string;
  nameTranslations?: NameTranslations;
  description?: string | null;
  level: IndicatorLevel;
  kind: IndicatorKind;
  numerator: string;
  denominator?: string;
  factor?: number;
  direction?: Direction;
  dataSource?: string | null;
  frequency?: PeriodType;
  responsibleActorId?: string | null;
  resultId?: string | null;
  onTrackFrom?: number;
  atRiskFrom?: number;
}

interface Options {
  db: Db;
  actor: WorkspaceActor;
}

export type IndicatorRow = typeof monitoringIndicators.$inferSelect;

function selectIndicators(db: Db, workspaceId: string) {
  return db
    .select({
      row: monitoringIndicators,
      actor: { id: actors.id, name: actors.name, nameTranslations: actors.nameTranslations },
      result: {
        id: monitoringResults.id,
        code: monitoringResults.code,
        title: monitoringResults.title,
        level: monitoringResults.level,
      },
    })
    .from(monitoringIndicators)
    .leftJoin(actors, eq(actors.id, monitoringIndicators.responsibleActorId))
    .leftJoin(monitoringResults, eq(monitoringResults.id, monitoringIndicators.resultId))
    .where(eq(monitoringIndicators.workspaceId, workspaceId))
    .$dynamic();
}

type Joined = Awaited<ReturnType<typeof selectIndicators>>[number];

function presentIndicator({ row, actor, result }: Joined) {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    nameTranslations: row.nameTranslations ?? {},
    description: row.description,
    level: row.level as IndicatorLevel,
    kind: row.kind as IndicatorKind,
    numerator: row.numerator,
    denominator: row.denominator,
    factor: row.factor,
    direction: row.direction as Direction,
    dataSource: row.dataSource,
    frequency: row.frequency as PeriodType,
    responsibleActor: actor?.id ? { ...actor, nameTranslations: actor.nameTranslations ?? {} } : null,
    result: result?.id ? { ...result, level: result.level as ResultLevel } : null,
    onTrackFrom: row.onTrackFrom,
    atRiskFrom: row.atRiskFrom,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.rowVersion,
  };
}

export async function listIndicators({ db, actor }: Options) {
  authorize(actor, 'workspace:read');
  const rows = await selectIndicators(db, actor.workspace.id).orderBy(asc(monitoringIndicators.code));
  return rows.map(presentIndicator);
}

export async function findIndicator(db: Db, workspaceId: string, indicatorId: string, lock = false) {
  const query = db
    .select()
    .from(monitoringIndicators)
    .where(and(eq(monitoringIndicators.id, indicatorId), eq(monitoringIndicators.workspaceId, workspaceId)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new AppError('not_found', `no indicator "${indicatorId}" in this workspace`);
  return row;
}

export async function indicatorDetail({ db, actor, indicatorId }: Options & { indicatorId: string }) {
  authorize(actor, 'workspace:read');
  const [joined] = await selectIndicators(db, actor.workspace.id).where(
    and(eq(monitoringIndicators.workspaceId, actor.workspace.id), eq(monitoringIndicators.id, indicatorId)),
  );
  if (!joined) throw new AppError('not_found', `no indicator "${indicatorId}" in this workspace`);
  return presentIndicator(joined);
}

/** The live check of the indicator form: whether an expression is valid here, and what it reads. */
export async function checkIndicatorExpression({ db, actor, expression }: Options & { expression: string }) {
  authorize(actor, 'workspace:read');
  return expressionCheck(await loadMonitoringMetadata(db, actor.workspace.id), expression);
}

/** 0 < atRiskFrom ≤ onTrackFrom ≤ 1 (the schema checks each bound; this checks their order). */
function checkThresholds(onTrackFrom: number, atRiskFrom: number) {
  if (atRiskFrom > onTrackFrom)
    throw badRequest('atRiskFrom', `must not be above onTrackFrom (${onTrackFrom})`);
}

async function checkReferences(tx: Db, workspaceId: string, input: Partial<IndicatorInput>) {
  if (input.numerator !== undefined || input.denominator !== undefined) {
    const meta = await loadMonitoringMetadata(tx, workspaceId);
    if (input.numerator !== undefined) requireExpression(meta, 'numerator', input.numerator);
    if (input.denominator !== undefined) requireExpression(meta, 'denominator', input.denominator);
  }
  await requireActorsInWorkspace(tx, workspaceId, input.responsibleActorId, 'responsibleActorId');
  if (input.resultId) {
    const [result] = await tx
      .select({ id: monitoringResults.id })
      .from(monitoringResults)
      .where(and(eq(monitoringResults.id, input.resultId), eq(monitoringResults.workspaceId, workspaceId)))
      .for('share');
    if (!result)
      throw badRequest('resultId', 'no result with this id in this workspace', { id: input.resultId });
  }
}

async function checkCode(tx: Db, workspaceId: string, code: string, exceptId?: string) {
  const [clash] = await tx
    .select({ id: monitoringIndicators.id })
    .from(monitoringIndicators)
    .where(
      and(
        eq(monitoringIndicators.workspaceId, workspaceId),
        sql`lower(${monitoringIndicators.code}) = lower(${code})`,
      ),
    );
  if (clash && clash.id !== exceptId)
    throw conflict('code', `another indicator already has the code "${code}"`, { id: clash.id });
}

export async function createIndicator({ db, actor, input }: Options & { input: IndicatorInput }) {
  authorize(actor, 'monitoring:configure');
  const ws = actor.workspace.id;
  checkThresholds(input.onTrackFrom ?? 0.9, input.atRiskFrom ?? 0.6);
  const id = await db.transaction(async (tx) => {
    await checkReferences(tx, ws, { ...input, denominator: input.denominator ?? '1' });
    await checkCode(tx, ws, input.code);
    const [created] = await tx
      .insert(monitoringIndicators)
      .values({ ...input, id: randomUUID(), workspaceId: ws })
      .returning();
    await appendAudit(tx, {
      workspaceId: ws,
      actorId: actor.user.id,
      action: 'monitoring_indicator.create',
      entityType: 'monitoring_indicator',
      entityId: created.id,
      after: auditedRow(created),
    });
    return created.id;
  });
  // analytics rows exist for each fiscal type in use: a new one needs a rebuild
  if (introducesFiscalType(null, input.frequency)) await refreshAfterMetadataChange(db, ws);
  return indicatorDetail({ db, actor, indicatorId: id });
}

export async function updateIndicator({
  db,
  actor,
  indicatorId,
  patch,
  expectedVersion,
}: Options & { indicatorId: string; patch: Partial<IndicatorInput>; expectedVersion?: number }) {
  authorize(actor, 'monitoring:configure');
  const ws = actor.workspace.id;
  const newFiscalType = await db.transaction(async (tx) => {
    const before = await findIndicator(tx, ws, indicatorId, true);
    checkVersion(before.rowVersion, expectedVersion);
    if (isEmptyPatch(patch)) return false;
    checkThresholds(patch.onTrackFrom ?? before.onTrackFrom, patch.atRiskFrom ?? before.atRiskFrom);
    await checkReferences(tx, ws, patch);
    if (patch.code !== undefined) await checkCode(tx, ws, patch.code, before.id);
    const [updated] = await tx
      .update(monitoringIndicators)
      .set({ ...patch, updatedAt: new Date(), rowVersion: nextVersion(monitoringIndicators.rowVersion) })
      .where(eq(monitoringIndicators.id, before.id))
      .returning();
    await appendAudit(tx, {
      workspaceId: ws,
      actorId: actor.user.id,
      action: 'monitoring_indicator.update',
      entityType: 'monitoring_indicator',
      entityId: before.id,
      before: auditedRow(before),
      after: auditedRow(updated),
    });
    return introducesFiscalType(before.frequency, updated?.frequency);
  });
  if (newFiscalType) await refreshAfterMetadataChange(db, ws);
  return indicatorDetail({ db, actor, indicatorId });
}

/** Deletes an indicator with its baselines, targets and review flags. */
export async function deleteIndicator({
  db,
  actor,
  indicatorId,
  expectedVersion,
}: Options & { indicatorId: string; expectedVersion?: number }) {
  authorize(actor, 'monitoring:configure');
  await db.transaction(async (tx) => {
    const before = await findIndicator(tx, actor.workspace.id, indicatorId, true);
    checkVersion(before.rowVersion, expectedVersion);
    await tx.delete(monitoringIndicators).where(eq(monitoringIndicators.id, before.id));
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'monitoring_indicator.delete',
      entityType: 'monitoring_indicator',
      entityId: before.id,
      before: auditedRow(before),
    });
  });
}
