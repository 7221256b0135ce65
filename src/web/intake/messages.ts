import type enMessages from '../i18n/integrityIntake/en.json';

/**
 * The intake page's own translations: no i18next, just the chosen language's message file (one
 * chunk per language, fetched when chosen) and a lookup with {{placeholders}}. The language is the
 * whistle-blower's choice; nothing remembers it.
 */
export const INTAKE_LANGUAGES = [
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'fr', name: 'Français', dir: 'ltr' },
  { code: 'ar', name: 'العربية', dir: 'rtl' },
  { code: 'es', name: 'Español', dir: 'ltr' },
  { code: 'pt', name: 'Português', dir: 'ltr' },
] as const;

export type IntakeLanguage = (typeof INTAKE_LANGUAGES)[number]['code'];
export type IntakeMessages = typeof enMessages;
export type Translate = (key: string, params?: Record<string, string | number>) => string;

const LOADERS: Record<IntakeLanguage, () => Promise<{ default: IntakeMessages }>> = {
  en: () => import('../i18n/integrityIntake/en.json'),
  fr: () => import('../i18n/integrityIntake/fr.json'),
  ar: () => import('../i18n/integrityIntake/ar.json'),
  es: () => import('../i18n/integrityIntake/es.json'),
  pt: () => import('../i18n/integrityIntake/pt.json'),
};

export const isIntakeLanguage = (code: string): code is IntakeLanguage =>
  INTAKE_LANGUAGES.some((language) => language.code === code);

/** The browser's language when it is one of the five, else English. */
export function browserLanguage(): IntakeLanguage {
  for (const preferred of navigator.languages ?? [navigator.language]) {
    const base = preferred.toLowerCase().split('-')[0];
    if (isIntakeLanguage(base)) return base;
  }
  return 'en';
}

export const directionOf = (code: IntakeLanguage) =>
  INTAKE_LANGUAGES.find((language) => language.code === code)?.dir ?? 'ltr';

export async function loadMessages(code: IntakeLanguage): Promise<IntakeMessages> {
  return (await LOADERS[code]()).default;
}

function lookup(messages: unknown, key: string): unknown {
  let node = messages;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

export function translator(messages: IntakeMessages): Translate {
  return (key, params = {}) => {
    const text = lookup(messages, key);
    if (typeof text !== 'string') return key;
    return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
  };
}

/** A channel's own text (name, intro, questions) in the chosen language, else its English. */
export function localized(
  text: { en: string } & Partial<Record<IntakeLanguage, string>>,
  code: IntakeLanguage,
) {
  return text[code]?.trim() ? (text[code] as string) : text.en;
}

/** Bytes as MB or KB, in the reader's number format. */
export function formatSize(bytes: number, code: IntakeLanguage, t: Translate): string {
  const format = (value: number) => new Intl.NumberFormat(code, { maximumFractionDigits: 1 }).format(value);
  return bytes >= 1024 * 1024
    ? t('units.megabytes', { value: format(bytes / (1024 * 1024)) })
    : t('units.kilobytes', { value: format(Math.max(1, bytes / 1024)) });
}

export const formatDate = (iso: string, code: IntakeLanguage) =>
  new Intl.DateTimeFormat(code, { dateStyle: 'long' }).format(new Date(iso));
