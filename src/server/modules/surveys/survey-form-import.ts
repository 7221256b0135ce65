import { AppError } from '../../../core/errors/app-error.ts';
import {
  type InterfaceLanguage,
  insertLibraryQuestions,
  newEmptyForm,
} from '../../../core/survey/library.ts';
import type { FormIssue, SurveyForm } from '../../../core/survey/types.ts';
import { describeFormIssue, importXlsForm } from '../../../core/survey/xlsform/index.ts';
import { findUnstorable } from '../../http/input-guard.ts';

/**
 * The server's door to the XLSForm parser and the question library (src/core/survey): a form with
 * errors becomes `InvalidFormError`, which the routes answer with 400 `invalid_form` and every issue.
 */

export class InvalidFormError extends Error {
  constructor(readonly issues: FormIssue[]) {
    const errors = issues.filter((issue) => issue.severity === 'error');
    const first = errors[0] ? describeFormIssue(errors[0]) : 'the form could not be read';
    super(`file: ${first}${errors.length > 1 ? ` (and ${errors.length - 1} more errors)` : ''}`);
    this.name = 'InvalidFormError';
  }
}

/** Uploaded text PostgreSQL cannot store (a NUL, a lone surrogate) is a 400 naming where it sits. */
export function refuseUnstorable(value: unknown, where: string): void {
  const at = findUnstorable(value, where);
  if (at)
    throw new AppError(
      'bad_request',
      `${at}: holds a character that cannot be stored (NUL or a broken surrogate)`,
      {
        field: at,
      },
    );
}

/** Reads and parses an XLSForm; refuses it when any issue is an error. */
export async function readForm(
  fileName: string,
  bytes: Uint8Array,
): Promise<{ form: SurveyForm; issues: FormIssue[] }> {
  refuseUnstorable({ fileName }, 'file');
  const { form, issues } = await importXlsForm(fileName, bytes);
  if (!form || issues.some((issue) => issue.severity === 'error')) throw new InvalidFormError(issues);
  refuseUnstorable({ form, issues }, 'file');
  return { form, issues };
}

export function emptyForm(title: string, languages: readonly InterfaceLanguage[]): SurveyForm {
  return newEmptyForm(title, languages);
}

/**
 * PostgreSQL's jsonb does not keep the order of object keys, so a stored form's labels come back with
 * their languages reordered; put them back in the form's language order, as the library writes them, so
 * a list the library already added compares equal to its own.
 */
function inLanguageOrder(form: SurveyForm): SurveyForm {
  const order = form.languages.map((language) => language.key);
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  const ordered = (text: Record<string, string>) =>
    Object.fromEntries(Object.entries(text).sort(([a], [b]) => rank(a) - rank(b)));
  const choices = Object.fromEntries(
    Object.entries(form.choices).map(([list, items]) => [
      list,
      items.map((choice) => ({ ...choice, label: ordered(choice.label) })),
    ]),
  );
  return { ...form, choices };
}

export function addLibraryQuestions(form: SurveyForm, keys: string[], after: string | null): SurveyForm {
  return insertLibraryQuestions(inLanguageOrder(form), keys, { after });
}
