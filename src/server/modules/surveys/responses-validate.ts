import type { ImportedSubmission, ResponseIssue } from '../../../core/survey/responses/types.ts';
import { validateSubmission } from '../../../core/survey/runtime/index.ts';
import type { SurveyForm } from '../../../core/survey/types.ts';

/**
 * Checks each imported response as a submission from the browser is checked (required, constraints,
 * relevance, ranges), and names the sheet, row and column of every problem.
 */
export function checkImportedAnswers(
  form: SurveyForm,
  submissions: ImportedSubmission[],
  today: Date,
): ResponseIssue[] {
  const options = { today: today.toISOString().slice(0, 10) };
  const issues: ResponseIssue[] = [];
  for (const submission of submissions) {
    for (const error of validateSubmission(form, submission.answers, options).errors) {
      const cut = error.path.lastIndexOf('/');
      const placePath = cut < 0 ? '' : error.path.slice(0, cut);
      const name = error.path.slice(cut + 1).replace(/\[\d+\]$/, '');
      const place = submission.places[placePath] ?? submission.places[''];
      const formMessage = error.message ? (error.message.en ?? error.message.default ?? null) : null;
      issues.push({
        sheet: place.sheet,
        row: place.row,
        column: place.columns.get(name) ?? name,
        code: error.code,
        params: formMessage ? { ...error.params, formMessage } : error.params,
      });
    }
  }
  return issues;
}
