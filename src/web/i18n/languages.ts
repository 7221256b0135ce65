/** Interface languages (the ones with a full translation). Names are always shown in their own language. */
export const UI_LANGUAGES = [
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'fr', name: 'Français', dir: 'ltr' },
  { code: 'ar', name: 'العربية', dir: 'rtl' },
  { code: 'es', name: 'Español', dir: 'ltr' },
  { code: 'pt', name: 'Português', dir: 'ltr' },
] as const;

export type UiLanguage = (typeof UI_LANGUAGES)[number]['code'];

/** Languages a workspace can publish in (its default language). */
export const WORKSPACE_LANGUAGE_NAMES: Record<string, string> = {
  en: 'English',
  fr: 'Français',
  ar: 'العربية',
  es: 'Español',
  pt: 'Português',
};

const STORAGE_KEY = 'custodes.language';

export function isUiLanguage(value: unknown): value is UiLanguage {
  return UI_LANGUAGES.some((language) => language.code === value);
}

export function directionOf(code: string): 'ltr' | 'rtl' {
  return UI_LANGUAGES.find((language) => language.code === code)?.dir ?? 'ltr';
}

/** Saved choice first, then the browser's preferred languages, then English. */
export function initialLanguage(): UiLanguage {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (isUiLanguage(saved)) return saved;
  } catch {
    // storage can be blocked (private mode, policies): fall through to the browser preference
  }
  for (const preferred of navigator.languages ?? [navigator.language]) {
    const base = preferred.toLowerCase().split('-')[0];
    if (isUiLanguage(base)) return base;
  }
  return 'en';
}

export function saveLanguage(code: UiLanguage): void {
  try {
    localStorage.setItem(STORAGE_KEY, code);
  } catch {
    // not fatal: the choice lasts for this page only
  }
}

/** Mirrors the language on <html> so screen readers, fonts and CSS logical properties follow it. */
export function applyDocumentLanguage(code: UiLanguage): void {
  document.documentElement.lang = code;
  document.documentElement.dir = directionOf(code);
}
