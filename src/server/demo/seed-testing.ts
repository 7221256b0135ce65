import { resolveActor } from '../modules/workspaces/membership.ts';
import { newMember, type TestContext, type TestWorkspace } from '../testing/harness.ts';
import { seedAssessments } from './seed-assessments.ts';
import { seedSectorMap } from './seed-sector-map.ts';

/** For the demo-seed tests: the Kasora sector map and assessments in a fresh workspace, as the demo has them. */
export async function seedMapAndAssessments(ctx: TestContext, workspace: TestWorkspace) {
  const owner = workspace.owner;
  const ownerActor = await resolveActor(ctx.db, { ...owner, twoFactorEnabled: false }, workspace.slug);
  await seedSectorMap({ db: ctx.db, actor: ownerActor });
  const assessor = await newMember(ctx, workspace, 'assessor');
  const interior = await newMember(ctx, workspace, 'editor');
  const cso = await newMember(ctx, workspace, 'viewer');
  await seedAssessments(ctx.db, workspace.slug, { owner, assessor, interior, cso });
  return { owner, ownerActor, assessor };
}
