import type { LocalizedText } from '../../../../core/frameworks/types';
import {
  BUILT_IN_REPORT_TYPES,
  type ChannelSettings,
  DEFAULT_DEADLINES,
} from '../../../../core/integrity/types';

export const TEXT_LANGUAGES = ['en', 'fr', 'ar', 'es', 'pt'] as const;

/** A new channel: closed, every built-in type, no own questions, the default deadlines. */
export function defaultSettings(): ChannelSettings {
  return {
    name: { en: '' },
    intro: { en: '' },
    enabled: false,
    reportTypes: BUILT_IN_REPORT_TYPES.map((code) => ({ code })),
    questions: [],
    ...DEFAULT_DEADLINES,
  };
}

export const isBuiltIn = (code: string) => (BUILT_IN_REPORT_TYPES as readonly string[]).includes(code);

/** Drops translations left empty, so the intake falls back to English rather than showing nothing. */
export function withoutEmptyTranslations(text: LocalizedText | undefined): LocalizedText {
  const cleaned: LocalizedText = { en: text?.en.trim() ?? '' };
  for (const language of TEXT_LANGUAGES.slice(1)) {
    const value = text?.[language]?.trim();
    if (value) cleaned[language] = value;
  }
  return cleaned;
}

/** The settings as the server takes them: translations trimmed, built-in types without labels. */
export function settingsToSave(settings: ChannelSettings): ChannelSettings {
  return {
    ...settings,
    name: withoutEmptyTranslations(settings.name),
    intro: withoutEmptyTranslations(settings.intro),
    reportTypes: settings.reportTypes.map((type) =>
      isBuiltIn(type.code)
        ? { code: type.code }
        : { code: type.code.trim(), label: withoutEmptyTranslations(type.label) },
    ),
    questions: settings.questions.map((question) => ({
      ...question,
      label: withoutEmptyTranslations(question.label),
      options:
        question.kind === 'choice'
          ? (question.options ?? []).map((option) => ({
              value: option.value.trim(),
              label: withoutEmptyTranslations(option.label),
            }))
          : undefined,
    })),
  };
}
