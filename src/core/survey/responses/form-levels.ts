import type { FormGroup, FormNode, FormQuestion, SurveyForm } from '../types.ts';

/**
 * A form seen as an export lays it out: the main level (one row per response) and one level per repeat
 * (one row per instance, in its own sheet), each with the questions whose answers sit in its rows.
 */
export interface FormLevel {
  /** null for the main level. */
  repeat: FormGroup | null;
  /** Group and repeat names from the form's root down to this repeat (empty for the main level). */
  path: string[];
  questions: LevelQuestion[];
  /** Repeats directly inside this level (inside its groups included). */
  children: FormLevel[];
}

export interface LevelQuestion {
  question: FormQuestion;
  /** Group and repeat names from the root, then the question's name. */
  path: string[];
}

/** Questions that hold no answer of their own. */
const NO_ANSWER = new Set(['note']);

export function formLevels(form: SurveyForm): FormLevel {
  const main: FormLevel = { repeat: null, path: [], questions: [], children: [] };
  collect(form.children, [], main);
  return main;
}

function collect(nodes: FormNode[], path: string[], level: FormLevel) {
  for (const node of nodes) {
    if (node.kind === 'question') {
      if (!NO_ANSWER.has(node.type)) level.questions.push({ question: node, path: [...path, node.name] });
    } else if (node.kind === 'group') {
      collect(node.children, [...path, node.name], level);
    } else {
      const child: FormLevel = { repeat: node, path: [...path, node.name], questions: [], children: [] };
      level.children.push(child);
      collect(node.children, child.path, child);
    }
  }
}

/** Every level, the main one first, parents before their children. */
export function allLevels(main: FormLevel): FormLevel[] {
  return [main, ...main.children.flatMap(allLevels)];
}

/**
 * The names a column of a question may have: its name alone (Kobo's "without group names"), its full
 * path with `/` (Kobo, ODK Central) or `-` (ODK Briefcase), and the path inside its repeat.
 */
export function columnNames(level: FormLevel, entry: LevelQuestion): string[] {
  const inside = entry.path.slice(level.path.length);
  return unique([
    entry.question.name,
    entry.path.join('/'),
    entry.path.join('-'),
    inside.join('/'),
    inside.join('-'),
  ]);
}

const unique = (names: string[]) => [...new Set(names)];

/** Kobo's and ODK's own columns: read for ids, times and links between sheets, never as answers. */
export function isMetaColumn(column: string): boolean {
  if (column.startsWith('_') || column.startsWith('meta/') || column.startsWith('meta-')) return true;
  if (column.startsWith('SET-OF-') || column.startsWith('formhub/') || column.startsWith('__system/'))
    return true;
  return META_COLUMNS.has(column);
}

const META_COLUMNS = new Set([
  'start',
  'end',
  'today',
  'deviceid',
  'username',
  'simserial',
  'subscriberid',
  'phonenumber',
  'audit',
  'instanceID',
  'instanceName',
  'KEY',
  'PARENT_KEY',
  'SubmissionDate',
  'SubmitterID',
  'SubmitterName',
  'AttachmentsPresent',
  'AttachmentsExpected',
  'Status',
  'ReviewState',
  'DeviceID',
  'Edits',
  'FormVersion',
  'isValidated',
]);
