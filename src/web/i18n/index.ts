import i18next from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import {
  applyDocumentLanguage,
  initialLanguage,
  isUiLanguage,
  saveLanguage,
  type UiLanguage,
} from './languages';
import { START_NAMESPACES } from './start-namespaces';

/**
 * Message files, one per language and namespace: `./<lang>.json` is the default namespace
 * (`translation`), `./<namespace>/<lang>.json` any other. Each file is its own chunk, so a reader
 * downloads only the language they use and only the namespaces the pages they open need; a new
 * namespace folder needs no change here.
 */
const messageFiles = import.meta.glob<{ default: Record<string, unknown> }>([
  './*.json',
  './*/*.json',
  // the server's PDF and spreadsheet reports read these; the browser never needs them
  '!./report/*.json',
]);

function messageFile(language: string, namespace: string) {
  return messageFiles[namespace === 'translation' ? `./${language}.json` : `./${namespace}/${language}.json`];
}

const messageBackend = resourcesToBackend(async (language: string, namespace: string) => {
  const load = messageFile(language, namespace);
  if (!load) throw new Error(`no messages for ${namespace} in ${language}`);
  return (await load()).default;
});

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
  .use(messageBackend)
  .init({
    lng: startLanguage,
    ns: START_NAMESPACES,
    defaultNS: 'translation',
    // every language carries every key (see the parity test), so no second language is fetched
    fallbackLng: false,
    interpolation: { escapeValue: false }, // React already escapes
    returnNull: false,
    // a key asked for but absent is recorded, so the browser tests can fail on any untranslated text
    saveMissing: true,
    missingKeyHandler: (languages, namespace, key) =>
      recordMissingKey(`${languages.join(',')}|${namespace}:${key}`),
  })
  .then(() => undefined);

let latestRequest = 0;

/**
 * Switches the interface language once its messages are in. When two switches overlap (the
 * profile's language applied after sign-in while the reader picks another), the later request wins,
 * whichever language downloads first.
 */
export async function changeUiLanguage(code: UiLanguage): Promise<void> {
  const request = ++latestRequest;
  // every namespace loaded so far, in the new language, before the switch shows anything
  await i18next.loadLanguages(code);
  if (request !== latestRequest) return;
  saveLanguage(code);
  applyDocumentLanguage(code);
  await i18next.changeLanguage(code);
}

export function currentUiLanguage(): UiLanguage {
  return isUiLanguage(i18next.language) ? i18next.language : 'en';
}

export { i18next };
