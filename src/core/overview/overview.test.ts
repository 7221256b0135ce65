import { describe, expect, it } from 'vitest';
import { testItem } from '../planning/testing.ts';
import type { PlanData } from '../planning/types.ts';
import { latestAssessment, mainPlan } from './choose.ts';
import { nextMilestones, progressCounts } from './plan-progress.ts';
import { openHighRisks } from './risks.ts';
import { sectorCounts } from './sector.ts';
import { type AssessmentForTasks, flagTasksFor, tasksFor } from './tasks.ts';

describe('sectorCounts', () => {
  it('counts actors by group and category and relations by type, in canonical order, skipping zeros', () => {
    const counts = sectorCounts(
      [
        { category: 'police' },
        { category: 'parliament' },
        { category: 'armed_forces' },
        { category: 'police' },
      ],
      [{ type: 'oversight' }, { type: 'command' }, { type: 'oversight' }],
    );
    expect(counts.actorCount).toBe(4);
    expect(counts.relationCount).toBe(3);
    expect(counts.byGroup).toEqual([
      { group: 'force_bearing', count: 3 },
      { group: 'management_oversight', count: 1 },
    ]);
    expect(counts.byCategory).toEqual([
      { category: 'armed_forces', count: 1 },
      { category: 'police', count: 2 },
      { category: 'parliament', count: 1 },
    ]);
    expect(counts.relationsByType).toEqual([
      { type: 'command', count: 1 },
      { type: 'oversight', count: 2 },
    ]);
  });
});

describe('plan progress', () => {
  it('counts done work apart from work on track', () => {
    expect(
      progressCounts([
        { rag: 'green', status: 'done' },
        { rag: 'green', status: 'on_track' },
        { rag: 'amber', status: 'at_risk' },
        { rag: 'red', status: 'delayed' },
        { rag: 'red', status: 'not_started' },
        { rag: 'grey', status: 'not_started' },
      ]),
    ).toEqual({ onTrack: 1, atRisk: 1, delayed: 2, done: 1, notBaselined: 1 });
  });

  it('lists milestones not reached, soonest first, flagging those before the status date', () => {
    const plan: PlanData = {
      startMonth: '2026-01',
      horizonMonths: 36,
      items: [
        testItem('work', { duration: 4, startMonth: 1 }),
        testItem('law', { duration: 0, startMonth: 8 }),
        testItem('vote', { duration: 0, startMonth: 2 }),
        testItem('done', { duration: 0, startMonth: 1, status: 'done' }),
        testItem('later', { duration: 0, startMonth: null, baselineStart: 14 }),
        testItem('unset', { duration: null, startMonth: 3 }),
      ],
      dependencies: [],
      resources: [],
    };
    expect(nextMilestones(plan, 5)).toEqual([
      { itemId: 'vote', code: 'vote', name: 'Item vote', month: '2026-03', overdue: true },
      { itemId: 'law', code: 'law', name: 'Item law', month: '2026-09', overdue: false },
      { itemId: 'later', code: 'later', name: 'Item later', month: '2027-03', overdue: false },
    ]);
    expect(nextMilestones(plan, 5, 1).map((milestone) => milestone.itemId)).toEqual(['vote']);
  });
});

describe('openHighRisks', () => {
  it('keeps open high and critical risks, gravest first', () => {
    const risk = (id: string, likelihood: number, impact: number, status = 'open') => ({
      id,
      planId: 'p',
      title: id,
      likelihood,
      impact,
      status,
    });
    const result = openHighRisks([
      risk('medium', 2, 3),
      risk('high', 3, 4),
      risk('critical', 5, 4),
      risk('closed', 5, 5, 'closed'),
      risk('mitigating', 4, 4, 'mitigating'),
    ]);
    expect(result.map((entry) => [entry.id, entry.score, entry.rating])).toEqual([
      ['critical', 20, 'critical'],
      ['mitigating', 16, 'high'],
      ['high', 12, 'high'],
    ]);
  });
});

