import { and, eq } from 'drizzle-orm';
import { fundingReadScope } from '../../../core/access/funding-policy.ts';
import { reminders } from '../../../core/coordination/compacts.ts';
import { coverageMatrix } from '../../../core/coordination/coverage.ts';
import { AppError } from '../../../core/errors/app-error.ts';
import { RateTable } from '../../../core/finance/currency.ts';
import type { TextLanguage } from '../../../core/frameworks/types.ts';
import { mainPlan } from '../../../core/overview/choose.ts';
import type { Db } from '../../db/client.ts';
import {
  compactCommitments,
  coordinationActions,
  coordinationMechanisms,
  exchangeRates,
  financeSettings,
  funders,
  fundingFlows,
  needs,
  planItemNeeds,
  planItems,
  plans,
} from '../../db/schema/index.ts';
import { fundingActing } from '../finance/funders-repo.ts';
import { needTextRenderer } from '../needs/render.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';
import { today } from './repo.ts';

interface CoverageOptions {
  db: Db;
  actor: WorkspaceActor;
  language: TextLanguage;
  planId?: string;
  currency?: string;
  gapThreshold?: number;
}

/** The chosen plan, or by default the newest approved plan, else the newest; never a scenario. */
async function choosePlan(db: Db, workspaceId: string, planId: string | undefined) {
  const rows = await db
    .select({
      id: plans.id,
      name: plans.name,
      status: plans.status,
      scenarioOf: plans.scenarioOf,
      createdAt: plans.createdAt,
    })
    .from(plans)
    .where(eq(plans.workspaceId, workspaceId));
  if (!planId) return mainPlan(rows);
  const plan = rows.find((row) => row.id === planId);
  if (!plan) throw new AppError('not_found', `no plan "${planId}" in this workspace`);
  return plan;
}

/** Needs and reform areas against funders, with gaps and possible duplications (see core/coordination). */
export async function coverage(options: CoverageOptions) {
  const { db, actor } = options;
  authorize(actor, 'workspace:read');
  const ws = actor.workspace.id;
  const plan = await choosePlan(db, ws, options.planId);
  const [settings] = await db.select().from(financeSettings).where(eq(financeSettings.workspaceId, ws));
  const [needRows, items, links, flows, funderRows, rates, mechanisms] = await Promise.all([
    db
      .select()
      .from(needs)
      .where(and(eq(needs.workspaceId, ws), eq(needs.status, 'open'))),
    db
      .select({
        id: planItems.id,
        parentId: planItems.parentId,
        planId: planItems.planId,
        code: planItems.code,
        name: planItems.name,
      })
      .from(planItems)
      .where(eq(planItems.workspaceId, ws)),
    db
      .select({ itemId: planItemNeeds.itemId, needId: planItemNeeds.needId })
      .from(planItemNeeds)
      .innerJoin(needs, eq(needs.id, planItemNeeds.needId))
      .where(eq(needs.workspaceId, ws)),
    db.select().from(fundingFlows).where(eq(fundingFlows.workspaceId, ws)),
    db
      .select({ id: funders.id, name: funders.name })
      .from(funders)
      .where(eq(funders.workspaceId, ws))
      .orderBy(funders.name),
    db.select().from(exchangeRates).where(eq(exchangeRates.workspaceId, ws)),
    db.select().from(coordinationMechanisms).where(eq(coordinationMechanisms.workspaceId, ws)),
  ]);
  const scope = fundingReadScope(await fundingActing(db, actor));
  const render = needTextRenderer(db, ws, options.language);
  const titled = await Promise.all(
    needRows.map(async (row) => ({
      id: row.id,
      title: (await render(row)).title,
      severity: row.severity,
      importance: row.importance,
    })),
  );
  const matrix = coverageMatrix({
    currency: options.currency ?? settings?.reportingCurrency ?? 'USD',
    rates: new RateTable(rates),
    funders: funderRows,
    needs: titled,
    items,
    itemNeeds: links,
    flows,
    // a pooled fund's own funder record speaks inside the mechanism as much as its contributors do
    mechanisms: mechanisms.map((m) => ({
      ...m,
      memberFunderIds: m.poolFunderId ? [...m.memberFunderIds, m.poolFunderId] : m.memberFunderIds,
    })),
    planId: plan?.id ?? null,
    gapThreshold: options.gapThreshold,
    visibleFunderIds: scope.all ? undefined : scope.funderIds,
  });
  return { plan: plan ? { id: plan.id, name: plan.name } : null, ...matrix };
}

/** Overdue compact commitments and follow-up actions of every mechanism, the longest overdue first. */
export async function coordinationReminders({
  db,
  actor,
  asOf,
}: {
  db: Db;
  actor: WorkspaceActor;
  asOf?: string;
}) {
  authorize(actor, 'workspace:read');
  const ws = actor.workspace.id;
  const statusDate = asOf ?? today();
  const [mechanisms, commitments, actions] = await Promise.all([
    db
      .select({ id: coordinationMechanisms.id, name: coordinationMechanisms.name })
      .from(coordinationMechanisms)
      .where(eq(coordinationMechanisms.workspaceId, ws)),
    db.select().from(compactCommitments).where(eq(compactCommitments.workspaceId, ws)),
    db.select().from(coordinationActions).where(eq(coordinationActions.workspaceId, ws)),
  ]);
  const names = new Map(mechanisms.map((m) => [m.id, m.name]));
  return {
    statusDate,
    reminders: reminders(commitments, actions, statusDate).map((r) => ({
      ...r,
      mechanismName: names.get(r.mechanismId) ?? '',
    })),
  };
}
