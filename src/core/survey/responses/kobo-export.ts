import type { Answers, AnswerValue, SurveyForm } from '../types.ts';
import { type FormLevel, formLevels } from './form-levels.ts';

export interface ExportedSubmission {
  id: string;
  answers: Answers;
  startedAt: string | null;
  completedAt: string | null;
  receivedAt: string;
}

export type ExportCell = string | number | null;

export interface ExportSheet {
  name: string;
  header: string[];
  rows: ExportCell[][];
}

/** Kobo cuts sheet names to Excel's limit of 31 characters. */
const SHEET_NAME_MAX = 31;

/**
 * Submissions as KoboToolbox exports them ("XML values and headers", groups in the column names with
 * `/`): the main sheet, then one sheet per repeat linked by `_index` / `_parent_index`. Reading the
 * sheets back with `koboRowsToSubmissions` gives the same submissions.
 */
export function submissionsToSheets(form: SurveyForm, submissions: ExportedSubmission[]): ExportSheet[] {
  const main = formLevels(form);
  const mainName = (form.formId || 'responses').slice(0, SHEET_NAME_MAX);
  const mainSheet: ExportSheet = {
    name: mainName,
    header: [
      ...main.questions.map((entry) => entry.path.join('/')),
      'start',
      'end',
      '_uuid',
      '_submission_time',
      '_index',
    ],
    rows: [],
  };
  const sheets = [mainSheet];
  const repeatSheets = new Map<FormLevel, { sheet: ExportSheet; next: number }>();
  const sheetOf = (level: FormLevel) => {
    let entry = repeatSheets.get(level);
    if (!entry) {
      entry = {
        sheet: {
          name: (level.repeat?.name ?? '').slice(0, SHEET_NAME_MAX),
          header: [
            ...level.questions.map((question) => question.path.join('/')),
            '_index',
            '_parent_table_name',
            '_parent_index',
            '_submission__uuid',
          ],
          rows: [],
        },
        next: 1,
      };
      repeatSheets.set(level, entry);
      sheets.push(entry.sheet);
    }
    return entry;
  };
  // Every repeat gets its sheet, even an empty one, so the file's layout does not depend on the answers.
  const visit = (level: FormLevel) => {
    for (const child of level.children) {
      sheetOf(child);
      visit(child);
    }
  };
  visit(main);
  submissions.forEach((submission, index) => {
    const own = index + 1;
    mainSheet.rows.push([
      ...main.questions.map((entry) => cell(submission.answers[entry.question.name])),
      submission.startedAt,
      submission.completedAt,
      submission.id,
      submission.receivedAt,
      own,
    ]);
    writeRepeats(main, submission.answers, own, mainName, submission.id, sheetOf);
  });
  return sheets;
}

function writeRepeats(
  level: FormLevel,
  answers: Answers,
  parentIndex: number,
  parentName: string,
  submissionId: string,
  sheetOf: (level: FormLevel) => { sheet: ExportSheet; next: number },
) {
  for (const child of level.children) {
    const instances = answers[child.repeat?.name ?? ''];
    if (!Array.isArray(instances)) continue;
    const target = sheetOf(child);
    for (const instance of instances) {
      const own = target.next++;
      target.sheet.rows.push([
        ...child.questions.map((entry) => cell(instance[entry.question.name])),
        own,
        parentName,
        parentIndex,
        submissionId,
      ]);
      writeRepeats(child, instance, own, target.sheet.name, submissionId, sheetOf);
    }
  }
}

const cell = (value: AnswerValue | Answers[] | undefined): ExportCell =>
  value === undefined || Array.isArray(value) ? null : value;
