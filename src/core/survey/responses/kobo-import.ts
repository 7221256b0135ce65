import type { Answers, FormQuestion, SurveyForm } from '../types.ts';
import {
  allLevels,
  columnNames,
  type FormLevel,
  formLevels,
  isMetaColumn,
  type LevelQuestion,
} from './form-levels.ts';
import { assignSheets } from './sheet-levels.ts';
import type {
  AnswerPlace,
  ImportedSubmission,
  ReadResponses,
  ResponseIssue,
  ResponseSheet,
} from './types.ts';
import { findChoice, readBinary, readCell } from './values.ts';

/** What a column of a sheet holds. */
type ColumnRole =
  | { kind: 'answer'; question: FormQuestion }
  | { kind: 'binary'; question: FormQuestion; choice: string }
  | { kind: 'ignored' };

const ID_COLUMNS = ['_uuid', 'meta/instanceID', 'meta-instanceID', 'instanceID', 'KEY'];
const OWN_KEY_COLUMNS = ['_index', 'KEY'];
const PARENT_KEY_COLUMNS = ['_parent_index', 'PARENT_KEY', '_submission__uuid'];
const END_COLUMNS = ['end', '_submission_time', 'SubmissionDate'];

/** `uuid:…` (ODK) and the bare UUID (Kobo's `_uuid`) name the same submission. */
export const submissionIdOf = (text: string) => text.trim().replace(/^uuid:/i, '');

/**
 * Reads a KoboToolbox or ODK export (the main sheet and one sheet per repeat) as submissions of `form`.
 * Every cell is checked; errors and warnings name the sheet, row and column.
 */
export function koboRowsToSubmissions(form: SurveyForm, sheets: ResponseSheet[]): ReadResponses {
  const errors: ResponseIssue[] = [];
  const warnings: ResponseIssue[] = [];
  const main = formLevels(form);
  const names = new Map(allLevels(main).map((level) => [level, columnIndex(level)]));
  const assignment = assignSheets(
    main,
    sheets,
    (level) => new Set(names.get(level)?.keys()),
    warnings,
    errors,
  );
  if (!assignment.main) {
    errors.push({ sheet: sheets[0]?.name ?? '', row: null, column: null, code: 'noMainSheet', params: {} });
    return { submissions: [], errors, warnings };
  }
  const submissions: ImportedSubmission[] = [];
  /** Each level's rows by the keys children use to point at them. */
  const keysByLevel = new Map<FormLevel, Map<string, Answers>>();
  const mainKeys = new Map<string, Answers>();
  keysByLevel.set(main, mainKeys);
  const mainSheet = assignment.main;
  const mainRoles = columnRoles(form, names.get(main) ?? new Map(), mainSheet, warnings);
  const seen = new Map<string, number>();
  const mainPositions = positionsOf(mainSheet);
  const mainColumns = questionColumns(mainSheet, mainRoles);
  /** Where each row's answers belong: its submission and its runtime path. */
  const owners = new Map<Answers, { submission: ImportedSubmission; path: string }>();
  mainSheet.rows.forEach((cells, index) => {
    const row = index + 2;
    if (cells.every((cell) => (cell ?? '').trim() === '')) return;
    const get = getter(mainPositions, cells);
    const rawId = firstOf(get, ID_COLUMNS);
    if (!rawId) {
      errors.push({ sheet: mainSheet.name, row, column: '_uuid', code: 'missingId', params: {} });
      return;
    }
    const id = submissionIdOf(rawId);
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      errors.push({
        sheet: mainSheet.name,
        row,
        column: '_uuid',
        code: 'duplicateId',
        params: { id, row: earlier },
      });
      return;
    }
    seen.set(id, row);
    const answers = readRow(form, mainSheet, row, cells, mainRoles, errors);
    for (const key of [rawId, id, ...OWN_KEY_COLUMNS.map(get)]) if (key) mainKeys.set(key, answers);
    const submission: ImportedSubmission = {
      id,
      answers,
      startedAt: names.get(main)?.has('start') ? null : isoTime(get('start')),
      completedAt: END_COLUMNS.some((c) => names.get(main)?.has(c))
        ? null
        : isoTime(firstOf(get, END_COLUMNS)),
      sheet: mainSheet.name,
      row,
      places: { '': { sheet: mainSheet.name, row, columns: mainColumns } },
    };
    submissions.push(submission);
    owners.set(answers, { submission, path: '' });
  });
  for (const level of allLevels(main).slice(1)) {
    const sheet = assignment.repeats.get(level);
    const parentLevel = parentOf(main, level);
    const parentKeys = parentLevel ? keysByLevel.get(parentLevel) : undefined;
    const ownKeys = new Map<string, Answers>();
    keysByLevel.set(level, ownKeys);
    if (!sheet || !parentKeys) continue;
    const roles = columnRoles(form, names.get(level) ?? new Map(), sheet, warnings);
    const repeatName = level.repeat?.name ?? '';
    const positions = positionsOf(sheet);
    const columns = questionColumns(sheet, roles);
    sheet.rows.forEach((cells, index) => {
      const row = index + 2;
      if (cells.every((cell) => (cell ?? '').trim() === '')) return;
      const get = getter(positions, cells);
      const linkColumn = PARENT_KEY_COLUMNS.find((column) => get(column));
      const parent = linkColumn ? parentKeys.get(get(linkColumn)) : undefined;
      if (!parent) {
        errors.push({
          sheet: sheet.name,
          row,
          column: linkColumn ?? '_parent_index',
          code: 'orphanRow',
          params: { value: linkColumn ? get(linkColumn) : '' },
        });
        return;
      }
      const answers = readRow(form, sheet, row, cells, roles, errors);
      const instances = parent[repeatName];
      if (Array.isArray(instances)) instances.push(answers);
      else parent[repeatName] = [answers];
      const owner = owners.get(parent);
      if (owner) {
        const at = `${owner.path ? `${owner.path}/` : ''}${repeatName}[${(parent[repeatName] as Answers[]).length - 1}]`;
        owner.submission.places[at] = { sheet: sheet.name, row, columns } satisfies AnswerPlace;
        owners.set(answers, { submission: owner.submission, path: at });
      }
      for (const key of OWN_KEY_COLUMNS.map(get)) if (key) ownKeys.set(key, answers);
    });
  }
  return { submissions, errors, warnings };
}

