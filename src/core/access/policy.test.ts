import { describe, expect, it } from 'vitest';
import type { AssessmentStatus, TeamRole } from '../assessment/workflow.ts';
import { AppError } from '../errors/app-error.ts';
import {
  enforce,
  evidenceChangeRefusal,
  oversightNoteRefusal,
  reviewCommentResolveRefusal,
} from './policy.ts';
import type { Role } from './roles.ts';

const AUTHOR = 'user-author';
const note = { authorId: AUTHOR };

describe('oversight notes', () => {
  it.each<[string, 'edit' | 'delete', string, Role, string | null]>([
    ['the author edits', 'edit', AUTHOR, 'oversight', null],
    ['the author deletes', 'delete', AUTHOR, 'oversight', null],
    ['an owner who wrote it edits', 'edit', AUTHOR, 'owner', null],
    ['another oversight member may not edit', 'edit', 'someone', 'oversight', 'only the author'],
    ['another oversight member may not delete', 'delete', 'someone', 'oversight', 'only the author'],
    ['an admin may not edit words that are not theirs', 'edit', 'someone', 'admin', 'only the author'],
    ['an admin takes a note down', 'delete', 'someone', 'admin', null],
    ['an owner takes a note down', 'delete', 'someone', 'owner', null],
    ['an editor is refused by role first', 'delete', AUTHOR, 'editor', 'needs oversight-note:write'],
    ['a viewer is refused by role', 'edit', 'someone', 'viewer', 'needs oversight-note:write'],
  ])('%s', (_label, action, userId, role, refusal) => {
    const result = oversightNoteRefusal(action, { userId, role }, note);
    if (refusal === null) expect(result).toBeNull();
    else expect(result).toEqual({ code: 'forbidden', reason: expect.stringContaining(refusal) });
  });
});

describe('evidence', () => {
  it.each<[TeamRole | null, AssessmentStatus, 'forbidden' | 'conflict' | null]>([
    ['lead', 'draft', null],
    ['assessor', 'in_review', null],
    ['reviewer', 'draft', 'forbidden'],
    [null, 'draft', 'forbidden'],
    ['lead', 'validated', 'conflict'],
    ['assessor', 'published', 'conflict'],
    // who comes before when: an outsider learns nothing about the assessment's status
    [null, 'published', 'forbidden'],
  ])('team role %s, status %s → %s', (teamRole, status, code) => {
    expect(evidenceChangeRefusal({ teamRole, status })?.code ?? null).toBe(code);
  });

  it('names the status that closed the evidence', () => {
    expect(evidenceChangeRefusal({ teamRole: 'lead', status: 'validated' })?.reason).toBe(
      'evidence cannot change once the assessment is validated',
    );
  });
});

describe('review comments', () => {
  it.each<[TeamRole | null, boolean]>([
    ['lead', true],
    ['assessor', true],
    ['reviewer', true],
    [null, false],
  ])('team role %s may resolve: %s', (teamRole, allowed) => {
    expect(reviewCommentResolveRefusal({ teamRole }) === null).toBe(allowed);
  });
});

describe('enforce', () => {
  it('lets an allowed action through and throws a refusal with its code', () => {
    expect(() => enforce(null)).not.toThrow();
    const thrown = (() => {
      try {
        enforce({ code: 'conflict', reason: 'not now' });
      } catch (error) {
        return error;
      }
    })();
    expect(thrown).toBeInstanceOf(AppError);
    expect(thrown).toMatchObject({ code: 'conflict', message: 'not now' });
  });
});
