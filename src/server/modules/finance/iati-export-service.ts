import { and, asc, eq, inArray } from 'drizzle-orm';
import { fundingReadScope } from '../../../core/access/funding-policy.ts';
import type { FlowKind } from '../../../core/finance/codes.ts';
import { iatiOrgTypeOfFunder, transactionTypeOfFlow } from '../../../core/iati/import-mapping.ts';
import type { IatiActivity, IatiOrganisation } from '../../../core/iati/types.ts';
import { iatiDocumentChunks } from '../../../core/iati/writer.ts';
import type { Db } from '../../db/client.ts';
import { actors, funders, fundingFlows, planItems } from '../../db/schema/index.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';
import { fundingActing } from './funders-repo.ts';
import { matchingPlan } from './iati-repo.ts';

export const defaultOrgRef = (slug: string) => `XI-CUSTODES-${slug}`;

/** An identifier part IATI accepts: no spaces or slashes. */
const identifierPart = (code: string) => code.replace(/[^A-Za-z0-9_.-]+/g, '-');

/**
 * The programme as IATI activities: every reform activity of the plan that has funding, reported by the
 * workspace, its funders as funding organisations (role 1), its lead institution as implementing (role 4),
 * its purpose code as sector and its funding flows as transactions. A donor-role reader gets only the
 * flows of the funders they speak for.
 */
export async function programmeAsIati(options: {
  db: Db;
  actor: WorkspaceActor;
  orgRef?: string;
  planId?: string;
}): Promise<IatiActivity[]> {
  const { db, actor } = options;
  authorize(actor, 'workspace:read');
  const workspaceId = actor.workspace.id;
  const orgRef = options.orgRef ?? defaultOrgRef(actor.workspace.slug);
  const plan = await matchingPlan(db, workspaceId, options.planId);
  if (!plan) return [];
  const scope = fundingReadScope(await fundingActing(db, actor));
  const flows = await db
    .select({
      itemId: fundingFlows.planItemId,
      kind: fundingFlows.kind,
      amount: fundingFlows.amount,
      currency: fundingFlows.currency,
      flowDate: fundingFlows.flowDate,
      description: fundingFlows.description,
      funderId: funders.id,
      funderName: funders.name,
      funderRef: funders.iatiRef,
      funderType: funders.type,
    })
    .from(fundingFlows)
    .innerJoin(funders, eq(funders.id, fundingFlows.funderId))
    .innerJoin(planItems, eq(planItems.id, fundingFlows.planItemId))
    .where(
      and(
        eq(fundingFlows.workspaceId, workspaceId),
        eq(planItems.planId, plan.id),
        eq(planItems.kind, 'activity'),
      ),
    )
    .orderBy(asc(fundingFlows.flowDate));
  const visible = flows.filter((flow) => scope.all || scope.funderIds.has(flow.funderId));
  const itemIds = [...new Set(visible.map((flow) => flow.itemId as string))];
  if (itemIds.length === 0) return [];
  const items = await db
    .select({
      id: planItems.id,
      code: planItems.code,
      name: planItems.name,
      description: planItems.description,
      purposeCode: planItems.purposeCode,
      leadName: actors.name,
    })
    .from(planItems)
    .leftJoin(actors, eq(actors.id, planItems.leadActorId))
    .where(inArray(planItems.id, itemIds))
    .orderBy(asc(planItems.code));

  const reportingOrg: IatiOrganisation = { ref: orgRef, name: actor.workspace.name, role: null, type: '10' };
  return items.map((item) => {
    const own = visible.filter((flow) => flow.itemId === item.id);
    const funderOrgs = new Map<string, IatiOrganisation>();
    for (const flow of own)
      funderOrgs.set(flow.funderId, {
        ref: flow.funderRef,
        name: flow.funderName,
        role: '1',
        type: iatiOrgTypeOfFunder(flow.funderType),
      });
    const participants = [...funderOrgs.values()];
    if (item.leadName) participants.push({ ref: null, name: item.leadName, role: '4', type: '10' });
    const dates = own.map((flow) => flow.flowDate).sort();
    return {
      identifier: `${orgRef}-${identifierPart(item.code)}`,
      title: item.name,
      description: item.description,
      defaultCurrency: own[0]?.currency ?? null,
      language: null,
      reportingOrg,
      participatingOrgs: participants,
      status: null,
      plannedStart: dates[0] ?? null,
      actualStart: null,
      plannedEnd: dates.at(-1) ?? null,
      actualEnd: null,
      recipientCountries: [],
      sectors: item.purposeCode ? [{ code: item.purposeCode, vocabulary: '1', percentage: 100 }] : [],
      budgets: [],
      plannedDisbursements: [],
      transactions: own.map((flow) => ({
        type: transactionTypeOfFlow(flow.kind as FlowKind),
        date: flow.flowDate,
        value: { value: flow.amount, currency: flow.currency, valueDate: flow.flowDate },
        description: flow.description,
        providerOrg: flow.funderName,
        receiverOrg: null,
        sectors: [],
      })),
      results: [],
    };
  });
}

/** The export as a stream of XML text, activity by activity. */
export async function programmeIatiXml(options: Parameters<typeof programmeAsIati>[0]) {
  const activities = await programmeAsIati(options);
  return iatiDocumentChunks(activities, { generatedAt: new Date() });
}
