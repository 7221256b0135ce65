import { findFramework } from '../../core/frameworks/index.ts';
import { listItems } from '../../core/frameworks/structure.ts';
import type { Db } from '../db/client.ts';
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
  return { baselineId: baseline.id, roundId: round.id };
}
