import type {
  Answers,
  AnswerValue,
  FormChoice,
  FormGroup,
  FormNode,
  FormQuestion,
  SurveyForm,
} from '../types';
import { evaluateXPath, toBoolean, toNumber, XPathSyntaxError, type XPathValue } from '../xpath';
import { isEmpty, typeError } from './checks';
import { formMessage, type RuntimeError, runtimeError } from './errors';
import { type FormIndex, formIndex } from './form-index';
import { instanceScope, type Scope, topScope, type Visibility, xpathContext } from './scope';

export interface NodeState {
  path: string;
  node: FormNode;
  /** False when the node's `relevant` or a group around it is false: hidden, and its answer dropped. */
  relevant: boolean;
  required: boolean;
  readOnly: boolean;
  /** The answer, with calculations and defaults applied (null for groups and repeats). */
  value: AnswerValue;
  /** The choices to show (selects only), after the choice filter. */
  choices: FormChoice[] | null;
  /** A repeat's number of instances shown (its `repeat_count` when it has one). */
  instances: number | null;
  error: RuntimeError | null;
}

export interface FormState {
  /** Every node, by path, in form order. */
  nodes: Record<string, NodeState>;
  /** The answers with calculations, defaults and `repeat_count`s applied (non-relevant answers kept). */
  answers: Answers;
  /** The errors of relevant nodes, in form order. */
  errors: RuntimeError[];
}

export interface WalkOptions {
  today: string;
  /** Fill absent answers with the question's default (not on the server). */
  applyDefaults: boolean;
  /** Report instances beyond a repeat's `repeat_count` as an error (the server); the browser hides them. */
  reportExtraInstances: boolean;
}

