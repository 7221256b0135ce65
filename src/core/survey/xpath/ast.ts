import type { AnswerValue } from '../types';

/** What XLSForm's XPath subset computes: XPath 1.0's string, number and boolean (node-sets are unpacked). */
export type XPathValue = string | number | boolean;

export const XPATH_BINARY_OPERATORS = [
  'or',
  'and',
  '=',
  '!=',
  '<',
  '<=',
  '>',
  '>=',
  '+',
  '-',
  '*',
  'div',
  'mod',
] as const;
export type XPathBinaryOperator = (typeof XPATH_BINARY_OPERATORS)[number];

export type XPathNode =
  | { kind: 'number'; value: number }
  | { kind: 'string'; value: string }
  /** `${name}`: the answer to a question. */
  | { kind: 'ref'; name: string }
  /** `.`: the question the expression belongs to (constraints, choice filters). */
  | { kind: 'current' }
  /** `..`: only as the argument of `position(..)`. */
  | { kind: 'parent' }
  /** A bare name: a column of the choices sheet in a `choice_filter` (`region=${region}`). */
  | { kind: 'name'; name: string }
  | { kind: 'negate'; argument: XPathNode }
  | { kind: 'binary'; operator: XPathBinaryOperator; left: XPathNode; right: XPathNode }
  | { kind: 'call'; name: string; args: XPathNode[] };

/**
 * What an expression is evaluated against. `value` gives the answer to `${name}` as seen from where the
 * expression is (inside a repeat instance, its siblings first); `current` is `.`.
 */
export interface XPathContext {
  value(name: string): AnswerValue | undefined;
  current: AnswerValue;
  /** YYYY-MM-DD */
  today: string;
  /** The 1-based index of the repeat instance the expression is evaluated in: `position(..)`. */
  position?: number;
  /**
   * Every value of `name` across its repeat instances (one entry per instance, null when unanswered; for
   * a repeat's own name, one entry per instance): `sum()`, `count()`, `min()`, `max()`, `join()`,
   * `indexed-repeat()`. Without it those functions see the single `value(name)`.
   */
  values?(name: string): AnswerValue[];
  /** A column of the choice being filtered (`name`, or one of its `filters`): bare names in a choice_filter. */
  column?(name: string): AnswerValue | undefined;
}

export const XPATH_ERROR_CODES = [
  'empty',
  'unexpected_character',
  'unexpected_token',
  'unexpected_end',
  'unclosed_string',
  'unclosed_reference',
  'empty_reference',
  'unclosed_parenthesis',
  'unsupported_path',
  'unsupported_syntax',
  'unknown_function',
  'wrong_arity',
  'bad_regex',
  'too_long',
] as const;
export type XPathErrorCode = (typeof XPATH_ERROR_CODES)[number];

/** A syntax error: `code` + `params` for a translated message, `position` the 0-based character index. */
export class XPathSyntaxError extends Error {
  readonly code: XPathErrorCode;
  readonly params: Record<string, string | number>;
  readonly position: number;

  constructor(
    code: XPathErrorCode,
    position: number,
    params: Record<string, string | number>,
    message: string,
  ) {
    super(`${message} at ${position}`);
    this.name = 'XPathSyntaxError';
    this.code = code;
    this.params = params;
    this.position = position;
  }
}
