import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, ne, or, sql } from 'drizzle-orm';
import { funderManageRefusal, linkableToFunder } from '../../../core/access/funding-policy.ts';
import { enforce } from '../../../core/access/policy.ts';
import { AppError } from '../../../core/errors/app-error.ts';
import { FUND_TYPES } from '../../../core/finance/codes.ts';
import type { Db } from '../../db/client.ts';
import {
  budgetLines,
  coordinationMechanisms,
  funderMembers,
  funders,
  fundingFlows,
  memberships,
} from '../../db/schema/index.ts';
import { appendAudit } from '../audit/repo.ts';
import { isEmptyPatch } from '../shared/empty-patch.ts';
import { checkVersion, nextVersion } from '../shared/row-version.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';
import { requireActorsInWorkspace, requireMembersOfWorkspace } from '../workspaces/references.ts';
import { presentFunders, presentOne } from './funders-present.ts';
import { type FunderRow, financeDefaults, findFunder } from './funders-repo.ts';
import type { CreateFunderInput, UpdateFunderInput } from './funders-schemas.ts';

interface Options {
  db: Db;
  actor: WorkspaceActor;
}

const audited = (row: FunderRow) => ({
  name: row.name,
  acronym: row.acronym,
  type: row.type,
  actorId: row.actorId,
  iatiRef: row.iatiRef,
  defaultCurrency: row.defaultCurrency,
});

export async function listFunders({ db, actor, currency }: Options & { currency?: string }) {
  authorize(actor, 'workspace:read');
  const chosen = currency ?? (await financeDefaults(db, actor.workspace.id)).currency;
  const rows = await db
    .select()
    .from(funders)
    .where(eq(funders.workspaceId, actor.workspace.id))
    .orderBy(asc(sql`lower(${funders.name})`));
  return presentFunders(db, actor, rows, chosen);
}

/** 409 when another funder of the workspace has the name (any case) or the IATI organisation reference. */
async function checkUnique(
  db: Db,
  workspaceId: string,
  input: { name?: string; iatiRef?: string | null },
  except?: string,
) {
  const clauses = [];
  if (input.name) clauses.push(sql`lower(${funders.name}) = lower(${input.name})`);
  if (input.iatiRef) clauses.push(eq(funders.iatiRef, input.iatiRef));
  if (clauses.length === 0) return;
  const [clash] = await db
    .select({ name: funders.name, iatiRef: funders.iatiRef })
    .from(funders)
    .where(
      and(eq(funders.workspaceId, workspaceId), or(...clauses), except ? ne(funders.id, except) : undefined),
    );
  if (!clash) return;
  const field = input.name && clash.name.toLowerCase() === input.name.toLowerCase() ? 'name' : 'iatiRef';
  throw new AppError(
    'conflict',
    `${field}: another funder already has ${field === 'name' ? `the name "${clash.name}"` : `the IATI reference "${clash.iatiRef}"`}`,
    { field },
  );
}

const blank = (value: string | null | undefined) => (value === '' ? null : value);

/** A fund that others contributed to stays a fund: its contributions would otherwise point at a donor. */
async function checkNoContributions(db: Db, funder: FunderRow) {
  const [{ count }] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(fundingFlows)
    .where(eq(fundingFlows.toFunderId, funder.id));
  if (count > 0)
    throw new AppError('conflict', `type: "${funder.name}" has received ${count} contribution(s) as a fund`, {
      field: 'type',
      contributions: count,
    });
}

export async function createFunder({ db, actor, input }: Options & { input: CreateFunderInput }) {
  enforce(funderManageRefusal(actor));
  const row = await db.transaction(async (tx) => {
    await requireActorsInWorkspace(tx, actor.workspace.id, input.actorId, 'actorId');
    await checkUnique(tx, actor.workspace.id, input);
    const [created] = await tx
      .insert(funders)
      .values({
        id: randomUUID(),
        workspaceId: actor.workspace.id,
        name: input.name,
        acronym: blank(input.acronym) ?? null,
        type: input.type,
        actorId: input.actorId ?? null,
        iatiRef: blank(input.iatiRef) ?? null,
        defaultCurrency: input.defaultCurrency ?? null,
      })
      .returning();
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'funder.create',
      entityType: 'funder',
      entityId: created.id,
      after: audited(created),
    });
    return created;
  });
  return presentOne(db, actor, row);
}

