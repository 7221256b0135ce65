import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../../core/survey/types';
import { answersIn, instancesOf, withAnswer, withInstances } from './answersAt';

const answers: Answers = { age: 30, members: [{ name: 'a' }, { name: 'b', kids: [{ k: 1 }] }] };

describe('answers at a repeat scope', () => {
  it('reads and writes nested instances without touching the original', () => {
    const scope = [{ repeat: 'members', index: 1 }];
    expect(answersIn(answers, scope)).toEqual({ name: 'b', kids: [{ k: 1 }] });
    const changed = withAnswer(answers, [...scope, { repeat: 'kids', index: 0 }], 'k', 2);
    expect(instancesOf(changed, scope, 'kids')).toEqual([{ k: 2 }]);
    expect(instancesOf(answers, scope, 'kids')).toEqual([{ k: 1 }]);
    expect(changed.age).toBe(30);
  });

  it('creates missing instances and sets a repeat’s instances', () => {
    const changed = withAnswer({}, [{ repeat: 'members', index: 1 }], 'name', 'x');
    expect(changed).toEqual({ members: [{}, { name: 'x' }] });
    expect(withInstances(changed, [], 'members', [])).toEqual({ members: [] });
  });
});
