import { type AnswerCounts, flattenGroups, flattenItems } from '../../../core/assessment/aggregate.ts';
import type { Answer } from '../../../core/assessment/answers.ts';
import type { Change } from '../../../core/assessment/baseline.ts';
import type { AssessmentStatus, Side, TeamRole } from '../../../core/assessment/workflow.ts';
import { itemLevels, listGroups, listItems, type ScaleRange } from '../../../core/frameworks/structure.ts';
import type { LocalizedText } from '../../../core/frameworks/types.ts';
import type { Db } from '../../db/client.ts';
import type { EvidenceSource } from '../assessments/evidence.ts';
import { assessmentResults } from '../assessments/results.ts';
import { describeAssessment } from '../assessments/service.ts';
import type { WorkspaceActor } from '../workspaces/membership.ts';

/** How many of the gap analysis' needs a report lists. */
export const REPORT_NEEDS_LIMIT = 15;

export interface ReportGroup {
  code: string;
  name: LocalizedText;
  /** 0 for a top-level group, 1 for its sub-groups. */
  depth: number;
  score: number | null;
  band: string | null;
  /** The band is a PEFA M2 letter from Custodes' derived rule, not the official table. */
  derivedRule: boolean;
  counts: AnswerCounts;
}

export interface ReportItem {
  code: string;
  text: LocalizedText;
  /** The consensus answer that enters the official result; null while unanswered. */
  answer: Answer | null;
  /** The scale's label for a numeric answer ("3", "B+"), null otherwise. */
  answerLabel: string | null;
  assessorsScoring: number;
  lowest: number | null;
  highest: number | null;
  disagreement: boolean;
}

export interface ReportChange extends Change {
  code: string;
  /** Null for a group only the baseline's framework version has. */
  name: LocalizedText | null;
}

export interface ReportNeed {
  code: string;
  text: LocalizedText;
  current: number | null;
  target: number;
  priority: number | null;
}

/** Everything a report shows, language-neutral: the renderers translate and format it. */
export interface ReportData {
  generatedAt: string;
  assessment: {
    title: string;
    status: AssessmentStatus;
    scope: 'sector' | 'actors';
    scopeActorCount: number;
    leadSide: Side;
    createdAt: string;
    validatedAt: string | null;
    publishedAt: string | null;
  };
  framework: { id: string; version: string; name: LocalizedText; range: ScaleRange };
  team: { name: string; side: Side; teamRole: TeamRole }[];
  overall: { score: number | null; band: string | null; counts: AnswerCounts };
  groups: ReportGroup[];
  items: ReportItem[];
  baseline: { title: string; overall: Change; groups: ReportChange[] } | null;
  needs: ReportNeed[];
  evidence: {
    itemCode: string;
    sourceType: EvidenceSource;
    description: string;
    fileName: string | null;
    addedBy: string;
    createdAt: string;
  }[];
  reviewComments: {
    itemCode: string;
    reviewer: string;
    body: string;
    resolved: boolean;
    createdAt: string;
  }[];
}

/** Gathers one assessment's report from the assessment services (which check the reader's access). */
export async function collectReportData(options: {
  db: Db;
  actor: WorkspaceActor;
  assessmentId: string;
}): Promise<ReportData> {
  const detail = await describeAssessment(options);
  const results = await assessmentResults(options);
  const { framework, assessment } = detail;
  const placedItems = listItems(framework);
  const itemById = new Map(placedItems.map(({ item }) => [item.id, item]));
  const groupById = new Map(
    listGroups(framework).map(({ group, ancestors }) => [group.id, { group, ancestors }]),
  );
  const itemCode = (itemId: string) => itemById.get(itemId)?.code ?? itemId;
  const consolidated = new Map(results.consolidation.items.map((entry) => [entry.itemId, entry]));

  const groups = flattenGroups(results.aggregation.groups).map((result): ReportGroup => {
    const placed = groupById.get(result.id);
    return {
      code: result.code,
      name: placed?.group.name ?? { en: result.code },
      depth: placed?.ancestors.length ?? 0,
      score: result.score,
      band: result.band,
      derivedRule: result.derivedRule,
      counts: result.counts,
    };
  });

  const items = flattenItems(results.aggregation.groups).map((result): ReportItem => {
    const item = itemById.get(result.id);
    const spread = consolidated.get(result.id);
    const level =
      item && typeof result.answer === 'number'
        ? itemLevels(framework, item).find((candidate) => candidate.value === result.answer)
        : undefined;
    return {
      code: result.code,
      text: item?.text ?? { en: result.code },
      answer: result.answer,
      answerLabel: level?.label ?? null,
      assessorsScoring: spread?.scored ?? 0,
      lowest: spread?.min ?? null,
      highest: spread?.max ?? null,
      disagreement: spread?.disagreement ?? false,
    };
  });

  const baseline = results.baseline
    ? {
        title: results.baseline.title,
        overall: results.baseline.comparison.overall,
        groups: results.baseline.comparison.groups.map(
          (change): ReportChange => ({ ...change, name: groupById.get(change.id)?.group.name ?? null }),
        ),
      }
    : null;

  return {
    generatedAt: new Date().toISOString(),
    assessment: {
      title: assessment.title,
      status: assessment.status as AssessmentStatus,
      scope: assessment.scope as 'sector' | 'actors',
      scopeActorCount: assessment.scopeActorIds.length,
      leadSide: assessment.leadSide as Side,
      createdAt: assessment.createdAt,
      validatedAt: assessment.validatedAt,
      publishedAt: assessment.publishedAt,
    },
    framework: {
      id: framework.id,
      version: framework.version,
      name: framework.name,
      range: results.aggregation.range,
    },
    team: detail.team.map((member) => ({
      name: member.name,
      side: member.side as Side,
      teamRole: member.teamRole as TeamRole,
    })),
    overall: results.aggregation.overall,
    groups,
    items,
    baseline,
    needs: results.gaps.needs.slice(0, REPORT_NEEDS_LIMIT).map((need) => ({
      code: need.code,
      text: itemById.get(need.itemId)?.text ?? { en: need.code },
      current: need.current,
      target: need.target,
      priority: need.priority,
    })),
    evidence: detail.evidence.map((entry) => ({
      itemCode: itemCode(entry.itemId),
      sourceType: entry.sourceType as EvidenceSource,
      description: entry.description,
      fileName: entry.fileName,
      addedBy: entry.addedByName,
      createdAt: entry.createdAt,
    })),
    reviewComments: detail.reviewComments.map((comment) => ({
      itemCode: itemCode(comment.itemId),
      reviewer: comment.reviewer.name,
      body: comment.body,
      resolved: comment.resolved,
      createdAt: comment.createdAt,
    })),
  };
}
