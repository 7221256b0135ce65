import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import {
  applyDocumentLanguage,
  initialLanguage,
  isUiLanguage,
  saveLanguage,
  type UiLanguage,
} from './languages';

/**
 * Message files, one per language and namespace: `./<lang>.json` is the default namespace
 * (`translation`), `./<namespace>/<lang>.json` any other. Each file is its own chunk, so a reader
 * downloads only the language they use; a new namespace folder needs no change here.
 */
const messageFiles = import.meta.glob<{ default: Record<string, unknown> }>([
  './*.json',
  './*/*.json',
  // the server's PDF and spreadsheet reports read these; the browser never needs them
  '!./report/*.json',
]);

function namespaceAndLanguage(path: string): { namespace: string; language: string } {
  const parts = path
    .replace(/^\.\//, '')
    .replace(/\.json$/, '')
    .split('/');
  return parts.length === 1
    ? { namespace: 'translation', language: parts[0] }
    : { namespace: parts[0], language: parts[1] };
}

const loaded = new Set<string>();

/** Downloads every namespace of one language (once) and hands it to i18next. */
export async function loadLanguage(code: UiLanguage): Promise<void> {
  if (loaded.has(code)) return;
  const files = Object.entries(messageFiles).filter(([path]) => namespaceAndLanguage(path).language === code);
  const bundles = await Promise.all(
    files.map(async ([path, load]) => ({
      namespace: namespaceAndLanguage(path).namespace,
      messages: (await load()).default,
    })),
  );
  for (const { namespace, messages } of bundles)
    i18next.addResourceBundle(code, namespace, messages, true, true);
  loaded.add(code);
}

declare global {
  interface Window {
    /** Keys the interface asked for that its language lacks (read by the end-to-end tests). */
    custodesMissingKeys?: string[];
  }
}

function recordMissingKey(entry: string): void {
  window.custodesMissingKeys ??= [];
  if (!window.custodesMissingKeys.includes(entry)) window.custodesMissingKeys.push(entry);
}

const startLanguage = initialLanguage();
applyDocumentLanguage(startLanguage);

/** Resolves once the starting language's messages are in; render the app after it. */
export const i18nReady: Promise<void> = i18next
  .use(initReactI18next)
  .init({
    resources: {},
    lng: startLanguage,
    // every language carries every key (see the parity test), so no second language is fetched
    fallbackLng: false,
    partialBundledLanguages: true,
    interpolation: { escapeValue: false }, // React already escapes
    returnNull: false,
    // a key asked for but absent is recorded, so the browser tests can fail on any untranslated text
    saveMissing: true,
    missingKeyHandler: (languages, namespace, key) =>
      recordMissingKey(`${languages.join(',')}|${namespace}:${key}`),
  })
  .then(() => loadLanguage(startLanguage))
  .then(() => undefined);

let latestRequest = 0;

/**
 * Switches the interface language once its messages are in. When two switches overlap (the
 * profile's language applied after sign-in while the reader picks another), the later request wins,
 * whichever language downloads first.
 */
export async function changeUiLanguage(code: UiLanguage): Promise<void> {
  const request = ++latestRequest;
  await loadLanguage(code);
  if (request !== latestRequest) return;
  saveLanguage(code);
  applyDocumentLanguage(code);
  await i18next.changeLanguage(code);
}

export function currentUiLanguage(): UiLanguage {
  return isUiLanguage(i18next.language) ? i18next.language : 'en';
}

export { i18next };
