import type { Answers, AnswerValue, FormNode, FormQuestion, SurveyForm } from '../types';
import { type RuntimeError, runtimeError, type SubmissionError } from './errors';
import { type FormIndex, formIndex } from './form-index';
import type { RuntimeOptions } from './form-state';
import { type FormState, isAnswers, walkForm } from './walk';

const NUMERIC = new Set(['integer', 'decimal', 'range']);
const NUMBER_TEXT = /^\s*-?(?:\d+(?:\.\d*)?|\.\d+)\s*$/;

/** Numbers typed as text (CSV imports) become numbers, and numbers given for text become text. */
function coerce(question: FormQuestion, value: AnswerValue): AnswerValue {
  if (value === null) return null;
  if (NUMERIC.has(question.type))
    return typeof value === 'string' && NUMBER_TEXT.test(value) ? Number(value) : value;
  return typeof value === 'number' ? String(value) : value;
}

/** Keeps the answers whose names and shapes the form knows, reporting the others. */
function clean(
  index: FormIndex,
  answers: Answers,
  scopeName: string,
  prefix: string,
  errors: RuntimeError[],
): Answers {
  const names = index.scopeNames.get(scopeName) as Set<string>;
  const out: Answers = {};
  for (const [name, value] of Object.entries(answers)) {
    const node = names.has(name) ? index.nodes.get(name) : undefined;
    const path = prefix + name;
    if (node === undefined) {
      errors.push(runtimeError(path, 'unknown_question', { name }));
    } else if (node.kind === 'repeat') {
      if (!Array.isArray(value) || !value.every(isAnswers))
        errors.push(runtimeError(path, 'wrong_shape', { expected: 'array' }));
      else out[name] = value.map((instance, i) => clean(index, instance, name, `${path}[${i}]/`, errors));
    } else if (
      node.kind === 'question' &&
      (value === null || typeof value === 'string' || typeof value === 'number')
    ) {
      out[name] = coerce(node, value);
    } else {
      errors.push(runtimeError(path, 'wrong_shape', { expected: 'value' }));
    }
  }
  return out;
}

/** The answers to submit: relevant ones only, notes left out (ODK semantics). */
function keepRelevant(state: FormState, children: FormNode[], answers: Answers, prefix: string): Answers {
  const out: Answers = {};
  for (const node of children) {
    const path = prefix + node.name;
    if (state.nodes[path]?.relevant !== true) continue;
    if (node.kind === 'group') Object.assign(out, keepRelevant(state, node.children, answers, prefix));
    else if (node.kind === 'repeat') {
      const instances = answers[node.name];
      const shown = state.nodes[path]?.instances ?? 0;
      if (Array.isArray(instances))
        out[node.name] = instances
          .slice(0, shown)
          .map((instance, i) => keepRelevant(state, node.children, instance, `${path}[${i}]/`));
    } else if (node.kind === 'question' && node.type !== 'note') {
      const value = answers[node.name];
      if (value !== undefined && !Array.isArray(value)) out[node.name] = value;
    }
  }
  return out;
}

/**
 * Checks a submission on the server: refuses unknown names and wrong shapes, recomputes calculations,
 * drops the answers to non-relevant questions, and returns every error with its path. Defaults are not
 * applied: an absent answer is unanswered.
 */
export function validateSubmission(
  form: SurveyForm,
  answers: Answers,
  options: RuntimeOptions,
): { answers: Answers; errors: SubmissionError[] } {
  const errors: SubmissionError[] = [];
  const cleaned = clean(formIndex(form), isAnswers(answers) ? answers : {}, '', '', errors);
  const state = walkForm(form, cleaned, {
    today: options.today,
    applyDefaults: false,
    reportExtraInstances: true,
  });
  errors.push(...state.errors);
  return { answers: keepRelevant(state, form.children, state.answers, ''), errors };
}
