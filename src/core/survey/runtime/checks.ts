import type { AnswerValue, FormChoice, FormQuestion } from '../types';
import type { RuntimeErrorCode } from './errors';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

export function isEmpty(value: AnswerValue | undefined): boolean {
  return value === null || value === undefined || value === '';
}

function validDate(text: string): boolean {
  const match = DATE.exec(text);
  if (match === null) return false;
  const [, year, month, day] = match.map(Number) as number[];
  const date = new Date(Date.UTC(year as number, (month as number) - 1, day as number));
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === (month as number) - 1 &&
    date.getUTCDate() === day
  );
}

function rangeError(question: FormQuestion, value: number): AnswerTypeProblem | null {
  const parameters = question.parameters;
  if (parameters === null) return null;
  const low = Math.min(parameters.start, parameters.end);
  const high = Math.max(parameters.start, parameters.end);
  const steps = (value - parameters.start) / parameters.step;
  const onStep = parameters.step === 0 || Math.abs(steps - Math.round(steps)) < 1e-9;
  if (value >= low && value <= high && onStep) return null;
  return {
    code: 'out_of_range',
    params: { start: parameters.start, end: parameters.end, step: parameters.step },
  };
}

export interface AnswerTypeProblem {
  code: RuntimeErrorCode;
  params: Record<string, string | number>;
}

/** Whether a (non-empty) answer has the question's type; `choices` are the ones the choice filter leaves. */
export function typeError(
  question: FormQuestion,
  value: AnswerValue,
  choices: FormChoice[] | null,
): AnswerTypeProblem | null {
  const text = String(value);
  switch (question.type) {
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value)
        ? null
        : { code: 'not_integer', params: { value: text } };
    case 'decimal':
      return typeof value === 'number' && Number.isFinite(value)
        ? null
        : { code: 'not_decimal', params: { value: text } };
    case 'range':
      return typeof value === 'number' && Number.isFinite(value)
        ? rangeError(question, value)
        : { code: 'not_decimal', params: { value: text } };
    case 'select_one':
    case 'select_multiple': {
      const names = new Set((choices ?? []).map((choice) => choice.name));
      const picked = question.type === 'select_one' ? [text] : text.split(' ').filter((name) => name !== '');
      const wrong = picked.find((name) => !names.has(name));
      return wrong === undefined ? null : { code: 'not_a_choice', params: { value: wrong } };
    }
    case 'date':
      return validDate(text) ? null : { code: 'bad_date', params: { value: text } };
    case 'time':
      return TIME.test(text) ? null : { code: 'bad_time', params: { value: text } };
    case 'acknowledge':
      return text === 'OK' ? null : { code: 'not_acknowledged', params: { value: text } };
    case 'text':
      return typeof value === 'string' ? null : { code: 'not_text', params: { value: text } };
    default:
      return null;
  }
}
