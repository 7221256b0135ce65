import { DEFAULT_LANGUAGE_KEY, type FormText, type SurveyForm } from '../../../../core/survey/types';

// English names of the interface languages, for forms whose language columns carry no code
// (`label::French` rather than `label::French (fr)`).
const LANGUAGE_NAMES: Record<string, string[]> = {
  en: ['english', 'anglais'],
  fr: ['french', 'français', 'francais'],
  ar: ['arabic', 'العربية', 'arabe'],
  es: ['spanish', 'español', 'espanol'],
  pt: ['portuguese', 'português', 'portugues'],
};

/**
 * The form's language key for the reader's interface language: a key equal to the code (`fr`) or
 * starting with it (`fr-CA`), else a language named in its own or in English; else the form's default.
 */
export function formLanguageFor(form: SurveyForm, uiLanguage: string): string {
  const code = uiLanguage.toLowerCase().split('-')[0];
  const names = LANGUAGE_NAMES[code] ?? [];
  const match =
    form.languages.find((language) => language.key.toLowerCase() === code) ??
    form.languages.find((language) => language.key.toLowerCase().split(/[-_]/)[0] === code) ??
    form.languages.find((language) => names.some((name) => language.name.toLowerCase().startsWith(name)));
  return match?.key ?? form.defaultLanguage;
}

/** The text in `language`, else in the form's default language, else without a language, else any. */
export function textIn(text: FormText | undefined, language: string, form: SurveyForm): string {
  if (!text) return '';
  return (
    text[language] ??
    text[form.defaultLanguage] ??
    text[DEFAULT_LANGUAGE_KEY] ??
    Object.values(text).find((value) => value.trim() !== '') ??
    ''
  );
}

/** Writing direction of a form language key (the form's Arabic is right-to-left even in an English interface). */
export function directionOfFormLanguage(form: SurveyForm, key: string): 'rtl' | 'ltr' {
  const language = form.languages.find((candidate) => candidate.key === key);
  const probe = `${key} ${language?.name ?? ''}`.toLowerCase();
  return /\b(ar|fa|he|ur)\b|arabic|العربية|persian|hebrew|urdu/.test(probe) ? 'rtl' : 'ltr';
}
