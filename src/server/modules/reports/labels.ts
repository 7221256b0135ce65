import type { ChangeDirection } from '../../../core/assessment/baseline.ts';
import { ASSESSMENT_STATUSES, SIDES, TEAM_ROLES } from '../../../core/assessment/workflow.ts';
import { type LocalizedText, TEXT_LANGUAGES, type TextLanguage } from '../../../core/frameworks/types.ts';
import { EVIDENCE_SOURCES } from '../assessments/evidence.ts';
import { serverT } from './i18n.ts';

/** Languages the reports are written in: every language of the interface. */
export const REPORT_LANGUAGES = TEXT_LANGUAGES;
export type ReportLanguage = TextLanguage;

export function isReportLanguage(value: unknown): value is ReportLanguage {
  return (REPORT_LANGUAGES as readonly unknown[]).includes(value);
}

/**
 * The language asked for, else the reader's own (their profile), else the workspace's, else English.
 */
export function reportLanguage(
  requested: ReportLanguage | undefined,
  workspaceLanguage: string,
  userLanguage?: string | null,
): ReportLanguage {
  if (requested) return requested;
  if (isReportLanguage(userLanguage)) return userLanguage;
  return isReportLanguage(workspaceLanguage) ? workspaceLanguage : 'en';
}

/** A framework's text in the report's language, English when it has not been translated. */
export function localized(text: LocalizedText, language: ReportLanguage): string {
  return text[language] ?? text.en;
}

/** Labels read from the `report` message namespace under their own key. */
const PLAIN_KEYS = [
  'reportTitle',
  'generatedOn',
  'framework',
  'version',
  'status',
  'createdOn',
  'validatedOn',
  'publishedOn',
  'scope',
  'leadSide',
  'baselineAssessment',
  'team',
  'name',
  'side',
  'teamRole',
  'results',
  'overallScore',
  'band',
  'groupScores',
  'scoresByGroup',
  'code',
  'group',
  'score',
  'scored',
  'notApplicable',
  'insufficientEvidence',
  'unanswered',
  'answersByItem',
  'item',
  'consensusAnswer',
  'assessorsScoring',
  'lowest',
  'highest',
  'disagreement',
  'yes',
  'no',
  'changeSinceBaseline',
  'overall',
  'baselineScore',
  'currentScore',
  'change',
  'direction',
  'priorityNeeds',
  'rank',
  'current',
  'target',
  'priority',
  'evidence',
  'sourceType',
  'description',
  'fileName',
  'addedBy',
  'date',
  'reviewComments',
  'reviewer',
  'comment',
  'resolved',
  'nothingRecorded',
  'notYet',
  'scoringNote',
  'pefaDerivedNote',
] as const;

const DIRECTIONS: readonly ChangeDirection[] = ['improved', 'declined', 'unchanged', 'not_comparable'];

function table<K extends string>(keys: readonly K[], label: (key: K) => string): Record<K, string> {
  return Object.fromEntries(keys.map((key) => [key, label(key)])) as Record<K, string>;
}

function buildLabels(language: ReportLanguage) {
  const t = serverT(language);
  const web = (key: string) => t(key, { ns: 'assess' });
  return {
    ...table(PLAIN_KEYS, (key) => t(key)),
    pageOf: (page: number, total: number) => t('pageOf', { page, total }),
    // names the web already translates come from its own namespace
    statuses: table(ASSESSMENT_STATUSES, (status) => web(`status.${status}`)),
    sides: table(SIDES, (side) => web(`side.${side}`)),
    teamRoles: table(TEAM_ROLES, (role) => web(`teamRole.${role}`)),
    sources: table(EVIDENCE_SOURCES, (source) => web(`source.${source}`)),
    scopes: {
      sector: t('scopes.sector'),
      actors: (count: number) => t('scopes.actors', { count }),
    },
    directions: table(DIRECTIONS, (direction) => t(`directions.${direction}`)),
  };
}

export type ReportLabels = ReturnType<typeof buildLabels>;

const built = new Map<ReportLanguage, ReportLabels>();

/** The report's labels in one language (built once per language). */
export function reportLabels(language: ReportLanguage): ReportLabels {
  let labels = built.get(language);
  if (!labels) {
    labels = buildLabels(language);
    built.set(language, labels);
  }
  return labels;
}
