import { findFramework } from '../../core/frameworks/index.ts';
import { listItems } from '../../core/frameworks/structure.ts';
import { recordAnswer, transitionAssessment } from '../modules/assessments/scoring.ts';
import { createAssessment } from '../modules/assessments/service.ts';
import { resolveActor } from '../modules/workspaces/membership.ts';
import { newMember, type TestContext, type TestUser, type TestWorkspace } from './harness.ts';

export type FixtureStatus = 'draft' | 'in_review' | 'validated' | 'published';

/**
 * An assessment on the ten criteria, scored through the services as a real team would: `scores`
 * go to the first items in framework order, then it moves on to `status` (the workspace owner
 * validates and publishes). Returns its id and every item id of its framework.
 */
export async function scoredAssessment(
  ctx: TestContext,
  workspace: TestWorkspace,
  options: { scores?: number[]; status?: FixtureStatus; title?: string } = {},
) {
  const framework = findFramework('ssg-ten-criteria');
  if (!framework) throw new Error('the ten-criteria framework is missing');
  const scores = options.scores ?? [1, 3, 4];
  const status = options.status ?? 'validated';
  const lead = await newMember(ctx, workspace, 'assessor');
  const actorOf = (user: TestUser) =>
    resolveActor(ctx.db, { ...user, twoFactorEnabled: false }, workspace.slug);
  const leadActor = await actorOf(lead);
  const row = await createAssessment({
    db: ctx.db,
    actor: leadActor,
    input: {
      title: options.title ?? 'Fixture assessment',
      frameworkId: framework.id,
      scope: 'sector',
      leadSide: 'government',
      team: [{ userId: lead.id, side: 'government', teamRole: 'lead' }],
    },
  });
  const itemIds = listItems(framework).map(({ item }) => item.id);
  for (const [index, answer] of scores.entries()) {
    await recordAnswer({
      db: ctx.db,
      actor: leadActor,
      assessmentId: row.id,
      itemId: itemIds[index],
      input: { answer },
    });
  }
  const steps: Array<[FixtureStatus, 'submit' | 'validate' | 'publish']> = [
    ['in_review', 'submit'],
    ['validated', 'validate'],
    ['published', 'publish'],
  ];
  const order: FixtureStatus[] = ['draft', 'in_review', 'validated', 'published'];
  const owner = await actorOf(workspace.owner);
  for (const [reached, action] of steps) {
    if (order.indexOf(status) < order.indexOf(reached)) break;
    await transitionAssessment({
      db: ctx.db,
      actor: action === 'submit' ? leadActor : owner,
      assessmentId: row.id,
      action,
    });
  }
  return { id: row.id, itemIds, lead };
}
