import type { Answers, AnswerValue } from '../../../../core/survey/types';

/** Where a node's answers live: the repeat instances from the top of the form down. */
export type RepeatScope = readonly { repeat: string; index: number }[];

/** The answers object of the instance at `scope` (the whole submission at the top). */
export function answersIn(answers: Answers, scope: RepeatScope): Answers {
  let current = answers;
  for (const { repeat, index } of scope) {
    const instances = current[repeat];
    current = Array.isArray(instances) ? (instances[index] ?? {}) : {};
  }
  return current;
}

/** A copy of `answers` with the instance at `scope` replaced by what `change` makes of it. */
export function updateIn(
  answers: Answers,
  scope: RepeatScope,
  change: (instance: Answers) => Answers,
): Answers {
  if (scope.length === 0) return change(answers);
  const [{ repeat, index }, ...rest] = scope;
  const instances = Array.isArray(answers[repeat]) ? [...(answers[repeat] as Answers[])] : [];
  while (instances.length <= index) instances.push({});
  instances[index] = updateIn(instances[index], rest, change);
  return { ...answers, [repeat]: instances };
}

export function withAnswer(answers: Answers, scope: RepeatScope, name: string, value: AnswerValue): Answers {
  return updateIn(answers, scope, (instance) => ({ ...instance, [name]: value }));
}

export function instancesOf(answers: Answers, scope: RepeatScope, repeat: string): Answers[] {
  const value = answersIn(answers, scope)[repeat];
  return Array.isArray(value) ? value : [];
}

export function withInstances(
  answers: Answers,
  scope: RepeatScope,
  repeat: string,
  instances: Answers[],
): Answers {
  return updateIn(answers, scope, (instance) => ({ ...instance, [repeat]: instances }));
}
