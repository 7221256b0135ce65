import type { AnswerCounts } from '../../../core/assessment/aggregate.ts';
import type { Answer } from '../../../core/assessment/answers.ts';
import type { ScaleRange } from '../../../core/frameworks/structure.ts';
import { type Cell, type Column, dateOf, type ReportTable } from './format.ts';
import { localized, type ReportLabels, type ReportLanguage, reportLabels } from './labels.ts';
import type { ChartBar } from './pdf-chart.ts';
import type { ReportData, ReportGroup } from './report-data.ts';

/**
 * The report as translated tables, shared by the PDF and the spreadsheet so both say the same
 * thing: cells keep numbers and dates typed, and each renderer formats them its own way.
 */
export interface ReportSections {
  language: ReportLanguage;
  labels: ReportLabels;
  title: string;
  frameworkLine: string;
  facts: Array<[string, Cell]>;
  team: ReportTable;
  overall: { score: number | null; band: string | null; range: ScaleRange; counts: AnswerCounts };
  /** Groups for the bar chart: the top level, or all of them when there are few at the top. */
  chart: ChartBar[];
  groups: ReportTable;
  items: ReportTable;
  baseline: ReportTable | null;
  needs: ReportTable;
  evidence: ReportTable;
  reviewComments: ReportTable;
}

const text = (header: string, width: number): Column => ({ header, kind: 'text', width });
const number = (header: string, width: number, decimals = 0, signed = false): Column => ({
  header,
  kind: 'number',
  width,
  decimals,
  signed,
});
const date = (header: string): Column => ({ header, kind: 'date', width: 14 });

/** A numeric answer stays a number when its scale label is just that number; else its label. */
function answerCell(answer: Answer | null, label: string | null, labels: ReportLabels): Cell {
  if (answer === null) return labels.unanswered;
  if (answer === 'na') return labels.notApplicable;
  if (answer === 'insufficient_evidence') return labels.insufficientEvidence;
  return label === null || label === String(answer) ? answer : label;
}

/** The top-level groups, or every group when the top level is too thin to say much (under four). */
function chartGroups(groups: readonly ReportGroup[]): readonly ReportGroup[] {
  const topLevel = groups.filter((group) => group.depth === 0);
  return topLevel.length < 4 ? groups : topLevel;
}

export function buildReportSections(data: ReportData, language: ReportLanguage): ReportSections {
  const labels = reportLabels(language);
  const { assessment, framework } = data;
  const facts: Array<[string, Cell]> = [
    [labels.framework, localized(framework.name, language)],
    [labels.version, framework.version],
    [labels.status, labels.statuses[assessment.status]],
    [labels.createdOn, dateOf(assessment.createdAt)],
    [labels.validatedOn, dateOf(assessment.validatedAt) ?? labels.notYet],
    [labels.publishedOn, dateOf(assessment.publishedAt) ?? labels.notYet],
    [
      labels.scope,
      assessment.scope === 'sector' ? labels.scopes.sector : labels.scopes.actors(assessment.scopeActorCount),
    ],
    [labels.leadSide, labels.sides[assessment.leadSide]],
    ...(data.baseline ? [[labels.baselineAssessment, data.baseline.title] as [string, Cell]] : []),
    [labels.generatedOn, dateOf(data.generatedAt)],
    ...(data.groups.some((group) => group.derivedRule)
      ? [[labels.scoringNote, labels.pefaDerivedNote] as [string, Cell]]
      : []),
  ];
  const yesOrBlank = (flag: boolean) => (flag ? labels.yes : null);

  return {
    language,
    labels,
    title: assessment.title,
    frameworkLine: `${localized(framework.name, language)} · ${framework.version}`,
    facts,
    team: {
      title: labels.team,
      columns: [text(labels.name, 30), text(labels.side, 20), text(labels.teamRole, 22)],
      rows: data.team.map((member) => [
        member.name,
        labels.sides[member.side],
        labels.teamRoles[member.teamRole],
      ]),
    },
    overall: { ...data.overall, range: framework.range },
    chart: chartGroups(data.groups).map((group, _, charted) => ({
      code: group.code,
      name: localized(group.name, language),
      score: group.score,
      emphasised: group.depth === 0 && charted.some((other) => other.depth > 0),
    })),
    groups: {
      title: labels.scoresByGroup,
      columns: [
        text(labels.code, 10),
        text(labels.group, 44),
        number(labels.score, 10, 1),
        text(labels.band, 10),
        number(labels.scored, 10),
        number(labels.notApplicable, 10),
        number(labels.insufficientEvidence, 12),
        number(labels.unanswered, 12),
      ],
      rows: data.groups.map((group) => [
        group.code,
        localized(group.name, language),
        group.score,
        group.band && group.derivedRule ? `${group.band}*` : group.band,
        group.counts.scored,
        group.counts.notApplicable,
        group.counts.insufficientEvidence,
        group.counts.unanswered,
      ]),
    },
    items: {
      title: labels.answersByItem,
      columns: [
        text(labels.code, 10),
        text(labels.item, 64),
        text(labels.consensusAnswer, 16),
        number(labels.assessorsScoring, 11),
        number(labels.lowest, 10),
        number(labels.highest, 10),
        text(labels.disagreement, 12),
      ],
      rows: data.items.map((item) => [
        item.code,
        localized(item.text, language),
        answerCell(item.answer, item.answerLabel, labels),
        item.assessorsScoring,
        item.lowest,
        item.highest,
        yesOrBlank(item.disagreement),
      ]),
    },
    baseline: data.baseline && {
      title: labels.changeSinceBaseline,
      columns: [
        text(labels.code, 10),
        text(labels.group, 44),
        number(labels.baselineScore, 11, 1),
        number(labels.currentScore, 11, 1),
        number(labels.change, 11, 1, true),
        text(labels.direction, 18),
      ],
      rows: [
        { code: '', name: labels.overall, ...data.baseline.overall },
        ...data.baseline.groups.map((change) => ({
          ...change,
          name: change.name ? localized(change.name, language) : change.code,
        })),
      ].map((change) => [
        change.code || null,
        change.name,
        change.baseline,
        change.current,
        change.change,
        labels.directions[change.direction],
      ]),
    },
    needs: {
      title: labels.priorityNeeds,
      columns: [
        number(labels.rank, 7),
        text(labels.code, 10),
        text(labels.item, 60),
        number(labels.current, 10, 1),
        number(labels.target, 10, 1),
        number(labels.priority, 10, 2),
      ],
      rows: data.needs.map((need, index) => [
        index + 1,
        need.code,
        localized(need.text, language),
        need.current,
        need.target,
        need.priority,
      ]),
    },
    evidence: {
      title: labels.evidence,
      columns: [
        text(labels.item, 10),
        text(labels.sourceType, 18),
        text(labels.description, 50),
        text(labels.fileName, 22),
        text(labels.addedBy, 18),
        date(labels.date),
      ],
      rows: data.evidence.map((entry) => [
        entry.itemCode,
        labels.sources[entry.sourceType],
        entry.description,
        entry.fileName,
        entry.addedBy,
        dateOf(entry.createdAt),
      ]),
    },
    reviewComments: {
      title: labels.reviewComments,
      columns: [
        text(labels.item, 10),
        text(labels.reviewer, 20),
        text(labels.comment, 60),
        text(labels.resolved, 12),
        date(labels.date),
      ],
      rows: data.reviewComments.map((comment) => [
        comment.itemCode,
        comment.reviewer,
        comment.body,
        comment.resolved ? labels.yes : labels.no,
        dateOf(comment.createdAt),
      ]),
    },
  };
}
