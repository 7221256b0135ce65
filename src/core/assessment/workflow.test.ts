import { describe, expect, it } from 'vitest';
import {
  reviewRefusal,
  scoringRefusal,
  type WorkflowContext,
  workflowDecision,
  workflowRefusal,
} from './workflow.ts';

const base: WorkflowContext = {
  status: 'draft',
  workspaceRole: 'assessor',
  teamRole: 'assessor',
  scoredItems: true,
  answerCount: 3,
  openReviewComments: 0,
};

describe('workflow transitions', () => {
  it.each([
    ['submit', {}, null],
    ['submit', { answerCount: 0 }, 'score at least one item before submitting'],
    ['submit', { teamRole: null }, 'only the assessment team can submit it'],
    ['submit', { status: 'validated' }, 'cannot submit an assessment that is validated'],
    ['return', { status: 'in_review', teamRole: 'reviewer', scoredItems: false }, null],
    [
      'return',
      { status: 'in_review', workspaceRole: 'editor', teamRole: null },
      'only a reviewer or the secretariat can return an assessment',
    ],
    ['validate', { status: 'in_review', workspaceRole: 'admin', teamRole: null, scoredItems: false }, null],
    [
      'validate',
      { status: 'in_review', workspaceRole: 'owner', teamRole: 'assessor', scoredItems: true },
      'an assessor cannot validate their own assessment',
    ],
    [
      'validate',
      { status: 'in_review', workspaceRole: 'owner', teamRole: null, scoredItems: true },
      'an assessor cannot validate their own assessment',
    ],
    [
      'validate',
      { status: 'in_review', workspaceRole: 'assessor', teamRole: null, scoredItems: false },
      'only the secretariat (owner or admin) validates assessments',
    ],
    [
      'validate',
      {
        status: 'in_review',
        workspaceRole: 'admin',
        teamRole: null,
        scoredItems: false,
        openReviewComments: 2,
      },
      '2 review comments are still open',
    ],
    [
      'validate',
      { status: 'draft', workspaceRole: 'admin', teamRole: null, scoredItems: false },
      'cannot validate an assessment that is draft',
    ],
    ['publish', { status: 'validated', workspaceRole: 'owner' }, null],
    [
      'publish',
      { status: 'validated', workspaceRole: 'donor' },
      'only the secretariat (owner or admin) publishes assessments',
    ],
    ['unpublish', { status: 'published', workspaceRole: 'admin', teamRole: null }, null],
    [
      'unpublish',
      { status: 'published', workspaceRole: 'editor', teamRole: null },
      'only the secretariat (owner or admin) unpublishes assessments',
    ],
    [
      'unpublish',
      { status: 'validated', workspaceRole: 'owner' },
      'cannot unpublish an assessment that is validated',
    ],
  ] as const)('%s with %o → %s', (action, overrides, refusal) => {
    expect(workflowRefusal(action, { ...base, ...overrides })).toBe(refusal);
  });
});

describe('forbidden or conflict', () => {
  it.each([
    // Someone who may never take the step hears that first, whatever the status.
    ['publish', { status: 'draft', workspaceRole: 'assessor' }, 'forbidden'],
    ['unpublish', { status: 'validated', workspaceRole: 'assessor' }, 'forbidden'],
    ['validate', { status: 'draft', workspaceRole: 'assessor', teamRole: 'lead' }, 'forbidden'],
    // Someone who may take it, at the wrong moment, is told the status is in the way.
    ['unpublish', { status: 'validated', workspaceRole: 'owner' }, 'conflict'],
    ['publish', { status: 'published', workspaceRole: 'admin' }, 'conflict'],
    ['submit', { status: 'in_review' }, 'conflict'],
    // Missing prerequisites stay refusals, as before.
    ['submit', { answerCount: 0 }, 'forbidden'],
  ] as const)('%s with %o → %s', (action, overrides, code) => {
    expect(workflowDecision(action, { ...base, ...overrides })?.code).toBe(code);
  });
});

describe('who may score', () => {
  it.each([
    [{ workspaceRole: 'assessor', teamRole: 'assessor', leadSide: 'government' }, null],
    [
      { workspaceRole: 'donor', teamRole: 'assessor', leadSide: 'government' },
      'a donor cannot edit an assessment led by government',
    ],
    [
      { workspaceRole: 'donor', teamRole: 'assessor', leadSide: 'civil_society' },
      'a donor cannot edit an assessment led by civil society',
    ],
    [{ workspaceRole: 'donor', teamRole: 'lead', leadSide: 'joint' }, null],
    [
      { workspaceRole: 'editor', teamRole: 'reviewer', leadSide: 'government' },
      'only the assessment team can score it',
    ],
    [
      { workspaceRole: 'viewer', teamRole: 'assessor', leadSide: 'government' },
      'your role cannot score assessments',
    ],
  ] as const)('%o → %s', (input, refusal) => {
    expect(scoringRefusal({ status: 'draft', ...input })).toBe(refusal);
  });

  it('freezes scores outside draft', () => {
    expect(
      scoringRefusal({
        status: 'in_review',
        workspaceRole: 'admin',
        teamRole: 'lead',
        leadSide: 'government',
      }),
    ).toMatch(/only while the assessment is a draft/);
  });
});

describe('peer review', () => {
  it('needs a reviewer who scored nothing, during review', () => {
    expect(reviewRefusal({ status: 'in_review', teamRole: 'reviewer', scoredItems: false })).toBeNull();
    expect(reviewRefusal({ status: 'in_review', teamRole: 'reviewer', scoredItems: true })).toBe(
      'a reviewer is never one of the assessors',
    );
    expect(reviewRefusal({ status: 'in_review', teamRole: 'assessor', scoredItems: false })).toBe(
      'only a reviewer on the team can comment',
    );
    expect(reviewRefusal({ status: 'draft', teamRole: 'reviewer', scoredItems: false })).toMatch(
      /only while the assessment is in review/,
    );
  });
});
