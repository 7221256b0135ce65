import type { Answers } from '../types.ts';

/**
 * A sheet of exported responses: a KoboToolbox XLSX sheet or one CSV file (KoboToolbox, ODK Central or
 * Briefcase). Cells are text as the file holds it; the row of a cell is its index in `rows` + 2 (the
 * header is row 1).
 */
export interface ResponseSheet {
  /** The sheet's name, or the CSV file's name. */
  name: string;
  header: string[];
  rows: string[][];
}

/** One response read from an export, with the id its tool gave it (`_uuid`, `meta/instanceID`). */
export interface ImportedSubmission {
  id: string;
  answers: Answers;
  startedAt: string | null;
  completedAt: string | null;
  /** Where the response's main row is, so a later check can name it. */
  sheet: string;
  row: number;
  /**
   * Where each part of the answers came from, by runtime path: `''` for the main row, `member[0]` for a
   * repeat's first instance (`member[0]/visit[1]` nested), with each question's column in that sheet.
   */
  places: Record<string, AnswerPlace>;
}

export interface AnswerPlace {
  sheet: string;
  row: number;
  /** The sheet's column of each question, by question name. */
  columns: Map<string, string>;
}

/**
 * A problem with an export's cell, sheet or column. `code` is a message key of the `surveyResponses`
 * namespace (`importIssues.<code>`), `params` its parameters.
 */
export interface ResponseIssue {
  sheet: string;
  /** The sheet's row (header = 1), or null for the whole sheet or a column. */
  row: number | null;
  column: string | null;
  code: string;
  params: Record<string, string | number>;
}

export interface ReadResponses {
  submissions: ImportedSubmission[];
  errors: ResponseIssue[];
  warnings: ResponseIssue[];
}