describe('tasksFor', () => {
  const assessment = (fields: Partial<AssessmentForTasks>): AssessmentForTasks => ({
    id: 'a1',
    title: 'Police integrity 2026',
    status: 'draft',
    leadSide: 'government',
    itemCount: 10,
    answerCount: 0,
    myAnswerCount: 0,
    openReviewComments: 0,
    myTeamRole: null,
    ...fields,
  });
  const kinds = (tasks: ReturnType<typeof tasksFor>) => tasks.map((task) => task.kind);

  it('asks an assessor to score what is left, then to submit', () => {
    const tasks = tasksFor('assessor', [assessment({ myTeamRole: 'assessor', myAnswerCount: 4 })], []);
    expect(tasks).toEqual([
      { kind: 'score', subject: 'assessment', subjectId: 'a1', title: 'Police integrity 2026', remaining: 6 },
    ]);
    const done = assessment({ myTeamRole: 'assessor', myAnswerCount: 10, answerCount: 10 });
    expect(kinds(tasksFor('assessor', [done], []))).toEqual(['submit']);
  });

  it('gives a donor nothing to score in a government-led assessment', () => {
    expect(tasksFor('donor', [assessment({ myTeamRole: 'assessor' })], [])).toEqual([]);
  });

  it('asks a reviewer who scored nothing to review, and the secretariat to validate once comments are closed', () => {
    const inReview = assessment({ status: 'in_review', answerCount: 10 });
    expect(kinds(tasksFor('editor', [{ ...inReview, myTeamRole: 'reviewer' }], []))).toEqual(['review']);
    expect(kinds(tasksFor('admin', [inReview], []))).toEqual(['validate']);
    expect(tasksFor('admin', [{ ...inReview, openReviewComments: 2 }], [])).toEqual([]);
    expect(tasksFor('admin', [{ ...inReview, myTeamRole: 'assessor', myAnswerCount: 3 }], [])).toEqual([]);
  });

  it('gives viewers and people outside the team no task', () => {
    const all = [assessment({}), assessment({ status: 'in_review', answerCount: 4 })];
    const plans = [{ id: 'p1', name: 'NSSR plan', status: 'draft', isScenario: false, activityCount: 3 }];
    expect(tasksFor('viewer', all, plans)).toEqual([]);
    expect(tasksFor('oversight', all, plans)).toEqual([]);
  });

  it('asks who may approve plans to approve drafts with work in them, never scenarios', () => {
    const plans = [
      { id: 'p1', name: 'NSSR plan', status: 'draft', isScenario: false, activityCount: 3 },
      { id: 'p2', name: 'Fast variant', status: 'draft', isScenario: true, activityCount: 3 },
      { id: 'p3', name: 'Empty', status: 'draft', isScenario: false, activityCount: 0 },
      { id: 'p4', name: 'Approved', status: 'approved', isScenario: false, activityCount: 3 },
    ];
    expect(tasksFor('owner', [], plans).map((task) => task.subjectId)).toEqual(['p1']);
    expect(tasksFor('editor', [], plans)).toEqual([]);
  });
});

describe('choosing what the home page shows', () => {
  const at = (day: number) => new Date(Date.UTC(2026, 0, day));
  it('follows the newest approved plan, else the newest draft, never a scenario', () => {
    const plans = [
      { id: 'old-approved', status: 'approved', scenarioOf: null, createdAt: at(1) },
      { id: 'new-draft', status: 'draft', scenarioOf: null, createdAt: at(5) },
      { id: 'scenario', status: 'approved', scenarioOf: 'old-approved', createdAt: at(9) },
    ];
    expect(mainPlan(plans)?.id).toBe('old-approved');
    expect(mainPlan(plans.slice(1))?.id).toBe('new-draft');
    expect(mainPlan([])).toBeNull();
  });

  it('takes the newest assessment with a baseline, else the newest', () => {
    const baseline = { id: 'baseline', createdAt: at(1), baselineId: null };
    const midTerm = { id: 'mid-term', createdAt: at(3), baselineId: 'baseline' };
    const actorReview = { id: 'actor-review', createdAt: at(5), baselineId: null };
    expect(latestAssessment([baseline, midTerm, actorReview])?.id).toBe('mid-term');
    expect(latestAssessment([baseline, actorReview])?.id).toBe('actor-review');
    expect(latestAssessment([])).toBeNull();
  });
});

describe('flagTasksFor', () => {
  const flag = { id: 'f1', indicatorCode: 'TRUST', indicatorName: 'Trust in the police' };
  it.each([
    ['owner', 1],
    ['admin', 1],
    ['editor', 1],
    ['donor', 0],
    ['assessor', 0],
    ['viewer', 0],
  ] as const)('an open flag is a task for %s only when they may re-plan or decide: %i', (role, count) => {
    expect(flagTasksFor(role, [flag])).toHaveLength(count);
  });
  it('names the indicator and comes after the other tasks', () => {
    expect(tasksFor('owner', [], [], [flag])).toEqual([
      {
        kind: 'review_flag',
        subject: 'flag',
        subjectId: 'f1',
        title: 'TRUST Trust in the police',
        remaining: null,
      },
    ]);
  });
});
