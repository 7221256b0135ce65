import type { AnswerValue } from '../types';
import type { XPathValue } from './ast';

const DAY_MS = 86_400_000;
const DECIMAL = /^\s*-?(?:\d+(?:\.\d*)?|\.\d+)\s*$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** An answer as the evaluator sees it: unanswered is the empty string, as an empty node's value is. */
export function fromAnswer(value: AnswerValue | undefined): XPathValue {
  return value === null || value === undefined ? '' : value;
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` date (or date-time), as ODK converts dates to numbers. */
function dateToDays(text: string): number {
  const match = DATE.exec(text.trim());
  if (match === null) return Number.NaN;
  const [, year, month, day, hours, minutes, seconds] = match;
  const ms = Date.UTC(
    Number(year),
    Number(month) - 1,
    Number(day),
    Number(hours ?? 0),
    Number(minutes ?? 0),
    0,
  );
  if (Number.isNaN(ms) || new Date(ms).getUTCDate() !== Number(day)) return Number.NaN;
  return (ms + Number(seconds ?? 0) * 1000) / DAY_MS;
}

/** XPath's `number()`, extended as ODK does: a date is its number of days since 1970-01-01. */
export function toNumber(value: XPathValue): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (DECIMAL.test(value)) return Number(value);
  return dateToDays(value);
}

/** XPath's `string()`: integers without a decimal point, NaN and Infinity spelled out. */
export function toText(value: XPathValue): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Number.isNaN(value)) return 'NaN';
  if (value === Number.POSITIVE_INFINITY) return 'Infinity';
  if (value === Number.NEGATIVE_INFINITY) return '-Infinity';
  if (Object.is(value, -0)) return '0';
  return String(value);
}

/** XPath's `boolean()`: a non-zero number, a non-empty string. */
export function toBoolean(value: XPathValue): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0 && !Number.isNaN(value);
  return value.length > 0;
}

/** `=` and `!=` (XPath 1.0 §3.4): as booleans if either is one, else as numbers if either is one, else as strings. */
export function equals(left: XPathValue, right: XPathValue): boolean {
  if (typeof left === 'boolean' || typeof right === 'boolean') return toBoolean(left) === toBoolean(right);
  if (typeof left === 'number' || typeof right === 'number') return toNumber(left) === toNumber(right);
  return left === right;
}
