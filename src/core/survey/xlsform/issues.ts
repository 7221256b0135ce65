import type { FormIssue } from '../types';
import { fillTemplate, ISSUE_MESSAGES, type IssueCode } from './issue-messages';

/** Collects issues while a form is parsed. */
export class IssueList {
  readonly issues: FormIssue[] = [];

  error(
    sheet: string,
    row: number | null,
    column: string | null,
    code: IssueCode,
    params: FormIssue['params'] = {},
  ) {
    this.issues.push({ severity: 'error', sheet, row, column, code, params });
  }

  warning(
    sheet: string,
    row: number | null,
    column: string | null,
    code: IssueCode,
    params: FormIssue['params'] = {},
  ) {
    this.issues.push({ severity: 'warning', sheet, row, column, code, params });
  }

  get hasErrors(): boolean {
    return this.issues.some((issue) => issue.severity === 'error');
  }
}

/** An English sentence for the API and the CLI: `survey row 4, column relevant: The expression …`. */
export function describeFormIssue(issue: FormIssue): string {
  const template: string = ISSUE_MESSAGES[issue.code as IssueCode] ?? issue.code;
  const sentence = fillTemplate(template, { sheet: issue.sheet, row: issue.row ?? '', ...issue.params });
  const where = [
    issue.sheet ? `${issue.sheet}` : null,
    issue.row !== null ? `row ${issue.row}` : null,
    issue.column ? `column ${issue.column}` : null,
  ]
    .filter(Boolean)
    .join(', ');
  return where ? `${where}: ${sentence}` : sentence;
}
