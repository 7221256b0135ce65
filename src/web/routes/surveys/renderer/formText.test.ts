import { describe, expect, it } from 'vitest';
import type { SurveyForm } from '../../../../core/survey/types';
import { directionOfFormLanguage, formLanguageFor, textIn } from './formText';

function form(languages: [string, string][], defaultLanguage: string): SurveyForm {
  return {
    title: 't',
    formId: 't',
    version: null,
    defaultLanguage,
    languages: languages.map(([key, name]) => ({ key, name })),
    children: [],
    choices: {},
  };
}

describe('formLanguageFor', () => {
  it.each([
    [
      [
        ['en', 'English (en)'],
        ['fr', 'French (fr)'],
      ],
      'en',
      'fr',
      'fr',
    ],
    [
      [
        ['en', 'English (en)'],
        ['fr', 'French (fr)'],
      ],
      'en',
      'ar',
      'en',
    ],
    [
      [
        ['English', 'English'],
        ['French', 'French'],
      ],
      'English',
      'fr',
      'French',
    ],
    [[['pt-BR', 'Português (pt-BR)']], 'pt-BR', 'pt', 'pt-BR'],
    [[['default', 'default']], 'default', 'es', 'default'],
  ] as [[string, string][], string, string, string][])(
    'languages %j, default %s, reader %s → %s',
    (languages, defaultLanguage, reader, expected) => {
      expect(formLanguageFor(form(languages, defaultLanguage), reader)).toBe(expected);
    },
  );
});

describe('textIn', () => {
  const f = form(
    [
      ['en', 'English (en)'],
      ['fr', 'French (fr)'],
    ],
    'en',
  );
  it('takes the language, then the default language, then the unsuffixed column', () => {
    expect(textIn({ en: 'Yes', fr: 'Oui' }, 'fr', f)).toBe('Oui');
    expect(textIn({ en: 'Yes' }, 'fr', f)).toBe('Yes');
    expect(textIn({ default: 'Ja' }, 'fr', f)).toBe('Ja');
    expect(textIn({}, 'fr', f)).toBe('');
  });
});

describe('directionOfFormLanguage', () => {
  it('knows Arabic is right-to-left', () => {
    const f = form(
      [
        ['ar', 'Arabic (ar)'],
        ['Arabic', 'Arabic'],
        ['fr', 'French (fr)'],
      ],
      'fr',
    );
    expect(directionOfFormLanguage(f, 'ar')).toBe('rtl');
    expect(directionOfFormLanguage(f, 'Arabic')).toBe('rtl');
    expect(directionOfFormLanguage(f, 'fr')).toBe('ltr');
  });
});
