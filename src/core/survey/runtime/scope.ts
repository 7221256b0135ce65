import type { Answers, AnswerValue } from '../types';
import type { XPathContext } from '../xpath';
import type { FormIndex } from './form-index';

/** The answers of the top level or of one repeat instance, with the instances around it. */
export interface Scope {
  answers: Answers;
  parent: Scope | null;
  /** The repeat this is an instance of; null at the top. */
  repeat: string | null;
  /** `''` at the top, `household[1]/` in an instance. */
  prefix: string;
  /** 1-based instance number. */
  position: number | undefined;
}

export function topScope(answers: Answers): Scope {
  return { answers, parent: null, repeat: null, prefix: '', position: undefined };
}

export function instanceScope(parent: Scope, repeat: string, answers: Answers, index: number): Scope {
  return { answers, parent, repeat, prefix: `${parent.prefix}${repeat}[${index}]/`, position: index + 1 };
}

/** The answers an expression sees: a non-relevant question's answer is empty, as ODK does. */
export interface Visibility {
  irrelevant: Set<string>;
}

function scalar(value: Answers[string] | undefined): AnswerValue {
  return value === undefined || Array.isArray(value) ? null : value;
}

/**
 * The values of `name` across instances: inside an instance of a repeat around `name`, only that
 * instance's; elsewhere every instance's. For a repeat's own name, one null per instance.
 */
function collect(name: string, scope: Scope, index: FormIndex, visibility: Visibility): AnswerValue[] {
  const chain = index.repeatChain.get(name);
  if (chain === undefined) return [];
  const fixed = new Map<string, Scope>();
  for (let s: Scope | null = scope; s !== null; s = s.parent) if (s.repeat !== null) fixed.set(s.repeat, s);
  const out: AnswerValue[] = [];
  const isRepeat = index.nodes.get(name)?.kind === 'repeat';
  const descend = (answers: Answers, prefix: string, depth: number): void => {
    if (depth === chain.length) {
      if (visibility.irrelevant.has(prefix + name)) return;
      const value = answers[name];
      if (!isRepeat) out.push(scalar(value));
      else if (Array.isArray(value))
        value.forEach((_, i) => {
          if (!visibility.irrelevant.has(`${prefix}${name}[${i}]`)) out.push(null);
        });
      return;
    }
    const repeat = chain[depth] as string;
    if (visibility.irrelevant.has(prefix + repeat)) return;
    const inside = fixed.get(repeat);
    if (inside !== undefined) {
      descend(inside.answers, inside.prefix, depth + 1);
      return;
    }
    const instances = answers[repeat];
    if (!Array.isArray(instances)) return;
    instances.forEach((instance, i) => {
      if (!visibility.irrelevant.has(`${prefix}${repeat}[${i}]`))
        descend(instance, `${prefix}${repeat}[${i}]/`, depth + 1);
    });
  };
  descend(topOf(scope).answers, '', 0);
  return out;
}

function topOf(scope: Scope): Scope {
  let top = scope;
  while (top.parent !== null) top = top.parent;
  return top;
}

/** `${name}` seen from a scope: its own instance first, then the instances around it, then the top. */
function lookup(name: string, scope: Scope, index: FormIndex, visibility: Visibility): AnswerValue {
  const chain = index.repeatChain.get(name);
  if (chain === undefined) return null;
  const owner = chain[chain.length - 1] ?? null;
  for (let s: Scope | null = scope; s !== null; s = s.parent) {
    if (s.repeat === owner)
      return visibility.irrelevant.has(s.prefix + name) ? null : scalar(s.answers[name]);
  }
  return collect(name, scope, index, visibility)[0] ?? null;
}

export function xpathContext(
  scope: Scope,
  index: FormIndex,
  visibility: Visibility,
  current: AnswerValue,
  today: string,
  column?: (name: string) => AnswerValue | undefined,
): XPathContext {
  return {
    value: (name) => lookup(name, scope, index, visibility),
    values: (name) => collect(name, scope, index, visibility),
    current,
    today,
    position: scope.position,
    column,
  };
}
