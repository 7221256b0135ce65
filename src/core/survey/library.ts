import { AppError } from '../errors/app-error';
import {
  INTERFACE_LANGUAGES,
  type InterfaceLanguage,
  LIBRARY_LISTS,
  LIBRARY_QUESTIONS,
  type LibraryQuestion,
  type Texts,
} from './library-content';
import type {
  FormChoice,
  FormIssue,
  FormLanguage,
  FormNode,
  FormQuestion,
  FormText,
  SurveyForm,
} from './types';
import { fillTemplate, ISSUE_MESSAGES, type IssueCode } from './xlsform/issue-messages';

export {
  INTERFACE_LANGUAGES,
  type InterfaceLanguage,
  LIBRARY_LISTS,
  LIBRARY_QUESTIONS,
  LIBRARY_TOPICS,
  type LibraryChoice,
  type LibraryQuestion,
  type LibraryTopic,
  OTHER_LABELS,
} from './library-content';

const LANGUAGE_NAMES: Record<InterfaceLanguage, string[]> = {
  en: ['english', 'anglais', 'inglés', 'inglês'],
  fr: ['french', 'français', 'francais', 'francés', 'francês'],
  ar: ['arabic', 'arabe', 'العربية', 'árabe'],
  es: ['spanish', 'espagnol', 'español', 'espanhol'],
  pt: ['portuguese', 'portugais', 'português', 'portugués'],
};

const ENGLISH_NAMES: Record<InterfaceLanguage, string> = {
  en: 'English',
  fr: 'French',
  ar: 'Arabic',
  es: 'Spanish',
  pt: 'Portuguese',
};

/** Which interface language a form language is: by its code (`fr`, `fr-CA`), else by its name; English otherwise. */
export function interfaceLanguageOf(language: FormLanguage): InterfaceLanguage {
  const codes = [language.key, /\(([^()]+)\)/.exec(language.name)?.[1] ?? ''].map(
    (code) => code.trim().toLowerCase().split(/[-_]/)[0],
  );
  for (const code of codes)
    if ((INTERFACE_LANGUAGES as readonly string[]).includes(code ?? '')) return code as InterfaceLanguage;
  const name = language.name.trim().toLowerCase();
  for (const code of INTERFACE_LANGUAGES)
    if (LANGUAGE_NAMES[code].some((known) => name.startsWith(known))) return code;
  return 'en';
}

function textFor(form: SurveyForm, texts: Texts): FormText {
  const result: FormText = {};
  for (const language of form.languages) {
    const text = texts[interfaceLanguageOf(language)];
    if (text !== '') result[language.key] = text;
  }
  return result;
}

function libraryError(
  code: IssueCode,
  params: Record<string, string>,
  status: 'bad_request' | 'conflict',
): AppError {
  const issue: FormIssue = { severity: 'error', sheet: 'survey', row: null, column: null, code, params };
  return new AppError(status, fillTemplate(ISSUE_MESSAGES[code], params), { issues: [issue] });
}

function namesOf(nodes: FormNode[], names = new Set<string>()): Set<string> {
  for (const node of nodes) {
    names.add(node.name);
    if (node.kind !== 'question') namesOf(node.children, names);
  }
  return names;
}

/** The children array holding the node named `name`, and its index there. */
function locate(nodes: FormNode[], name: string): { siblings: FormNode[]; index: number } | null {
  for (const [index, node] of nodes.entries()) {
    if (node.name === name) return { siblings: nodes, index };
    if (node.kind !== 'question') {
      const found = locate(node.children, name);
      if (found) return found;
    }
  }
  return null;
}

function sameList(a: FormChoice[], b: FormChoice[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (choice, index) =>
        choice.name === b[index]?.name && JSON.stringify(choice.label) === JSON.stringify(b[index]?.label),
    )
  );
}

function libraryQuestion(form: SurveyForm, question: LibraryQuestion): FormQuestion {
  return {
    kind: 'question',
    row: 0,
    type: question.type,
    name: question.name,
    label: textFor(form, question.label),
    hint: textFor(form, question.hint),
    listName: question.listName,
    orOther: false,
    required: null,
    requiredMessage: {},
    relevant: question.relevant,
    constraint: null,
    constraintMessage: {},
    calculation: null,
    default: null,
    choiceFilter: null,
    appearance: null,
    readOnly: false,
    parameters: null,
  };
}

/**
 * Adds library questions (in the order given) after the question or group named `after`, or at the end
 * of the form, with their choice lists and their labels in every language of the form. Throws an
 * `AppError` carrying `{issues}` for an unknown key or anchor, a name already in the form, or a list of
 * the same name that differs.
 */
export function insertLibraryQuestions(
  form: SurveyForm,
  keys: string[],
  options: { after: string | null },
): SurveyForm {
  const next = structuredClone(form);
  const names = namesOf(next.children);
  const questions = keys.map((key) => {
    const question = LIBRARY_QUESTIONS.find((candidate) => candidate.key === key);
    if (!question) throw libraryError('library_unknown_question', { key }, 'bad_request');
    if (names.has(question.name))
      throw libraryError('library_name_taken', { name: question.name }, 'conflict');
    names.add(question.name);
    return question;
  });
  for (const question of questions) {
    const choices: FormChoice[] = (LIBRARY_LISTS[question.listName] ?? []).map((choice) => ({
      row: 0,
      name: choice.name,
      label: textFor(next, choice.label),
      filters: {},
    }));
    const existing = next.choices[question.listName];
    if (existing && !sameList(existing, choices))
      throw libraryError('library_list_conflict', { list: question.listName }, 'conflict');
    next.choices[question.listName] = existing ?? choices;
  }
  for (const question of questions)
    for (const name of question.relevant?.match(/\$\{([^}]+)\}/g) ?? [])
      if (!names.has(name.slice(2, -1)))
        throw libraryError('library_requires', { key: question.key, name: name.slice(2, -1) }, 'bad_request');
  const nodes = questions.map((question) => libraryQuestion(next, question));
  if (options.after === null) next.children.push(...nodes);
  else {
    const at = locate(next.children, options.after);
    if (!at) throw libraryError('library_unknown_anchor', { after: options.after }, 'bad_request');
    at.siblings.splice(at.index + 1, 0, ...nodes);
  }
  return next;
}

/** A form built in Custodes: no questions yet, the given interface languages (all five by default). */
export function newEmptyForm(
  title: string,
  languages: readonly InterfaceLanguage[] = INTERFACE_LANGUAGES,
): SurveyForm {
  const formLanguages = (languages.length > 0 ? languages : INTERFACE_LANGUAGES).map((code) => ({
    key: code,
    name: `${ENGLISH_NAMES[code]} (${code})`,
  }));
  const formId =
    title
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '_')
      .replace(/^_+|_+$/g, '') || 'survey';
  return {
    title,
    formId: /^[\p{L}_]/u.test(formId) ? formId : `_${formId}`,
    version: null,
    defaultLanguage: formLanguages[0]?.key ?? 'en',
    languages: formLanguages,
    children: [],
    choices: {},
  };
}
