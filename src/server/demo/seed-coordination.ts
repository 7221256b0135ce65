import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { actors, planItems } from '../db/schema/index.ts';
import { createMechanism } from '../modules/coordination/mechanisms-service.ts';
import { createAction, createCommitment, createMeeting } from '../modules/coordination/records-service.ts';
import type { WorkspaceActor } from '../modules/workspaces/membership.ts';
import { type DemoCoordination, readDemoCoordination } from './coordination-file.ts';

/**
 * The demo's coordination, entered through the coordination services: mechanisms with their members and
 * the plan items they cover, meetings with decisions, follow-up actions and the compact's commitments.
 */
export async function seedCoordination(
  db: Db,
  owner: WorkspaceActor,
  planId: string,
  funderIds: ReadonlyMap<string, string>,
  demo: DemoCoordination = readDemoCoordination(),
) {
  const actorRows = await db.select().from(actors).where(eq(actors.workspaceId, owner.workspace.id));
  const itemRows = await db
    .select({ id: planItems.id, code: planItems.code })
    .from(planItems)
    .where(eq(planItems.planId, planId));
  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`demo coordination: no ${what}`);
    return value;
  };
  const actorId = (nameOrAcronym: string) =>
    need(
      actorRows.find((a) => a.acronym === nameOrAcronym || a.name === nameOrAcronym)?.id,
      `actor "${nameOrAcronym}"`,
    );
  const funderId = (key: string) => need(funderIds.get(key), `funder "${key}"`);
  const itemId = (code: string) => need(itemRows.find((row) => row.code === code)?.id, `plan item "${code}"`);

  const mechanismIds: string[] = [];
  for (const {
    funders,
    actors: members,
    items,
    pool,
    meetings,
    actions,
    commitments,
    ...fields
  } of demo.mechanisms) {
    const mechanism = await createMechanism({
      db,
      actor: owner,
      input: {
        ...fields,
        memberFunderIds: funders.map(funderId),
        memberActorIds: members.map(actorId),
        planItemIds: items.map(itemId),
        poolFunderId: pool ? funderId(pool) : null,
      },
    });
    mechanismIds.push(mechanism.id);
    const meetingIds: string[] = [];
    for (const input of meetings)
      meetingIds.push((await createMeeting({ db, actor: owner, mechanismId: mechanism.id, input })).id);
    for (const { meeting, owner: ownerName, ownerFunder, ...action } of actions)
      await createAction({
        db,
        actor: owner,
        mechanismId: mechanism.id,
        input: {
          ...action,
          meetingId: meeting === undefined ? null : meetingIds[meeting],
          ownerActorId: ownerName ? actorId(ownerName) : null,
          ownerFunderId: ownerFunder ? funderId(ownerFunder) : null,
        },
      });
    for (const { actor, funder, ...commitment } of commitments)
      await createCommitment({
        db,
        actor: owner,
        mechanismId: mechanism.id,
        input: {
          ...commitment,
          actorId: actor ? actorId(actor) : null,
          funderId: funder ? funderId(funder) : null,
        },
      });
  }
  return { mechanismIds };
}
