import { and, asc, eq, inArray } from 'drizzle-orm';
import { canReadFunderFlows, fundingReadScope } from '../../../core/access/funding-policy.ts';
import type { FunderType } from '../../../core/finance/codes.ts';
import { type FlowAmount, fundingTotals, odaShare } from '../../../core/finance/funding-totals.ts';
import type { Db } from '../../db/client.ts';
import { actors, funderMembers, fundingFlows, users } from '../../db/schema/index.ts';
import type { WorkspaceActor } from '../workspaces/membership.ts';
import { type FunderRow, financeDefaults, fundingActing, workspaceRates } from './funders-repo.ts';

/** Funders with their linked actor, members and, where the caller reads their flows, totals in `currency`. */
export async function presentFunders(db: Db, actor: WorkspaceActor, rows: FunderRow[], currency: string) {
  const ids = rows.map((row) => row.id);
  const scope = fundingReadScope(await fundingActing(db, actor));
  const readable = ids.filter((id) => canReadFunderFlows(scope, id));
  const [actorNames, members, flows, table] = await Promise.all([
    db
      .select({ id: actors.id, name: actors.name })
      .from(actors)
      .where(
        and(
          eq(actors.workspaceId, actor.workspace.id),
          inArray(
            actors.id,
            rows.flatMap((r) => r.actorId ?? []),
          ),
        ),
      ),
    ids.length === 0
      ? []
      : db
          .select({ funderId: funderMembers.funderId, userId: users.id, name: users.name })
          .from(funderMembers)
          .innerJoin(users, eq(users.id, funderMembers.userId))
          .where(inArray(funderMembers.funderId, ids))
          .orderBy(asc(users.name)),
    readable.length === 0
      ? []
      : db
          .select({
            funderId: fundingFlows.funderId,
            kind: fundingFlows.kind,
            amount: fundingFlows.amount,
            currency: fundingFlows.currency,
            flowDate: fundingFlows.flowDate,
            purposeCode: fundingFlows.purposeCode,
          })
          .from(fundingFlows)
          .where(
            and(eq(fundingFlows.workspaceId, actor.workspace.id), inArray(fundingFlows.funderId, readable)),
          ),
    workspaceRates(db, actor.workspace.id),
  ]);
  const actorName = new Map(actorNames.map((row) => [row.id, row.name]));
  const flowsOf = new Map<string, FlowAmount[]>();
  for (const flow of flows) {
    const list = flowsOf.get(flow.funderId) ?? [];
    list.push(flow as FlowAmount);
    flowsOf.set(flow.funderId, list);
  }
  const overall = fundingTotals(flows as FlowAmount[], table, currency);
  const present = rows.map((row) => {
    const visible = canReadFunderFlows(scope, row.id);
    const totals = visible ? fundingTotals(flowsOf.get(row.id) ?? [], table, currency) : null;
    return {
      id: row.id,
      name: row.name,
      acronym: row.acronym,
      type: row.type as FunderType,
      actorId: row.actorId,
      actorName: row.actorId ? (actorName.get(row.actorId) ?? null) : null,
      iatiRef: row.iatiRef,
      defaultCurrency: row.defaultCurrency,
      members: members
        .filter((member) => member.funderId === row.id)
        .map(({ userId, name }) => ({ userId, name })),
      flowsVisible: visible,
      totals: totals && {
        committed: totals.byKind.commitment,
        disbursed: totals.byKind.disbursement,
        odaShare: odaShare(totals, 'commitment'),
      },
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
      version: row.rowVersion,
    };
  });
  return { currency, funders: present, ratesUsed: overall.ratesUsed, missingRates: overall.missingRates };
}

export async function presentOne(db: Db, actor: WorkspaceActor, row: FunderRow) {
  const { currency } = await financeDefaults(db, actor.workspace.id);
  return (await presentFunders(db, actor, [row], currency)).funders[0];
}
