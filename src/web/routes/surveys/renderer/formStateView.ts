import type { Answers, AnswerValue, FormChoice, FormText } from '../../../../core/survey/types';
import type { RepeatScope } from './answersAt';

/**
 * What the renderer reads of the form runtime's state (core/survey/runtime, the same code the server
 * checks submissions with). runtimeView.ts builds it from `formState`.
 */

/** One problem with an answer: `code` is a runtime error code, `message` the form's own text if any. */
export interface AnswerProblem {
  path: string;
  code: string;
  params: Record<string, string | number>;
  message: FormText | null;
}

export interface NodeView {
  relevant: boolean;
  required: boolean;
  value: AnswerValue;
  /** A select's choices after its choice filter; null for other types. */
  choices: FormChoice[] | null;
  error: AnswerProblem | null;
}

export interface FormStateView {
  /** The node `name` in the repeat instance `scope` (top level: `[]`). */
  node(scope: RepeatScope, name: string): NodeView;
  /** The path the runtime gives a node (the key of its problems). */
  pathOf(scope: RepeatScope, name: string): string;
  /** A repeat's fixed number of instances from `repeat_count`, or null when the enumerator adds them. */
  repeatCount(scope: RepeatScope, name: string): number | null;
  /** Every problem, in form order. */
  problems: AnswerProblem[];
  /** The answers to keep: non-relevant answers dropped (as ODK does), calculations filled in. */
  answers: Answers;
}
