import { eq } from 'drizzle-orm';
import { findFramework } from '../../core/frameworks/index.ts';
import { listItems } from '../../core/frameworks/structure.ts';
import type { Db } from '../db/client.ts';
import { actors } from '../db/schema/index.ts';
import { recordAnswer, setBaseline, transitionAssessment } from '../modules/assessments/scoring.ts';
import { createAssessment } from '../modules/assessments/service.ts';
import { resolveActor } from '../modules/workspaces/membership.ts';

interface DemoPerson {
  id: string;
  name: string;
  email: string;
}

/**
 * Baseline levels for the ten criteria in Kasora, five years after the war: some management
 * capacity, weak civilian oversight and justice, a lively civil society. Indexed by criterion.
 */
const BASELINE_BY_CRITERION = [2, 1, 1, 2, 1, 0, 1, 3, 2, 2];

/**
 * A validated baseline (2025) on the ten criteria of good governance, led by the government with a
 * civil-society reviewer, and a second round (2027) in progress that shows the first changes.
 */
export async function seedAssessments(
  db: Db,
  slug: string,
  people: Record<'owner' | 'assessor' | 'interior' | 'cso', DemoPerson>,
) {
  const framework = findFramework('ssg-ten-criteria');
  if (!framework) throw new Error('the ten-criteria framework is missing');
  const actorOf = (person: DemoPerson) => resolveActor(db, { ...person, twoFactorEnabled: false }, slug);
  const assessor = await actorOf(people.assessor);
  const interior = await actorOf(people.interior);
  const team = [
    { userId: people.assessor.id, side: 'government' as const, teamRole: 'lead' as const },
    { userId: people.interior.id, side: 'government' as const, teamRole: 'assessor' as const },
    { userId: people.cso.id, side: 'civil_society' as const, teamRole: 'reviewer' as const },
  ];
  const items = listItems(framework);
  const criterionIndex = (groupId: string) => Number(groupId.replace(/\D/g, '')) - 1;

  const baseline = await createAssessment({
    db,
    actor: assessor,
    input: {
      title: 'Baseline governance assessment 2025',
      frameworkId: framework.id,
      scope: 'sector',
      leadSide: 'government',
      team,
    },
  });
  for (const [index, { item, groups }] of items.entries()) {
    const level = BASELINE_BY_CRITERION[criterionIndex(groups[0].id)] ?? 1;
    const input =
      index % 11 === 10
        ? { answer: 'insufficient_evidence' as const }
        : { answer: level, confidence: 'medium' as const };
    await recordAnswer({ db, actor: assessor, assessmentId: baseline.id, itemId: item.id, input });
    // The second assessor reads some items one level more generously: visible in the consolidation view.
    if (index % 3 === 0 && typeof input.answer === 'number') {
      await recordAnswer({
        db,
        actor: interior,
        assessmentId: baseline.id,
        itemId: item.id,
        input: { answer: Math.min(4, input.answer + 1) },
      });
    }
  }
  await transitionAssessment({ db, actor: assessor, assessmentId: baseline.id, action: 'submit' });
  const owner = await actorOf(people.owner);
  await transitionAssessment({ db, actor: owner, assessmentId: baseline.id, action: 'validate' });
  await setBaseline({ db, actor: owner, assessmentId: baseline.id, isBaseline: true });

  const round = await createAssessment({
    db,
    actor: assessor,
    input: {
      title: 'Mid-term governance assessment 2027',
      frameworkId: framework.id,
      scope: 'sector',
      leadSide: 'government',
      baselineId: baseline.id,
      team,
    },
  });
  for (const [index, { item, groups }] of items.slice(0, Math.ceil(items.length / 2)).entries()) {
    const level = BASELINE_BY_CRITERION[criterionIndex(groups[0].id)] ?? 1;
    await recordAnswer({
      db,
      actor: assessor,
      assessmentId: round.id,
      itemId: item.id,
      input: { answer: Math.min(4, level + (index % 2)) },
    });
  }
  await seedActorAssessments(db, { assessor, owner, team });
  return { baselineId: baseline.id, roundId: round.id };
}

/** Levels per criterion for institutions assessed one by one: the rows of the heat map. */
const ACTOR_PROFILES: Array<{ acronym: string; levels: number[] }> = [
  { acronym: 'KNP', levels: [2, 2, 1, 2, 2, 1, 2, 3, 2, 2] },
  { acronym: 'KDF', levels: [3, 1, 1, 3, 2, 1, 1, 2, 2, 3] },
  { acronym: 'GN', levels: [2, 1, 1, 2, 2, 1, 1, 2, 2, 1] },
  { acronym: 'NIS', levels: [2, 0, 0, 1, 1, 0, 0, 1, 1, 2] },
  { acronym: 'PG', levels: [2, 0, 0, 0, 1, 0, 0, 1, 0, 1] },
];

async function seedActorAssessments(
  db: Db,
  context: {
    assessor: Awaited<ReturnType<typeof resolveActor>>;
    owner: Awaited<ReturnType<typeof resolveActor>>;
    team: Parameters<typeof createAssessment>[0]['input']['team'];
  },
) {
  const framework = findFramework('ssg-ten-criteria');
  if (!framework) return;
  const rows = await db
    .select({ id: actors.id, acronym: actors.acronym, name: actors.name })
    .from(actors)
    .where(eq(actors.workspaceId, context.owner.workspace.id));
  for (const profile of ACTOR_PROFILES) {
    const subject = rows.find((row) => row.acronym === profile.acronym);
    if (!subject) continue;
    const created = await createAssessment({
      db,
      actor: context.assessor,
      input: {
        title: `${subject.name}: governance assessment 2025`,
        frameworkId: framework.id,
        scope: 'actors',
        scopeActorIds: [subject.id],
        leadSide: 'government',
        team: context.team,
      },
    });
    for (const { item, groups } of listItems(framework)) {
      const level = profile.levels[Number(groups[0].id.replace(/\D/g, '')) - 1] ?? 1;
      await recordAnswer({
        db,
        actor: context.assessor,
        assessmentId: created.id,
        itemId: item.id,
        input: { answer: level },
      });
    }
    await transitionAssessment({ db, actor: context.assessor, assessmentId: created.id, action: 'submit' });
    await transitionAssessment({ db, actor: context.owner, assessmentId: created.id, action: 'validate' });
  }
}