/** The column that holds each question's answer (the first, when several do). */
function questionColumns(sheet: ResponseSheet, roles: ColumnRole[]): Map<string, string> {
  const columns = new Map<string, string>();
  roles.forEach((role, index) => {
    if (role.kind !== 'ignored' && !columns.has(role.question.name))
      columns.set(role.question.name, sheet.header[index]);
  });
  return columns;
}

/** The column names of a level's questions, to the question. */
function columnIndex(level: FormLevel): Map<string, LevelQuestion> {
  const index = new Map<string, LevelQuestion>();
  for (const entry of level.questions)
    for (const name of columnNames(level, entry)) if (!index.has(name)) index.set(name, entry);
  return index;
}

function columnRoles(
  form: SurveyForm,
  names: Map<string, LevelQuestion>,
  sheet: ResponseSheet,
  warnings: ResponseIssue[],
): ColumnRole[] {
  return sheet.header.map((header) => {
    const column = header.trim();
    const entry = names.get(column);
    if (entry) return { kind: 'answer', question: entry.question };
    const cut = Math.max(column.lastIndexOf('/'), column.lastIndexOf('.'));
    const owner = cut > 0 ? names.get(column.slice(0, cut)) : undefined;
    if (owner?.question.type === 'select_multiple') {
      const choice = findChoice(form.choices[owner.question.listName ?? ''] ?? [], column.slice(cut + 1));
      if (choice && choice !== 'ambiguous')
        return { kind: 'binary', question: owner.question, choice: choice.name };
    }
    if (column !== '' && !isMetaColumn(column))
      warnings.push({ sheet: sheet.name, row: null, column, code: 'unknownColumn', params: {} });
    return { kind: 'ignored' };
  });
}

function readRow(
  form: SurveyForm,
  sheet: ResponseSheet,
  row: number,
  cells: string[],
  roles: ColumnRole[],
  errors: ResponseIssue[],
): Answers {
  const answers: Answers = {};
  const withColumn = new Set(roles.flatMap((role) => (role.kind === 'answer' ? [role.question.name] : [])));
  const picked = new Map<string, string[]>();
  roles.forEach((role, column) => {
    const text = cells[column] ?? '';
    if (role.kind === 'answer') {
      if (answers[role.question.name] !== undefined) return;
      const reading = readCell(form, role.question, text);
      if (!reading.ok)
        errors.push({
          sheet: sheet.name,
          row,
          column: sheet.header[column],
          code: reading.code,
          params: reading.params,
        });
      else if (reading.value !== null) answers[role.question.name] = reading.value;
    } else if (role.kind === 'binary' && !withColumn.has(role.question.name)) {
      const flag = readBinary(text);
      if (flag === 'bad')
        errors.push({
          sheet: sheet.name,
          row,
          column: sheet.header[column],
          code: 'notBinary',
          params: { value: text },
        });
      else if (flag) picked.set(role.question.name, [...(picked.get(role.question.name) ?? []), role.choice]);
    }
  });
  for (const [name, choices] of picked) answers[name] = choices.join(' ');
  return answers;
}

function positionsOf(sheet: ResponseSheet): Map<string, number> {
  const positions = new Map<string, number>();
  sheet.header.forEach((column, index) => {
    if (!positions.has(column.trim())) positions.set(column.trim(), index);
  });
  return positions;
}

function getter(positions: Map<string, number>, cells: string[]) {
  return (column: string) => {
    const at = positions.get(column);
    return at === undefined ? '' : (cells[at] ?? '').trim();
  };
}

const firstOf = (get: (column: string) => string, columns: string[]) =>
  columns.map(get).find((value) => value !== '') ?? '';

/** Kobo's and ODK's `start`/`end`/`_submission_time` (ISO 8601); anything else is left out, not guessed. */
function isoTime(text: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}([T ]|$)/.test(text)) return null;
  const time = new Date(text);
  if (Number.isNaN(time.getTime())) return null;
  const year = time.getUTCFullYear();
  return year >= 1900 && year <= 9999 ? time.toISOString() : null;
}

function parentOf(root: FormLevel, level: FormLevel): FormLevel | null {
  for (const child of root.children) {
    if (child === level) return root;
    const found = parentOf(child, level);
    if (found) return found;
  }
  return null;
}
