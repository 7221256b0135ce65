import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { NEED_STATUSES } from '../../../core/assessment/needs';
import { SIDES, TEAM_ROLES } from '../../../core/assessment/workflow';
import { CONSULTATION_FORMATS, STAKEHOLDER_TYPES } from '../../../core/consultation/participants';
import { CONFIDENCE_LEVELS, EVIDENCE_SOURCES } from '../../api/assessmentTypes';
import { showName, showText, useWorkspaceLanguage } from '../../app/contentLanguage';

/** Text by language code: framework texts (English always there) or actor name translations. */
type Texts = { readonly en?: string };

const options = <Value extends string>(values: readonly Value[], label: (value: Value) => string) =>
  values.map((value) => ({ value, label: label(value) }));

/**
 * Translated labels for the area's codes, and framework texts in the interface language (falling
 * back to the workspace's language, then English, which every framework carries). `shownText` and
 * `shownActorName` also say which language a fallback is in, for `<ShownText>`.
 */
export function useAssessLabels() {
  const { t, i18n } = useTranslation('assess');
  const lang = i18n.language;
  const workspaceLanguage = useWorkspaceLanguage();
  // one object per language, so memoised charts and lists do not redraw on every render
  return useMemo(() => labelsFor(t, lang, workspaceLanguage), [t, lang, workspaceLanguage]);
}

function labelsFor(t: TFunction<'assess'>, lang: string, workspaceLanguage: string | undefined) {
  const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
  const side = (value: string) => t(`side.${value}`);
  const teamRole = (value: string) => t(`teamRole.${value}`);
  const source = (value: string) => t(`source.${value}`);
  const needStatus = (value: string) => t(`needStatus.${value}`);
  const format = (value: string) => t(`format.${value}`);
  const stakeholder = (value: string) => t(`stakeholder.${value}`);
  const confidence = (value: string) => t(`confidence.${value}`);
  const shownText = (value: Texts | undefined | null) => showText(value, lang, workspaceLanguage);
  const shownActorName = (actor: { name: string; nameTranslations?: object | null }) =>
    showName(actor, lang, workspaceLanguage);
  return {
    lang,
    text: (value: Texts | undefined | null) => shownText(value).text,
    shownText,
    shownActorName,
    /** Keeps a name or title in its own direction inside a translated sentence (FSI … PDI). */
    isolate: (value: string) => `\u2068${value}\u2069`,
    actorName: (actor: { name: string; nameTranslations?: object; acronym?: string | null }) =>
      shownActorName(actor).text,
    score: (value: number | null | undefined) =>
      value === null || value === undefined ? '—' : number.format(value),
    status: (value: string) => t(`status.${value}`),
    scope: (value: string) => t(`scope.${value}`),
    dimension: (value: string) => t(`dimension.${value}`),
    direction: (value: string) => t(`direction.${value}`),
    side,
    teamRole,
    source,
    needStatus,
    format,
    stakeholder,
    confidence,
    sideOptions: () => options(SIDES, side),
    teamRoleOptions: () => options(TEAM_ROLES, teamRole),
    sourceOptions: () => options(EVIDENCE_SOURCES, source),
    needStatusOptions: () => options(NEED_STATUSES, needStatus),
    formatOptions: () => options(CONSULTATION_FORMATS, format),
    stakeholderOptions: () => options(STAKEHOLDER_TYPES, stakeholder),
    confidenceOptions: () => options(CONFIDENCE_LEVELS, confidence),
  };
}

export type AssessLabels = ReturnType<typeof labelsFor>;
