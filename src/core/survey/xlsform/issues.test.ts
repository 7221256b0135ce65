import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ISSUE_MESSAGES } from './issue-messages';
import { describeFormIssue } from './issues';

describe('issue messages', () => {
  it('the web’s English messages are the core’s, code for code', () => {
    const english = JSON.parse(
      readFileSync(new URL('../../../web/i18n/surveyIssues/en.json', import.meta.url), 'utf8'),
    );
    expect(english).toEqual(ISSUE_MESSAGES);
  });

  it('describeFormIssue says where and what, in English', () => {
    expect(
      describeFormIssue({
        severity: 'error',
        sheet: 'survey',
        row: 7,
        column: 'name',
        code: 'duplicate_name',
        params: { name: 'age', first: 3, row: 7 },
      }),
    ).toBe('survey, row 7, column name: The name “age” is used twice (rows 3 and 7).');
    expect(
      describeFormIssue({
        severity: 'error',
        sheet: '',
        row: null,
        column: null,
        code: 'no_survey_sheet',
        params: {},
      }),
    ).toBe('There is no “survey” sheet.');
  });
});
