import type { AnswerValue, FormChoice, FormQuestion, SurveyForm } from '../types.ts';

export type CellReading =
  | { ok: true; value: AnswerValue }
  | { ok: false; code: string; params: Record<string, string | number> };

const ok = (value: AnswerValue): CellReading => ({ ok: true, value });
const refused = (code: string, params: Record<string, string | number> = {}): CellReading => ({
  ok: false,
  code,
  params,
});

const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/;
const TIME = /^(?:\d{4}-\d{2}-\d{2}T)?(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/** Reads a cell of an export as the answer to `question` (empty is no answer). */
export function readCell(form: SurveyForm, question: FormQuestion, text: string): CellReading {
  const cell = text.trim();
  if (cell === '') return ok(null);
  switch (question.type) {
    case 'integer':
      return INTEGER.test(cell) && Number.isSafeInteger(Number(cell))
        ? ok(Number(cell))
        : refused('notInteger');
    case 'decimal':
    case 'range':
      return DECIMAL.test(cell) && Number.isFinite(Number(cell)) ? ok(Number(cell)) : refused('notNumber');
    case 'date':
      return readDate(cell);
    case 'time': {
      const match = TIME.exec(cell);
      return match ? ok(`${match[1]}:${match[2]}`) : refused('notTime');
    }
    case 'select_one':
      return readChoice(choicesOf(form, question), cell);
    case 'select_multiple':
      return readChoices(choicesOf(form, question), cell);
    case 'acknowledge':
      return ['ok', '1', 'true', 'yes'].includes(cell.toLowerCase()) ? ok('OK') : refused('notAcknowledge');
    default:
      return ok(cell);
  }
}

function readDate(cell: string): CellReading {
  const match = DATE.exec(cell);
  if (!match) return refused('notDate');
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day))
    return refused('notDate');
  return ok(`${year}-${month}-${day}`);
}

export function choicesOf(form: SurveyForm, question: FormQuestion): FormChoice[] {
  const list = question.listName ? (form.choices[question.listName] ?? []) : [];
  if (question.orOther && !list.some((choice) => choice.name === 'other'))
    return [...list, { row: 0, name: 'other', label: {}, filters: {} }];
  return list;
}

/**
 * A choice by its name, else by a label in any of the form's languages (a "labels" export) when one
 * choice alone has it; a label two choices share is refused as ambiguous.
 */
export function findChoice(choices: FormChoice[], text: string): FormChoice | 'ambiguous' | null {
  const byName = choices.find((choice) => choice.name === text);
  if (byName) return byName;
  const wanted = text.toLowerCase();
  const byLabel = choices.filter((choice) =>
    Object.values(choice.label).some((label) => label.trim().toLowerCase() === wanted),
  );
  if (byLabel.length > 1) return 'ambiguous';
  return byLabel[0] ?? null;
}

function readChoice(choices: FormChoice[], cell: string): CellReading {
  const choice = findChoice(choices, cell);
  if (choice === 'ambiguous') return refused('ambiguousLabel', { value: cell });
  return choice ? ok(choice.name) : refused('notChoice', { value: cell });
}

/** Names separated by spaces; a labels export may instead hold one label (with spaces) or labels split by commas. */
function readChoices(choices: FormChoice[], cell: string): CellReading {
  const whole = findChoice(choices, cell);
  if (whole && whole !== 'ambiguous') return ok(whole.name);
  const parts = cell.includes(',') ? cell.split(',') : cell.split(/\s+/);
  const names: string[] = [];
  for (const part of parts.map((p) => p.trim()).filter(Boolean)) {
    const choice = findChoice(choices, part);
    if (choice === 'ambiguous') return refused('ambiguousLabel', { value: part });
    if (!choice) return refused('notChoice', { value: part });
    if (!names.includes(choice.name)) names.push(choice.name);
  }
  return ok(names.join(' '));
}

/** A `q/choice` column of 0/1 (Kobo's binary select_multiple columns). */
export function readBinary(cell: string): boolean | null | 'bad' {
  const value = cell.trim().toLowerCase();
  if (value === '') return null;
  if (['1', 'true', 'yes'].includes(value)) return true;
  if (['0', 'false', 'no'].includes(value)) return false;
  return 'bad';
}
