// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm writes references as ${name} in plain strings
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error';
import {
  INTERFACE_LANGUAGES,
  insertLibraryQuestions,
  interfaceLanguageOf,
  LIBRARY_LISTS,
  LIBRARY_QUESTIONS,
  LIBRARY_TOPICS,
  newEmptyForm,
} from './library';
import type { FormQuestion, SurveyForm } from './types';
import { parseXlsForm } from './xlsform/parse';
import type { XlsFormSheets } from './xlsform/sheets';

function thrown(action: () => unknown): AppError {
  try {
    action();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('nothing thrown');
}

describe('the library', () => {
  it('has the standard questions, each with a topic, a known list, and text in five languages', () => {
    expect(LIBRARY_QUESTIONS.map((question) => question.key)).toEqual([
      'trust_police',
      'trust_army',
      'trust_courts',
      'safe_night',
      'victim_12m',
      'police_contact',
      'bribe_police',
      'reform_aware',
      'satisfaction_security',
    ]);
    for (const question of LIBRARY_QUESTIONS) {
      expect(LIBRARY_TOPICS).toContain(question.topic);
      expect(LIBRARY_LISTS[question.listName], question.key).toBeDefined();
      for (const language of INTERFACE_LANGUAGES) {
        expect(question.label[language], `${question.key} ${language}`).not.toBe('');
        expect(question.note[language], `${question.key} note ${language}`).not.toBe('');
      }
    }
    expect(LIBRARY_LISTS.trust?.map((choice) => choice.name)).toEqual([
      'not_at_all',
      'just_a_little',
      'somewhat',
      'a_lot',
      'dont_know',
    ]);
    expect(LIBRARY_QUESTIONS.find((question) => question.key === 'bribe_police')?.relevant).toBe(
      "${police_contact} = 'yes'",
    );
  });

  it('matches form languages to interface languages by code, then by name', () => {
    expect(interfaceLanguageOf({ key: 'fr', name: 'French (fr)' })).toBe('fr');
    expect(interfaceLanguageOf({ key: 'pt-BR', name: 'Português (pt-BR)' })).toBe('pt');
    expect(interfaceLanguageOf({ key: 'Arabic', name: 'Arabic' })).toBe('ar');
    expect(interfaceLanguageOf({ key: 'español', name: 'español' })).toBe('es');
    expect(interfaceLanguageOf({ key: 'default', name: 'default' })).toBe('en');
    expect(interfaceLanguageOf({ key: 'sw', name: 'Swahili (sw)' })).toBe('en');
  });
});

describe('newEmptyForm', () => {
  it('has the five interface languages by default, or those asked for', () => {
    expect(newEmptyForm('Perception 2025')).toEqual({
      title: 'Perception 2025',
      formId: 'perception_2025',
      version: null,
      defaultLanguage: 'en',
      languages: [
        { key: 'en', name: 'English (en)' },
        { key: 'fr', name: 'French (fr)' },
        { key: 'ar', name: 'Arabic (ar)' },
        { key: 'es', name: 'Spanish (es)' },
        { key: 'pt', name: 'Portuguese (pt)' },
      ],
      children: [],
      choices: {},
    });
    expect(newEmptyForm('Enquête', ['fr', 'ar']).languages.map((language) => language.key)).toEqual([
      'fr',
      'ar',
    ]);
  });
});

describe('insertLibraryQuestions', () => {
  const names = (form: SurveyForm) => form.children.map((node) => node.name);

  it('adds questions and their lists, labelled in each language of the form, without touching the original', () => {
    const empty = newEmptyForm('S', ['en', 'ar']);
    const form = insertLibraryQuestions(empty, ['trust_police', 'police_contact', 'bribe_police'], {
      after: null,
    });
    expect(empty.children).toEqual([]);
    expect(names(form)).toEqual(['trust_police', 'police_contact', 'bribe_police']);
    const trust = form.children[0] as FormQuestion;
    expect(trust).toMatchObject({ type: 'select_one', listName: 'trust', row: 0 });
    expect(trust.label).toEqual({ en: 'How much do you trust the police?', ar: 'إلى أي مدى تثق في الشرطة؟' });
    expect(form.children[2]).toMatchObject({ relevant: "${police_contact} = 'yes'" });
    expect(Object.keys(form.choices)).toEqual(['trust', 'yes_no']);
    expect(form.choices.yes_no?.[0]).toEqual({
      row: 0,
      name: 'yes',
      label: { en: 'Yes', ar: 'نعم' },
      filters: {},
    });
  });

  it('gives English to the default language and reuses an identical list', () => {
    const sheets: XlsFormSheets = {
      survey: {
        header: ['type', 'name', 'label'],
        headerRow: 1,
        rows: [
          { row: 2, cells: { type: 'text', name: 'village', label: 'Village' } },
          { row: 3, cells: { type: 'integer', name: 'age', label: 'Age' } },
        ],
      },
    };
    const imported = parseXlsForm(sheets, { fileName: 'f.xlsx' }).form as SurveyForm;
    const once = insertLibraryQuestions(imported, ['trust_army'], { after: 'village' });
    expect(names(once)).toEqual(['village', 'trust_army', 'age']);
    expect((once.children[1] as FormQuestion).label).toEqual({ default: 'How much do you trust the army?' });
    const twice = insertLibraryQuestions(once, ['trust_courts'], { after: 'age' });
    expect(names(twice)).toEqual(['village', 'trust_army', 'age', 'trust_courts']);
    expect(twice.choices.trust).toEqual(once.choices.trust);
  });

  it('inserts inside a group after the named question', () => {
    const form = insertLibraryQuestions(newEmptyForm('S', ['en']), ['safe_night'], { after: null });
    form.children.push({
      kind: 'group',
      row: 0,
      name: 'g',
      label: {},
      relevant: null,
      appearance: null,
      repeatCount: null,
      children: [],
    });
    const moved = insertLibraryQuestions(form, ['victim_12m'], { after: 'g' });
    expect(names(moved)).toEqual(['safe_night', 'g', 'victim_12m']);
  });

  it('refuses a name already in the form, a different list of the same name, an unknown key or anchor', () => {
    const form = insertLibraryQuestions(newEmptyForm('S', ['en']), ['reform_aware'], { after: null });
    const taken = thrown(() => insertLibraryQuestions(form, ['reform_aware'], { after: null }));
    expect(taken.code).toBe('conflict');
    expect(taken.details).toMatchObject({
      issues: [{ code: 'library_name_taken', params: { name: 'reform_aware' } }],
    });

    const clash: SurveyForm = {
      ...form,
      choices: { ...form.choices, trust: [{ row: 2, name: 'yes', label: {}, filters: {} }] },
    };
    expect(
      thrown(() => insertLibraryQuestions(clash, ['trust_police'], { after: null })).details,
    ).toMatchObject({
      issues: [{ code: 'library_list_conflict', params: { list: 'trust' } }],
    });
    expect(thrown(() => insertLibraryQuestions(form, ['trust_dogs'], { after: null })).details).toMatchObject(
      {
        issues: [{ code: 'library_unknown_question' }],
      },
    );
    expect(
      thrown(() => insertLibraryQuestions(form, ['trust_army'], { after: 'nowhere' })).details,
    ).toMatchObject({
      issues: [{ code: 'library_unknown_anchor', params: { after: 'nowhere' } }],
    });
    expect(
      thrown(() => insertLibraryQuestions(form, ['bribe_police'], { after: null })).details,
    ).toMatchObject({
      issues: [{ code: 'library_requires', params: { key: 'bribe_police', name: 'police_contact' } }],
    });
  });
});
