import { and, count, desc, eq, inArray, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import {
  type FundingActing,
  flowWriteRefusal,
  fundingReadScope,
} from '../../../core/access/funding-policy.ts';
import { AppError } from '../../../core/errors/app-error.ts';
import type { FlowKind } from '../../../core/finance/codes.ts';
import type { IatiSector, IatiWarning } from '../../../core/iati/types.ts';
import type { Db } from '../../db/client.ts';
import {
  funders,
  fundingFlows,
  iatiActivities,
  iatiImports,
  planItems,
  users,
} from '../../db/schema/index.ts';
import { appendAudit } from '../audit/repo.ts';
import { checkVersion, nextVersion } from '../shared/row-version.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';
import { fundingActing } from './funders-repo.ts';
import { planActivityInBody } from './iati-repo.ts';

export type MatchFilter = 'matched' | 'unmatched' | 'unreviewed';
type MatchKind = 'sector' | 'keyword' | 'manual';

/** Activities a donor-role member sees: those of the funders they speak for; everyone else sees all. */
function visibleTo(acting: FundingActing): SQL | undefined {
  const scope = fundingReadScope(acting);
  if (scope.all) return undefined;
  const ids = [...scope.funderIds];
  return ids.length ? inArray(iatiActivities.funderId, ids) : sql`false`;
}

const MATCH_CONDITIONS: Record<MatchFilter, SQL | undefined> = {
  matched: isNotNull(iatiActivities.matchedPlanItemId),
  unmatched: isNull(iatiActivities.matchedPlanItemId),
  unreviewed: eq(iatiActivities.matchReviewed, false),
};

export async function listIatiImports(options: { db: Db; actor: WorkspaceActor }) {
  const { db, actor } = options;
  authorize(actor, 'workspace:read');
  // a donor sees the files that brought their own funders' activities, without the warnings (which
  // name other funders' activities)
  const visible = visibleTo(await fundingActing(db, actor));
  const inWorkspace = eq(iatiImports.workspaceId, actor.workspace.id);
  const ownImports = db
    .select({ id: iatiActivities.importId })
    .from(iatiActivities)
    .where(and(eq(iatiActivities.workspaceId, actor.workspace.id), visible));
  const rows = await db
    .select({ row: iatiImports, importedBy: users.name })
    .from(iatiImports)
    .leftJoin(users, eq(users.id, iatiImports.importedBy))
    .where(visible ? and(inWorkspace, inArray(iatiImports.id, ownImports)) : inWorkspace)
    .orderBy(desc(iatiImports.createdAt))
    .limit(100);
  return {
    imports: rows.map(({ row, importedBy }) => ({
      id: row.id,
      fileName: row.fileName,
      version: row.version,
      activities: row.activityCount,
      transactions: row.transactionCount,
      warnings: visible ? [] : (row.warnings as IatiWarning[]),
      importedBy,
      createdAt: row.createdAt.toISOString(),
    })),
  };
}

const activityColumns = {
  row: iatiActivities,
  funderName: funders.name,
  itemCode: planItems.code,
  itemName: planItems.name,
};
type ActivityJoined = {
  row: typeof iatiActivities.$inferSelect;
  funderName: string | null;
  itemCode: string | null;
  itemName: string | null;
};

function selectActivities(db: Db) {
  return db
    .select(activityColumns)
    .from(iatiActivities)
    .leftJoin(funders, eq(funders.id, iatiActivities.funderId))
    .leftJoin(planItems, eq(planItems.id, iatiActivities.matchedPlanItemId));
}

/** Sums of each activity's flows by kind and currency. */
async function flowTotals(db: Db, activityIds: string[]) {
  const totals = new Map<string, { kind: FlowKind; currency: string; amount: number }[]>();
  if (activityIds.length === 0) return totals;
  const rows = await db
    .select({
      activityId: fundingFlows.iatiActivityId,
      kind: fundingFlows.kind,
      currency: fundingFlows.currency,
      amount: sql<number>`sum(${fundingFlows.amount})::float8`,
    })
    .from(fundingFlows)
    .where(inArray(fundingFlows.iatiActivityId, activityIds))
    .groupBy(fundingFlows.iatiActivityId, fundingFlows.kind, fundingFlows.currency)
    .orderBy(fundingFlows.kind, fundingFlows.currency);
  for (const row of rows) {
    const list = totals.get(row.activityId as string) ?? [];
    list.push({ kind: row.kind as FlowKind, currency: row.currency, amount: Number(row.amount) });
    totals.set(row.activityId as string, list);
  }
  return totals;
}

function presentActivity(
  joined: ActivityJoined,
  totals: { kind: FlowKind; currency: string; amount: number }[],
) {
  const { row } = joined;
  return {
    id: row.id,
    importId: row.importId,
    identifier: row.iatiIdentifier,
    title: row.title,
    description: row.description,
    funder: row.funderId && joined.funderName ? { id: row.funderId, name: joined.funderName } : null,
    defaultCurrency: row.defaultCurrency,
    startDate: row.startDate,
    endDate: row.endDate,
    sectors: (row.sectors as IatiSector[]).map(({ code, vocabulary, percentage }) => ({
      code,
      vocabulary,
      percentage,
    })),
    totals,
    matchedItem:
      row.matchedPlanItemId && joined.itemCode !== null
        ? { id: row.matchedPlanItemId, code: joined.itemCode, name: joined.itemName ?? '' }
        : null,
    matchKind: row.matchedPlanItemId ? ((row.matchKind as MatchKind | null) ?? null) : null,
    reviewed: row.matchReviewed,
    version: row.rowVersion,
  };
}

export async function listIatiActivities(options: {
  db: Db;
  actor: WorkspaceActor;
  match?: MatchFilter;
  importId?: string;
  limit: number;
  offset: number;
}) {
  const { db, actor } = options;
  authorize(actor, 'workspace:read');
  const where = and(
    eq(iatiActivities.workspaceId, actor.workspace.id),
    visibleTo(await fundingActing(db, actor)),
    options.match ? MATCH_CONDITIONS[options.match] : undefined,
    options.importId ? eq(iatiActivities.importId, options.importId) : undefined,
  );
  const [rows, [{ total }]] = await Promise.all([
    selectActivities(db)
      .where(where)
      .orderBy(iatiActivities.iatiIdentifier)
      .limit(options.limit)
      .offset(options.offset),
    db.select({ total: count() }).from(iatiActivities).where(where),
  ]);
  const totals = await flowTotals(
    db,
    rows.map(({ row }) => row.id),
  );
  return { activities: rows.map((row) => presentActivity(row, totals.get(row.row.id) ?? [])), total };
}

/**
 * Sets (or clears) the reform activity an IATI activity funds, and confirms it. Its funding flows follow
 * the match, which is what moves the coverage matrix and the sustainability projection.
 */
export async function matchIatiActivity(options: {
  db: Db;
  actor: WorkspaceActor;
  iatiActivityId: string;
  planItemId: string | null;
  reviewed?: boolean;
  expectedVersion?: number;
}) {
  const { db, actor, iatiActivityId } = options;
  authorize(actor, 'funding:write');
  const workspaceId = actor.workspace.id;
  const acting = await fundingActing(db, actor);
  return db.transaction(async (tx) => {
    const txDb = tx as unknown as Db;
    const [current] = await selectActivities(txDb)
      .where(and(eq(iatiActivities.workspaceId, workspaceId), eq(iatiActivities.id, iatiActivityId)))
      .for('update', { of: iatiActivities });
    const visible =
      current && (fundingReadScope(acting).all || acting.linkedFunderIds.has(current.row.funderId ?? ''));
    if (!current || !visible)
      throw new AppError('not_found', `no IATI activity "${iatiActivityId}" in this workspace`);
    const refusal = flowWriteRefusal(acting, {
      id: current.row.funderId ?? '',
      name: current.funderName ?? '',
    });
    if (refusal) throw new AppError('forbidden', refusal.reason);
    checkVersion(current.row.rowVersion, options.expectedVersion);
    if (options.planItemId) await planActivityInBody(txDb, workspaceId, options.planItemId);

    const changed = options.planItemId !== current.row.matchedPlanItemId;
    const matchKind = options.planItemId === null ? null : changed ? 'manual' : current.row.matchKind;
    const reviewed = options.reviewed ?? (changed ? true : current.row.matchReviewed);
    await txDb
      .update(iatiActivities)
      .set({
        matchedPlanItemId: options.planItemId,
        matchKind,
        matchReviewed: reviewed,
        rowVersion: nextVersion(iatiActivities.rowVersion),
        updatedAt: new Date(),
      })
      .where(eq(iatiActivities.id, iatiActivityId));
    if (changed)
      await txDb
        .update(fundingFlows)
        .set({
          planItemId: options.planItemId,
          updatedAt: new Date(),
          rowVersion: nextVersion(fundingFlows.rowVersion),
        })
        .where(eq(fundingFlows.iatiActivityId, iatiActivityId));
    await appendAudit(txDb, {
      workspaceId,
      actorId: actor.user.id,
      action: 'iati.match',
      entityType: 'iati_activity',
      entityId: iatiActivityId,
      before: {
        identifier: current.row.iatiIdentifier,
        planItemId: current.row.matchedPlanItemId,
        matchKind: current.row.matchKind,
        reviewed: current.row.matchReviewed,
      },
      after: { identifier: current.row.iatiIdentifier, planItemId: options.planItemId, matchKind, reviewed },
    });
    const [updated] = await selectActivities(txDb).where(eq(iatiActivities.id, iatiActivityId));
    const totals = await flowTotals(txDb, [iatiActivityId]);
    return presentActivity(updated, totals.get(iatiActivityId) ?? []);
  });
}
