import type { FormText } from '../types';

/** What can be wrong with an answer; H7 translates each code (namespace `surveyCollect`). */
export const RUNTIME_ERROR_CODES = [
  'required',
  'constraint',
  'not_integer',
  'not_decimal',
  'out_of_range',
  'not_a_choice',
  'not_text',
  'bad_date',
  'bad_time',
  'not_acknowledged',
  'too_many_instances',
  'wrong_shape',
  'unknown_question',
  'bad_expression',
] as const;
export type RuntimeErrorCode = (typeof RUNTIME_ERROR_CODES)[number];

/**
 * A problem with one answer. `path` is the question's name, or `repeat[0]/name` inside a repeat instance;
 * `message` is the form's own text for it (`required_message`, `constraint_message`) when it has one.
 */
export interface RuntimeError {
  path: string;
  code: RuntimeErrorCode;
  params: Record<string, string | number>;
  message: FormText | null;
}

export type SubmissionError = RuntimeError;

export function runtimeError(
  path: string,
  code: RuntimeErrorCode,
  params: Record<string, string | number> = {},
  message: FormText | null = null,
): RuntimeError {
  return { path, code, params, message };
}

/** The form's message when it wrote one, else null (the reader's language is chosen by the UI). */
export function formMessage(text: FormText): FormText | null {
  return Object.values(text).some((value) => value.trim() !== '') ? text : null;
}
