import { randomUUID } from 'node:crypto';
import { and, eq, gte, inArray, lt, ne, type SQL } from 'drizzle-orm';
import {
  canReadFunderFlows,
  type FundingActing,
  flowWriteRefusal,
  fundingReadScope,
} from '../../../core/access/funding-policy.ts';
import { enforce } from '../../../core/access/policy.ts';
import { AppError } from '../../../core/errors/app-error.ts';
import type { FlowKind } from '../../../core/finance/codes.ts';
import { fundingTotals } from '../../../core/finance/funding-totals.ts';
import type { Db } from '../../db/client.ts';
import { fundingFlows, iatiActivities, planItems } from '../../db/schema/index.ts';
import { appendAudit } from '../audit/repo.ts';
import { isEmptyPatch } from '../shared/empty-patch.ts';
import { checkVersion, nextVersion } from '../shared/row-version.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';
import { requireActorsInWorkspace } from '../workspaces/references.ts';
import { fiscalYearRange, presentFlow, selectFlows } from './flows-repo.ts';
import type { CreateFlowInput, UpdateFlowInput } from './flows-schemas.ts';
import { financeDefaults, funderInBody, fundingActing, workspaceRates } from './funders-repo.ts';

interface Options {
  db: Db;
  actor: WorkspaceActor;
}

export interface FlowFilter {
  funderId?: string;
  kind?: FlowKind;
  year?: number;
  planItemId?: string;
  currency?: string;
}

type FlowRow = typeof fundingFlows.$inferSelect;

const audited = (row: FlowRow) => ({
  funderId: row.funderId,
  kind: row.kind,
  amount: row.amount,
  currency: row.currency,
  flowDate: row.flowDate,
  purposeCode: row.purposeCode,
  planItemId: row.planItemId,
  recipientActorId: row.recipientActorId,
  toFunderId: row.toFunderId,
  description: row.description,
});

/** Flows the caller reads (a donor: those of the funders they speak for), filtered, with totals in one currency. */
export async function listFlows({ db, actor, filter }: Options & { filter: FlowFilter }) {
  authorize(actor, 'workspace:read');
  const defaults = await financeDefaults(db, actor.workspace.id);
  const currency = filter.currency ?? defaults.currency;
  const scope = fundingReadScope(await fundingActing(db, actor));
  const table = await workspaceRates(db, actor.workspace.id);
  const conditions: (SQL | undefined)[] = [];
  if (!scope.all) {
    if (scope.funderIds.size === 0) {
      const none = fundingTotals([], table, currency);
      return { currency, flows: [], totals: none, intoFunds: none };
    }
    conditions.push(inArray(fundingFlows.funderId, [...scope.funderIds]));
  }
  if (filter.funderId) conditions.push(eq(fundingFlows.funderId, filter.funderId));
  if (filter.kind) conditions.push(eq(fundingFlows.kind, filter.kind));
  if (filter.planItemId) conditions.push(eq(fundingFlows.planItemId, filter.planItemId));
  if (filter.year !== undefined) {
    const [from, to] = fiscalYearRange(filter.year, defaults.fiscalYearStartMonth);
    conditions.push(gte(fundingFlows.flowDate, from), lt(fundingFlows.flowDate, to));
  }
  const rows = await selectFlows(db, actor.workspace.id, and(...conditions));
  const amounts = (into: boolean) =>
    rows
      .filter((row) => (row.flow.toFunderId !== null) === into)
      .map((row) => row.flow as FlowRow & { kind: FlowKind });
  return {
    currency,
    flows: rows.map((row) => presentFlow(row, table, currency, defaults.fiscalYearStartMonth)),
    // money put into a pooled fund is counted once, when the fund allocates it, not also on the way in
    totals: fundingTotals(amounts(false), table, currency),
    intoFunds: fundingTotals(amounts(true), table, currency),
  };
}

