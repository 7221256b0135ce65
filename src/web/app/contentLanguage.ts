import { useParams } from '@tanstack/react-router';
import { useWorkspaceQuery } from '../api/queries';

/**
 * Text a user entered in one or more languages, as shown to a reader: in the reader's language when
 * there is one, else in the workspace's default language, else English, else whatever there is.
 * `language` names the language shown when it is not the reader's, so the page can say so.
 */
export interface ShownText {
  text: string;
  language: string | null;
}

type Texts = Readonly<Record<string, string | null | undefined>>;

export function showText(
  texts: object | null | undefined,
  reader: string,
  workspaceLanguage: string | undefined,
): ShownText {
  const byLanguage = (texts ?? {}) as Texts;
  const order = [reader, workspaceLanguage, 'en', ...Object.keys(byLanguage)];
  for (const language of order) {
    const text = language ? byLanguage[language]?.trim() : undefined;
    if (text) return { text, language: language === reader ? null : (language ?? null) };
  }
  return { text: '', language: null };
}

/**
 * An actor's name: its translation into the reader's language, else the name as registered, which
 * is in the workspace's default language.
 */
export function showName(
  actor: { name: string; nameTranslations?: object | null },
  reader: string,
  workspaceLanguage: string | undefined,
): ShownText {
  const translated = ((actor.nameTranslations ?? {}) as Texts)[reader]?.trim();
  if (translated) return { text: translated, language: null };
  const language = workspaceLanguage && workspaceLanguage !== reader ? workspaceLanguage : null;
  return { text: actor.name, language };
}

/** The default language of the workspace in the address, once loaded; undefined elsewhere. */
export function useWorkspaceLanguage(): string | undefined {
  const { slug } = useParams({ strict: false }) as { slug?: string };
  const workspace = useWorkspaceQuery(slug ?? '', { enabled: slug !== undefined });
  return slug === undefined ? undefined : workspace.data?.workspace.defaultLanguage;
}
