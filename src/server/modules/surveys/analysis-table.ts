import type { SurveyTable } from '../../../core/survey/estimate/index.ts';
import { tableFromRecords } from '../../../core/survey/estimate/index.ts';
import type { Answers, FormNode, FormQuestion, SurveyForm } from '../../../core/survey/types.ts';

/** Question types that hold no answer worth estimating on. */
const NOT_COLUMNS = new Set(['note', 'acknowledge']);
const NUMERIC = new Set(['integer', 'decimal', 'range']);

export interface AnalysisColumns {
  /** Column names, in form order: top-level questions, then `<question>/<choice>` after a select_multiple. */
  names: string[];
  /** The questions among them (without the choice columns). */
  questions: string[];
  numeric: Set<string>;
  /** select_multiple questions with their choice names. */
  multiple: Map<string, string[]>;
  /** Questions inside repeats: not columns (one row is one respondent). */
  inRepeats: string[];
}

function collect(nodes: FormNode[], form: SurveyForm, out: AnalysisColumns, inRepeat: boolean) {
  for (const node of nodes) {
    if (node.kind !== 'question') {
      collect(node.children, form, out, inRepeat || node.kind === 'repeat');
      continue;
    }
    if (NOT_COLUMNS.has(node.type)) continue;
    if (inRepeat) {
      out.inRepeats.push(node.name);
      continue;
    }
    addQuestion(node, form, out);
  }
}

function addQuestion(question: FormQuestion, form: SurveyForm, out: AnalysisColumns) {
  out.names.push(question.name);
  out.questions.push(question.name);
  if (NUMERIC.has(question.type)) out.numeric.add(question.name);
  if (question.type !== 'select_multiple') return;
  const choices = (form.choices[question.listName ?? ''] ?? []).map((choice) => choice.name);
  if (question.orOther && !choices.includes('other')) choices.push('other');
  out.multiple.set(question.name, choices);
  for (const choice of choices) {
    const name = `${question.name}/${choice}`;
    out.names.push(name);
    out.numeric.add(name);
  }
}

/** The columns a survey's responses give for estimation. */
export function analysisColumns(form: SurveyForm): AnalysisColumns {
  const out: AnalysisColumns = {
    names: [],
    questions: [],
    numeric: new Set(),
    multiple: new Map(),
    inRepeats: [],
  };
  collect(form.children, form, out, false);
  return out;
}

function numberOrNull(value: unknown): number | string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return value;
  const parsed = Number(value);
  // a value the form says is a number but is not stays as text: the estimator names it and its row
  return Number.isFinite(parsed) && String(value).trim() !== '' ? parsed : String(value);
}

/** One respondent's row: top-level answers, numbers as numbers, one 0/1 column per select_multiple choice. */
export function analysisRecord(answers: Answers, columns: AnalysisColumns): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const name of columns.questions) {
    const value = answers[name];
    if (Array.isArray(value)) record[name] = null;
    else record[name] = columns.numeric.has(name) ? numberOrNull(value) : (value ?? null);
  }
  for (const [question, choices] of columns.multiple) {
    const value = answers[question];
    const chosen =
      typeof value === 'string' && value.trim() !== '' ? new Set(value.trim().split(/\s+/)) : null;
    for (const choice of choices)
      record[`${question}/${choice}`] = chosen ? Number(chosen.has(choice)) : null;
  }
  return record;
}

/** A `SurveyTable` over the submissions, one row per respondent, every form column present even when unanswered. */
export function analysisTable(
  form: SurveyForm,
  submissions: readonly Answers[],
): {
  table: SurveyTable;
  columns: AnalysisColumns;
} {
  const columns = analysisColumns(form);
  const records = submissions.map((answers) => analysisRecord(answers, columns));
  if (records.length === 0) records.push(Object.fromEntries(columns.names.map((n) => [n, null])));
  const table = tableFromRecords(records);
  return {
    table: submissions.length === 0 ? emptyTable(table) : table,
    columns,
  };
}

/** The header of `table` with no rows (tableFromRecords learns columns from rows). */
function emptyTable(withHeader: SurveyTable): SurveyTable {
  return {
    rowCount: 0,
    has: (column) => withHeader.has(column),
    numeric: (column) => withHeader.numeric(column).subarray(0, 0),
    text: (column) => withHeader.text(column).slice(0, 0),
  };
}
