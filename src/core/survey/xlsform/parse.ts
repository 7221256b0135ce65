import { interfaceLanguageOf, OTHER_LABELS } from '../library';
import type { FormIssue, FormLanguage, FormText, SurveyForm } from '../types';
import { checkExpressions } from './expressions';
import { IssueList } from './issues';
import { LanguageSet } from './languages';
import { readChoices } from './parse-choices';
import { readSettings } from './parse-settings';
import { readSurvey } from './parse-survey';
import type { XlsFormSheets } from './sheets';

const READ_SHEETS = new Set(['survey', 'choices', 'settings']);

/**
 * Turns an XLSForm's sheets into a `SurveyForm`. Every problem is an issue with its sheet, row and column;
 * `form` is null when any of them is an error.
 */
export function parseXlsForm(
  sheets: XlsFormSheets,
  options: { fileName: string },
): { form: SurveyForm | null; issues: FormIssue[] } {
  const issues = new IssueList();
  for (const name of Object.keys(sheets))
    if (!READ_SHEETS.has(name)) issues.warning(name, null, null, 'ignored_sheet', { sheet: name });
  const survey = sheets.survey;
  if (!survey) {
    issues.error('survey', null, null, 'no_survey_sheet');
    return { form: null, issues: issues.issues };
  }
  const settings = readSettings(sheets, issues);
  const languageSet = new LanguageSet();
  languageSet.addUsedIn(survey);
  const choices = readChoices(sheets, languageSet, issues, {
    allowDuplicates: settings.allowChoiceDuplicates,
  });
  const result = readSurvey(survey, choices, languageSet, issues);
  if (!result) return { form: null, issues: issues.issues };
  checkExpressions(result.expressions, result.names, result.unsupported, issues);

  const { languages, defaultLanguage, unmatched } = languageSet.resolve(settings.defaultLanguage);
  if (unmatched)
    issues.warning('settings', settings.row, 'default_language', 'unknown_default_language', {
      language: settings.defaultLanguage ?? '',
    });
  for (const listName of result.otherLists)
    choices[listName]?.push({ row: 0, name: 'other', label: otherText(languages, 'other'), filters: {} });
  for (const question of result.specifyOther) question.label = otherText(languages, 'specify');

  if (issues.hasErrors) return { form: null, issues: issues.issues };
  const baseName = fileBaseName(options.fileName);
  return {
    form: {
      title: settings.title ?? baseName,
      formId: settings.formId ?? formIdFrom(baseName),
      version: settings.version,
      defaultLanguage,
      languages,
      children: result.children,
      choices,
    },
    issues: issues.issues,
  };
}

function otherText(languages: FormLanguage[], which: 'other' | 'specify'): FormText {
  return Object.fromEntries(
    languages.map((language) => [language.key, OTHER_LABELS[interfaceLanguageOf(language)][which]]),
  );
}

function fileBaseName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.[^.]*$/, '') || 'form';
}

function formIdFrom(baseName: string): string {
  const id = baseName.replace(/[^\p{L}\p{N}_.-]+/gu, '_');
  return /^[\p{L}_]/u.test(id) ? id : `_${id}`;
}
