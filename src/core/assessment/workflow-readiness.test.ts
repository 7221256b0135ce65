import { describe, expect, it } from 'vitest';
import { tinyFramework } from './fixtures.ts';
import type { TeamRole } from './workflow.ts';
import { submitReadiness } from './workflow-readiness.ts';

const ALL_ITEMS = ['a1', 'a2', 'a3', 'b1', 'b2', 'c1-1', 'c2-1', 'c2-2'];
const scoredBy = (assessorId: string, itemIds: string[]) => itemIds.map((itemId) => ({ itemId, assessorId }));
const team = (...members: Array<[string, TeamRole]>) =>
  members.map(([userId, teamRole]) => ({ userId, teamRole }));

describe('unanswered items before submitting', () => {
  it.each([
    ['nothing answered', [], ALL_ITEMS],
    ['one assessor answered the first three', scoredBy('ana', ['a1', 'a2', 'a3']), ALL_ITEMS.slice(3)],
    [
      'two assessors answered different items',
      [...scoredBy('ana', ['a1', 'b2']), ...scoredBy('ben', ['a1', 'c2-2'])],
      ['a2', 'a3', 'b1', 'c1-1', 'c2-1'],
    ],
    ['everything answered', scoredBy('ana', ALL_ITEMS), []],
  ])('%s', (_case, answers, expected) => {
    const result = submitReadiness({ framework: tinyFramework(), team: team(['ana', 'lead']), answers });
    expect(result.unansweredCount).toBe(expected.length);
    expect(result.unanswered.map((item) => item.itemId)).toEqual(expected);
  });

  it('names only the first few in framework order, with their code and text, and counts the rest', () => {
    const result = submitReadiness({
      framework: tinyFramework(),
      team: team(['ana', 'lead']),
      answers: scoredBy('ana', ['a2']),
      shown: 3,
    });
    expect(result.unansweredCount).toBe(7);
    expect(result.unanswered).toEqual([
      { itemId: 'a1', code: 'A1', text: { en: 'Question a1' } },
      { itemId: 'a3', code: 'A3', text: { en: 'Question a3' } },
      { itemId: 'b1', code: 'B1', text: { en: 'Question b1' } },
    ]);
  });
});

describe('a reviewer on the team', () => {
  it.each([
    ['no reviewer named', team(['ana', 'lead'], ['ben', 'assessor']), [], false],
    ['a reviewer who scored nothing', team(['ana', 'lead'], ['rev', 'reviewer']), [], true],
    [
      'the only reviewer scored an item (before their role changed)',
      team(['ana', 'lead'], ['rev', 'reviewer']),
      scoredBy('rev', ['a1']),
      false,
    ],
    [
      'one of two reviewers scored',
      team(['ana', 'lead'], ['rev', 'reviewer'], ['eve', 'reviewer']),
      scoredBy('rev', ['a1']),
      true,
    ],
    [
      'an assessor who scored nothing is not a reviewer',
      team(['ana', 'lead'], ['ben', 'assessor']),
      [],
      false,
    ],
  ])('%s → %s', (_case, members, otherAnswers, expected) => {
    const answers = [...scoredBy('ana', ['a1']), ...otherAnswers];
    expect(submitReadiness({ framework: tinyFramework(), team: members, answers }).hasReviewer).toBe(
      expected,
    );
  });
});
