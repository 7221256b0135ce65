import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SSR_PRINCIPLES } from '../../../../core/frameworks/ssr-principles';
import {
  ACTIVITY_STATUSES,
  CAPACITY_PERIODS,
  ITEM_KINDS,
  LIMIT_KINDS,
  monthLabel,
  PHASES,
  RESOURCE_KINDS,
  RISK_CATEGORIES,
  RISK_STATUSES,
} from '../../../../core/planning/portfolio';
import { showName, showText, useWorkspaceLanguage } from '../../../app/contentLanguage';

type Texts = { readonly en?: string };

const options = <Value extends string>(values: readonly Value[], label: (value: Value) => string) =>
  values.map((value) => ({ value, label: label(value) }));

/** The fifteen SSR principles (p1…p15) as code and short name, in framework order. */
const PRINCIPLE_ITEMS = SSR_PRINCIPLES.groups
  .flatMap((group) => group.items ?? [])
  .sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1)));

/**
 * Translated labels for the Plan area's codes, month offsets shown as dates, actor names and the
 * SSR principles in the interface language (falling back to the workspace's language, then English).
 */
export function usePlanLabels() {
  const { t, i18n } = useTranslation('portfolio');
  const lang = i18n.language;
  const workspaceLanguage = useWorkspaceLanguage();
  return useMemo(() => labelsFor(t, lang, workspaceLanguage), [t, lang, workspaceLanguage]);
}

function labelsFor(t: TFunction<'portfolio'>, lang: string, workspaceLanguage: string | undefined) {
  const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
  const monthFormat = new Intl.DateTimeFormat(lang, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const dateFormat = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' });
  const shownText = (value: Texts | undefined | null) => showText(value, lang, workspaceLanguage);
  const shownActorName = (actor: { name: string; nameTranslations?: object | null }) =>
    showName(actor, lang, workspaceLanguage);
  const text = (value: Texts | undefined | null) => shownText(value).text;
  /** 'YYYY-MM' as "Jan 2027" in the interface language. */
  const yearMonth = (value: string) => {
    const [year, month] = value.split('-').map(Number);
    if (!year || !month) return value;
    return monthFormat.format(new Date(Date.UTC(year, month - 1, 1)));
  };
  const kind = (value: string) => t(`kind.${value}`);
  const phase = (value: string) => t(`phase.${value}`);
  const resourceKind = (value: string) => t(`resourceKind.${value}`);
  const limitKind = (value: string) => t(`limitKind.${value}`);
  const period = (value: string) => t(`period.${value}`);
  const status = (value: string) => t(`status.${value}`);
  const category = (value: string) => t(`riskCategory.${value}`);
  const riskStatus = (value: string) => t(`riskStatus.${value}`);
  const principles = PRINCIPLE_ITEMS.map((item) => ({
    id: item.id,
    code: item.code,
    name: t(`principle.${item.id}`, { defaultValue: text(item.guidance) || item.code }),
    question: text(item.text),
  }));
  return {
    lang,
    text,
    /** Keeps a name or code in its own direction inside a translated sentence. */
    isolate: (value: string) => `\u2068${value}\u2069`,
    number: (value: number | null | undefined) =>
      value === null || value === undefined ? '—' : number.format(value),
    yearMonth,
    /** A month offset from the plan start, as a date. */
    month: (startMonth: string, offset: number) => yearMonth(monthLabel(startMonth, offset)),
    /** 'YYYY-MM-DD' in the interface language. */
    date: (value: string | null) => {
      if (!value) return '—';
      const [year, month, day] = value.split('-').map(Number);
      if (!year || !month || !day) return value;
      return dateFormat.format(new Date(Date.UTC(year, month - 1, day)));
    },
    actorName: (actor: { name: string; nameTranslations?: object; acronym?: string | null }) =>
      shownActorName(actor).text,
    shownText,
    shownActorName,
    kind,
    phase,
    resourceKind,
    limitKind,
    period,
    status,
    category,
    riskStatus,
    rating: (value: string) => t(`rating.${value}`),
    rag: (value: string) => t(`rag.${value}`),
    principles,
    kindOptions: () => options(ITEM_KINDS, kind),
    phaseOptions: () => options(PHASES, phase),
    resourceKindOptions: () => options(RESOURCE_KINDS, resourceKind),
    limitKindOptions: () => options(LIMIT_KINDS, limitKind),
    periodOptions: () => options(CAPACITY_PERIODS, period),
    statusOptions: () => options(ACTIVITY_STATUSES, status),
    categoryOptions: () => options(RISK_CATEGORIES, category),
    riskStatusOptions: () => options(RISK_STATUSES, riskStatus),
  };
}

export type PlanLabels = ReturnType<typeof labelsFor>;

/** Colour of a red / amber / green / grey status, as a Mantine colour. */
export const RAG_COLORS: Record<string, string> = {
  green: 'green',
  amber: 'yellow',
  red: 'red',
  grey: 'gray',
};

/** Colour of a risk rating badge or matrix cell. */
export const RATING_COLORS: Record<string, string> = {
  low: 'green',
  medium: 'yellow',
  high: 'orange',
  critical: 'red',
};

/** Badge styles that never cut the label short (a narrow table column otherwise squeezes it to "…"). */
export const WHOLE_BADGE = { label: { overflow: 'visible' } } as const;
