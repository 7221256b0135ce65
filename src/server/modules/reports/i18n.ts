import { existsSync, readFileSync } from 'node:fs';
import i18next, { type TFunction } from 'i18next';
import { TEXT_LANGUAGES, type TextLanguage } from '../../../core/frameworks/types.ts';

/**
 * Server-side translations from the web's own message files, so a report or a generated sentence
 * says what the screen says. `report` holds what only the server writes; `assess` is read for the
 * names the web already translates (statuses, sides, roles, evidence sources).
 */
const MESSAGE_DIR = new URL('../../../web/i18n/', import.meta.url);
const NAMESPACES = ['report', 'assess'] as const;

function readMessages(namespace: string, language: string): Record<string, unknown> {
  const file = new URL(`${namespace}/${language}.json`, MESSAGE_DIR);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
}

const resources = Object.fromEntries(
  TEXT_LANGUAGES.map((language) => [
    language,
    Object.fromEntries(NAMESPACES.map((namespace) => [namespace, readMessages(namespace, language)])),
  ]),
);

const instance = i18next.createInstance();
void instance.init({
  resources,
  initAsync: false,
  ns: [...NAMESPACES],
  defaultNS: 'report',
  // a key a language lacks reads in English rather than as its key
  fallbackLng: 'en',
  supportedLngs: [...TEXT_LANGUAGES],
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** `t` in one language, `report` namespace by default (`{ ns: 'assess' }` for the web's). */
export function serverT(language: TextLanguage): TFunction {
  return instance.getFixedT(language);
}
