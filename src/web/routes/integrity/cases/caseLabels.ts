import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../../../core/frameworks/types';
import {
  BUILT_IN_REPORT_TYPES,
  type CaseOutcome,
  type CasePriority,
  type CaseStatus,
  type IdentityMode,
  type ReportTypeOption,
} from '../../../../core/integrity/types';

/** The code statistics and the case list use for a report no handler has classified yet. */
export const UNCLASSIFIED = 'unclassified';

const BUILT_IN = new Set<string>(BUILT_IN_REPORT_TYPES);

/** A channel's own text in the reader's language, else in English. */
export function localized(text: Partial<LocalizedText> | undefined, language: string): string {
  if (!text) return '';
  const code = language.split('-')[0] as keyof LocalizedText;
  return text[code] || text.en || '';
}

/**
 * Labels for the integrity channel's codes in the reader's language: built-in types of wrongdoing
 * from the `integrity` messages, a channel's own types from its settings, and statuses, priorities,
 * outcomes and identity modes.
 */
export function useCaseLabels(reportTypes: readonly ReportTypeOption[] | undefined) {
  const { t, i18n } = useTranslation('integrity');
  const language = i18n.language;
  return useMemo(() => {
    const type = (code: string | null) => {
      if (code === null || code === '' || code === UNCLASSIFIED) return t('types.unclassified');
      if (BUILT_IN.has(code)) return t(`types.${code}`);
      const own = reportTypes?.find((option) => option.code === code);
      return localized(own?.label, language) || code;
    };
    return {
      language,
      type,
      /** The channel's types for a Select, in the channel's order. */
      typeOptions: () =>
        (reportTypes ?? []).map((option) => ({ value: option.code, label: type(option.code) })),
      status: (status: CaseStatus) => t(`status.${status}`),
      priority: (priority: CasePriority) => t(`priority.${priority}`),
      outcome: (outcome: CaseOutcome) => t(`outcome.${outcome}`),
      identityMode: (mode: IdentityMode) => t(`identityMode.${mode}`),
      text: (value: Partial<LocalizedText> | undefined) => localized(value, language),
    };
  }, [t, language, reportTypes]);
}

export type CaseLabels = ReturnType<typeof useCaseLabels>;

export const STATUS_COLORS: Record<CaseStatus, string> = {
  new: 'blue',
  acknowledged: 'cyan',
  investigating: 'violet',
  closed: 'gray',
};

export const PRIORITY_COLORS: Record<CasePriority, string> = {
  low: 'gray',
  normal: 'blue',
  high: 'orange',
  urgent: 'red',
};