export async function updateFunder({
  db,
  actor,
  funderId,
  patch,
  expectedVersion,
}: Options & { funderId: string; patch: UpdateFunderInput; expectedVersion?: number }) {
  enforce(funderManageRefusal(actor));
  const row = await db.transaction(async (tx) => {
    const before = await findFunder(tx, actor.workspace.id, funderId, true);
    checkVersion(before.rowVersion, expectedVersion);
    if (isEmptyPatch(patch)) return before;
    await requireActorsInWorkspace(tx, actor.workspace.id, patch.actorId, 'actorId');
    await checkUnique(tx, actor.workspace.id, patch, before.id);
    if (patch.type && !FUND_TYPES.includes(patch.type)) await checkNoContributions(tx, before);
    const [updated] = await tx
      .update(funders)
      .set({
        ...patch,
        ...(patch.acronym !== undefined && { acronym: blank(patch.acronym) }),
        ...(patch.iatiRef !== undefined && { iatiRef: blank(patch.iatiRef) }),
        updatedAt: new Date(),
        rowVersion: nextVersion(funders.rowVersion),
      })
      .where(eq(funders.id, before.id))
      .returning();
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'funder.update',
      entityType: 'funder',
      entityId: before.id,
      before: audited(before),
      after: audited(updated),
    });
    return updated;
  });
  return presentOne(db, actor, row);
}

/** Refused while flows or budget lines name the funder: deleting it would silently delete or re-source them. */
export async function deleteFunder({ db, actor, funderId }: Options & { funderId: string }) {
  enforce(funderManageRefusal(actor));
  await db.transaction(async (tx) => {
    const funder = await findFunder(tx, actor.workspace.id, funderId, true);
    const [{ flows }] = await tx
      .select({ flows: sql<number>`count(*)::int` })
      .from(fundingFlows)
      .where(or(eq(fundingFlows.funderId, funder.id), eq(fundingFlows.toFunderId, funder.id)));
    const [{ lines }] = await tx
      .select({ lines: sql<number>`count(*)::int` })
      .from(budgetLines)
      .where(eq(budgetLines.sourceFunderId, funder.id));
    if (flows > 0 || lines > 0)
      throw new AppError(
        'conflict',
        `"${funder.name}" still has ${flows} funding flow(s) and is the source of ${lines} budget line(s): delete or move them first`,
        { flows, budgetLines: lines },
      );
    // mechanisms list their members by id: a deleted member would leave them naming nobody
    const [mechanism] = await tx
      .select({ name: coordinationMechanisms.name })
      .from(coordinationMechanisms)
      .where(
        and(
          eq(coordinationMechanisms.workspaceId, actor.workspace.id),
          or(
            sql`${coordinationMechanisms.memberFunderIds} @> ${JSON.stringify([funder.id])}::jsonb`,
            eq(coordinationMechanisms.poolFunderId, funder.id),
          ),
        ),
      )
      .limit(1);
    if (mechanism)
      throw new AppError(
        'conflict',
        `"${funder.name}" is a member of the coordination mechanism "${mechanism.name}": remove it there first`,
        { mechanism: mechanism.name },
      );
    await tx.delete(funders).where(eq(funders.id, funder.id));
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'funder.delete',
      entityType: 'funder',
      entityId: funder.id,
      before: audited(funder),
    });
  });
}

/** Replaces who speaks for a funder: donor-role members of this workspace only. */
export async function setFunderMembers({
  db,
  actor,
  funderId,
  userIds,
}: Options & { funderId: string; userIds: string[] }) {
  enforce(funderManageRefusal(actor));
  const wanted = [...new Set(userIds)];
  const row = await db.transaction(async (tx) => {
    const funder = await findFunder(tx, actor.workspace.id, funderId, true);
    await requireMembersOfWorkspace(tx, actor.workspace.id, userIds, 'userIds');
    if (wanted.length > 0) {
      const roles = await tx
        .select({ userId: memberships.userId, role: memberships.role })
        .from(memberships)
        .where(and(eq(memberships.organizationId, actor.workspace.id), inArray(memberships.userId, wanted)));
      const roleOf = new Map(roles.map((entry) => [entry.userId, entry.role]));
      const index = userIds.findIndex((id) => !linkableToFunder(roleOf.get(id) as never));
      if (index >= 0)
        throw new AppError(
          'bad_request',
          `userIds.${index}: only donor-role members can be linked to a funder (this member is ${roleOf.get(userIds[index])})`,
          { field: `userIds.${index}`, id: userIds[index] },
        );
    }
    const before = await tx
      .select({ userId: funderMembers.userId })
      .from(funderMembers)
      .where(eq(funderMembers.funderId, funder.id));
    await tx.delete(funderMembers).where(eq(funderMembers.funderId, funder.id));
    if (wanted.length > 0)
      await tx.insert(funderMembers).values(wanted.map((userId) => ({ funderId: funder.id, userId })));
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'funder.members',
      entityType: 'funder',
      entityId: funder.id,
      before: { name: funder.name, userIds: before.map((entry) => entry.userId).sort() },
      after: { name: funder.name, userIds: [...wanted].sort() },
    });
    return funder;
  });
  return presentOne(db, actor, row);
}