const TRUE_WORDS = new Set(['yes', 'true', 'true()']);
const FALSE_WORDS = new Set(['no', 'false', 'false()']);
const DYNAMIC_DEFAULT = /\$\{|\(/;
const MAX_PASSES = 20;
const MAX_INSTANCES = 10_000;
/** `once(…)`: computed while empty, then kept (a code drawn when the form was started, say). */
const ONCE = /^\s*once\s*\(/;

interface Walk {
  form: SurveyForm;
  index: FormIndex;
  options: WalkOptions;
  visibility: Visibility;
  changed: boolean;
  /** Set on the last pass only. */
  state: FormState | null;
  /** Expressions that do not parse, reported once per path. */
  expressionErrors: Map<string, RuntimeError>;
}

function run(
  walk: Walk,
  scope: Scope,
  path: string,
  column: string,
  expression: string,
  current: AnswerValue,
  filter?: (name: string) => AnswerValue | undefined,
): XPathValue | undefined {
  try {
    return evaluateXPath(
      expression,
      xpathContext(scope, walk.index, walk.visibility, current, walk.options.today, filter),
    );
  } catch (error) {
    if (!(error instanceof XPathSyntaxError)) throw error;
    if (!walk.expressionErrors.has(path))
      walk.expressionErrors.set(
        path,
        runtimeError(path, 'bad_expression', { column, expression, position: error.position }),
      );
    return undefined;
  }
}

/** A computed value as an answer: numbers stay numbers (NaN and infinities are no answer), booleans are words. */
function toAnswer(value: XPathValue, question: FormQuestion): AnswerValue {
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value === '') return null;
  if (question.type === 'integer' || question.type === 'decimal' || question.type === 'range') {
    const number = toNumber(value);
    return Number.isFinite(number) ? number : value;
  }
  return value;
}

function literalDefault(question: FormQuestion, text: string): AnswerValue {
  const numeric = question.type === 'integer' || question.type === 'decimal' || question.type === 'range';
  if (numeric && Number.isFinite(Number(text)) && text.trim() !== '') return Number(text);
  return text;
}

function setRelevance(walk: Walk, path: string, relevant: boolean): void {
  if (relevant === !walk.visibility.irrelevant.has(path)) return;
  if (relevant) walk.visibility.irrelevant.delete(path);
  else walk.visibility.irrelevant.add(path);
  walk.changed = true;
}

function flag(
  walk: Walk,
  scope: Scope,
  path: string,
  column: string,
  expression: string | null,
  fallback: boolean,
): boolean {
  if (expression === null || expression.trim() === '') return fallback;
  const word = expression.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  const value = run(walk, scope, path, column, expression, null);
  return value === undefined ? fallback : toBoolean(value);
}

/** A column of the choices sheet: `name`, `label` or `label::Language`, or one of the extra columns. */
function choiceColumn(form: SurveyForm, choice: FormChoice, column: string): AnswerValue | undefined {
  if (column === 'name') return choice.name;
  if (column in choice.filters) return choice.filters[column];
  const [base, language] = column.split('::');
  if (base !== 'label') return undefined;
  if (language === undefined) return choice.label[form.defaultLanguage] ?? Object.values(choice.label)[0];
  const key = form.languages.find(
    (candidate) => candidate.name === language || candidate.key === language,
  )?.key;
  return choice.label[key ?? language];
}

function choicesFor(
  walk: Walk,
  scope: Scope,
  question: FormQuestion,
  path: string,
  value: AnswerValue,
): FormChoice[] | null {
  if (question.type !== 'select_one' && question.type !== 'select_multiple') return null;
  const list = walk.form.choices[question.listName ?? ''] ?? [];
  const filter = question.choiceFilter;
  if (filter === null || filter.trim() === '') return list;
  return list.filter((choice) => {
    const columns = (name: string) => choiceColumn(walk.form, choice, name);
    const kept = run(walk, scope, path, 'choice_filter', filter, value, columns);
    return kept === undefined || toBoolean(kept);
  });
}

function questionError(
  walk: Walk,
  scope: Scope,
  question: FormQuestion,
  path: string,
  value: AnswerValue,
  required: boolean,
  choices: FormChoice[] | null,
): RuntimeError | null {
  if (question.type === 'note' || question.type === 'calculate') return null;
  if (isEmpty(value))
    return required ? runtimeError(path, 'required', {}, formMessage(question.requiredMessage)) : null;
  const problem = typeError(question, value, choices);
  if (problem !== null) return runtimeError(path, problem.code, problem.params);
  if (question.constraint === null || question.constraint.trim() === '') return null;
  const holds = run(walk, scope, path, 'constraint', question.constraint, value);
  if (holds === undefined || toBoolean(holds)) return null;
  return runtimeError(
    path,
    'constraint',
    { constraint: question.constraint },
    formMessage(question.constraintMessage),
  );
}

function visitQuestion(
  walk: Walk,
  scope: Scope,
  question: FormQuestion,
  path: string,
  relevant: boolean,
): void {
  const answers = scope.answers;
  if (walk.options.applyDefaults && question.default !== null && !(question.name in answers)) {
    const text = question.default;
    const computed = DYNAMIC_DEFAULT.test(text) ? run(walk, scope, path, 'default', text, null) : undefined;
    answers[question.name] =
      computed === undefined ? literalDefault(question, text) : toAnswer(computed, question);
    walk.changed = true;
  }
  const previous = answers[question.name] ?? null;
  const keep = ONCE.test(question.calculation ?? '') && !Array.isArray(previous) && !isEmpty(previous);
  if (question.calculation !== null && question.calculation.trim() !== '' && !keep) {
    const computed = run(
      walk,
      scope,
      path,
      'calculation',
      question.calculation,
      Array.isArray(previous) ? null : previous,
    );
    const next = computed === undefined ? null : toAnswer(computed, question);
    if (next !== previous || !(question.name in answers)) {
      answers[question.name] = next;
      walk.changed = true;
    }
  }
  const state = walk.state;
  if (state === null) return;
  const raw = answers[question.name];
  const value = raw === undefined || Array.isArray(raw) ? null : raw;
  const required =
    relevant && !question.readOnly && flag(walk, scope, path, 'required', question.required, false);
  const choices = relevant ? choicesFor(walk, scope, question, path, value) : null;
  const error = relevant ? questionError(walk, scope, question, path, value, required, choices) : null;
  state.nodes[path] = {
    path,
    node: question,
    relevant,
    required,
    readOnly: question.readOnly,
    value,
    choices,
    instances: null,
    error,
  };
  if (error !== null) state.errors.push(error);
}

/**
 * A repeat with a `repeat_count` gets that many instances. Instances beyond it (the count was lowered)
 * keep their answers but are hidden, as non-relevant: raising the count back brings them back.
 */
function visitRepeat(walk: Walk, scope: Scope, repeat: FormGroup, path: string, relevant: boolean): void {
  const value = scope.answers[repeat.name];
  const instances: Answers[] = Array.isArray(value) ? value : [];
  if (!Array.isArray(value)) scope.answers[repeat.name] = instances;
  let shown = instances.length;
  let error: RuntimeError | null = null;
  if (repeat.repeatCount !== null && repeat.repeatCount.trim() !== '' && relevant) {
    const counted = run(walk, scope, path, 'repeat_count', repeat.repeatCount, null);
    const count = counted === undefined ? Number.NaN : Math.trunc(toNumber(counted));
    shown = Number.isFinite(count) ? Math.max(0, Math.min(count, MAX_INSTANCES)) : 0;
    while (instances.length < shown) {
      instances.push({});
      walk.changed = true;
    }
    if (instances.length > shown && walk.options.reportExtraInstances)
      error = runtimeError(path, 'too_many_instances', { count: instances.length, max: shown });
  }
  if (walk.state !== null) {
    walk.state.nodes[path] = {
      path,
      node: repeat,
      relevant,
      required: false,
      readOnly: false,
      value: null,
      choices: null,
      instances: shown,
      error,
    };
    if (error !== null) walk.state.errors.push(error);
  }
  instances.forEach((instance, i) => {
    setRelevance(walk, `${path}[${i}]`, relevant && i < shown);
    visitChildren(
      walk,
      instanceScope(scope, repeat.name, instance, i),
      repeat.children,
      relevant && i < shown,
    );
  });
}

function visitChildren(walk: Walk, scope: Scope, children: FormNode[], parentRelevant: boolean): void {
  for (const node of children) {
    const path = scope.prefix + node.name;
    const relevant = parentRelevant && flag(walk, scope, path, 'relevant', node.relevant, true);
    setRelevance(walk, path, relevant);
    if (node.kind === 'question') visitQuestion(walk, scope, node, path, relevant);
    else if (node.kind === 'repeat') visitRepeat(walk, scope, node, path, relevant);
    else {
      if (walk.state !== null)
        walk.state.nodes[path] = {
          path,
          node,
          relevant,
          required: false,
          readOnly: false,
          value: null,
          choices: null,
          instances: null,
          error: null,
        };
      visitChildren(walk, scope, node.children, relevant);
    }
  }
}

export function isAnswers(value: unknown): value is Answers {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function copy(answers: Answers): Answers {
  const out: Answers = {};
  for (const [name, value] of Object.entries(answers))
    out[name] = Array.isArray(value)
      ? value.map((instance) => (isAnswers(instance) ? copy(instance) : {}))
      : value;
  return out;
}

/**
 * Relevance, calculations, defaults and repeat counts depend on one another in any order: passes over the
 * form in document order until nothing changes, then one more to read the state.
 */
export function walkForm(form: SurveyForm, answers: Answers, options: WalkOptions): FormState {
  const working = copy(answers);
  const walk: Walk = {
    form,
    index: formIndex(form),
    options,
    visibility: { irrelevant: new Set() },
    changed: true,
    state: null,
    expressionErrors: new Map(),
  };
  for (let pass = 0; pass < MAX_PASSES && walk.changed; pass++) {
    walk.changed = false;
    visitChildren(walk, topScope(working), form.children, true);
  }
  const state: FormState = { nodes: {}, answers: working, errors: [] };
  walk.state = state;
  visitChildren(walk, topScope(working), form.children, true);
  state.errors.push(...walk.expressionErrors.values());
  return state;
}