async function presentOne(db: Db, actor: WorkspaceActor, flowId: string) {
  const defaults = await financeDefaults(db, actor.workspace.id);
  const table = await workspaceRates(db, actor.workspace.id);
  const [row] = await selectFlows(db, actor.workspace.id, eq(fundingFlows.id, flowId));
  return presentFlow(row, table, defaults.currency, defaults.fiscalYearStartMonth);
}

/** A flow the caller reads: 404 for one that is not in the workspace or, for a donor, not theirs. */
async function findReadableFlow(tx: Db, actor: WorkspaceActor, acting: FundingActing, flowId: string) {
  const [row] = await tx
    .select()
    .from(fundingFlows)
    .where(and(eq(fundingFlows.workspaceId, actor.workspace.id), eq(fundingFlows.id, flowId)))
    .for('update');
  if (!row || !canReadFunderFlows(fundingReadScope(acting), row.funderId))
    throw new AppError('not_found', `no funding flow "${flowId}" in this workspace`);
  return row;
}

const bad = (field: string, message: string, id?: string) =>
  new AppError('bad_request', `${field}: ${message}`, { field, ...(id && { id }) });

/** The references a flow makes, checked against this workspace, and who may write for its funder. */
async function checkFlow(
  tx: Db,
  actor: WorkspaceActor,
  acting: FundingActing,
  flow: Pick<FlowRow, 'funderId' | 'toFunderId' | 'planItemId' | 'recipientActorId'>,
  changed: { funderId?: unknown; toFunderId?: unknown; planItemId?: unknown; recipientActorId?: unknown },
) {
  const workspaceId = actor.workspace.id;
  if (changed.funderId !== undefined) {
    const funder = await funderInBody(tx, workspaceId, flow.funderId, 'funderId');
    enforce(flowWriteRefusal(acting, funder));
  }
  if (flow.toFunderId && changed.toFunderId !== undefined) {
    const fund = await funderInBody(tx, workspaceId, flow.toFunderId, 'toFunderId');
    if (fund.type !== 'pooled_fund' && fund.type !== 'trust_fund')
      throw bad('toFunderId', `"${fund.name}" is not a pooled or trust fund`, fund.id);
  }
  if (flow.toFunderId && flow.toFunderId === flow.funderId)
    throw bad('toFunderId', 'a fund cannot contribute to itself', flow.toFunderId);
  if (flow.planItemId && changed.planItemId !== undefined) {
    const [item] = await tx
      .select({ id: planItems.id })
      .from(planItems)
      .where(and(eq(planItems.workspaceId, workspaceId), eq(planItems.id, flow.planItemId)))
      .for('share');
    if (!item) throw bad('planItemId', 'no plan item with this id in this workspace', flow.planItemId);
  }
  if (changed.recipientActorId !== undefined)
    await requireActorsInWorkspace(tx, workspaceId, flow.recipientActorId, 'recipientActorId');
}

export async function createFlow({ db, actor, input }: Options & { input: CreateFlowInput }) {
  authorize(actor, 'funding:write');
  const acting = await fundingActing(db, actor);
  const id = await db.transaction(async (tx) => {
    const values = {
      id: randomUUID(),
      workspaceId: actor.workspace.id,
      funderId: input.funderId,
      kind: input.kind,
      amount: input.amount,
      currency: input.currency,
      flowDate: input.flowDate,
      purposeCode: input.purposeCode ?? null,
      planItemId: input.planItemId ?? null,
      recipientActorId: input.recipientActorId ?? null,
      toFunderId: input.toFunderId ?? null,
      description: input.description || null,
      createdBy: actor.user.id,
    };
    await checkFlow(tx, actor, acting, values, input);
    const [created] = await tx.insert(fundingFlows).values(values).returning();
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'funding_flow.create',
      entityType: 'funding_flow',
      entityId: created.id,
      after: audited(created),
    });
    return created.id;
  });
  return presentOne(db, actor, id);
}

export async function updateFlow({
  db,
  actor,
  flowId,
  patch,
  expectedVersion,
}: Options & { flowId: string; patch: UpdateFlowInput; expectedVersion?: number }) {
  authorize(actor, 'funding:write');
  const acting = await fundingActing(db, actor);
  await db.transaction(async (tx) => {
    const before = await findReadableFlow(tx, actor, acting, flowId);
    checkVersion(before.rowVersion, expectedVersion);
    if (isEmptyPatch(patch)) return;
    const { funderName } = await checkWritable(tx, actor, acting, before);
    if (before.iatiActivityId) {
      const fixed = Object.entries(patch).find(
        ([field, value]) => value !== undefined && field !== 'planItemId',
      );
      if (fixed)
        throw new AppError(
          'conflict',
          `${fixed[0]}: this flow of "${funderName}" came from an IATI file; only its plan item can change here (correct the donor's file and import it again)`,
          { field: fixed[0] },
        );
    }
    const merged = {
      ...before,
      ...patch,
      description: patch.description === '' ? null : (patch.description ?? before.description),
    };
    await checkFlow(tx, actor, acting, merged, {
      ...patch,
      // a new fund, or a new contributor to the same fund, is checked again
      toFunderId: patch.toFunderId ?? (patch.funderId !== undefined ? merged.toFunderId : undefined),
    });
    const [updated] = await tx
      .update(fundingFlows)
      .set({
        ...patch,
        description: merged.description,
        updatedAt: new Date(),
        rowVersion: nextVersion(fundingFlows.rowVersion),
      })
      .where(eq(fundingFlows.id, before.id))
      .returning();
    if (before.iatiActivityId && patch.planItemId !== undefined)
      await matchImportedActivity(tx, before.iatiActivityId, patch.planItemId, before.id);
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'funding_flow.update',
      entityType: 'funding_flow',
      entityId: before.id,
      before: audited(before),
      after: audited(updated),
    });
  });
  return presentOne(db, actor, flowId);
}

/**
 * A flow read from IATI goes where its activity is matched: choosing its plan item here is a match by
 * hand of the whole activity, so its other flows follow and the next import keeps the choice.
 */
async function matchImportedActivity(
  tx: Db,
  iatiActivityId: string,
  planItemId: string | null,
  updatedFlowId: string,
) {
  await tx
    .update(iatiActivities)
    .set({
      matchedPlanItemId: planItemId,
      matchKind: planItemId ? 'manual' : null,
      matchReviewed: true,
      updatedAt: new Date(),
      rowVersion: nextVersion(iatiActivities.rowVersion),
    })
    .where(eq(iatiActivities.id, iatiActivityId));
  await tx
    .update(fundingFlows)
    .set({ planItemId, updatedAt: new Date(), rowVersion: nextVersion(fundingFlows.rowVersion) })
    .where(and(eq(fundingFlows.iatiActivityId, iatiActivityId), ne(fundingFlows.id, updatedFlowId)));
}

/** The caller may write for the flow's current funder. */
async function checkWritable(tx: Db, actor: WorkspaceActor, acting: FundingActing, flow: FlowRow) {
  const funder = await funderInBody(tx, actor.workspace.id, flow.funderId, 'funderId');
  enforce(flowWriteRefusal(acting, funder));
  return { funderName: funder.name };
}

export async function deleteFlow({ db, actor, flowId }: Options & { flowId: string }) {
  authorize(actor, 'funding:write');
  const acting = await fundingActing(db, actor);
  await db.transaction(async (tx) => {
    const flow = await findReadableFlow(tx, actor, acting, flowId);
    const { funderName } = await checkWritable(tx, actor, acting, flow);
    if (flow.iatiActivityId)
      throw new AppError(
        'conflict',
        `this flow of "${funderName}" came from an IATI file and cannot be deleted here: correct the donor's file and import it again`,
      );
    await tx.delete(fundingFlows).where(eq(fundingFlows.id, flow.id));
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'funding_flow.delete',
      entityType: 'funding_flow',
      entityId: flow.id,
      before: audited(flow),
    });
  });
}
