import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import { AppError } from '../../../core/errors/app-error.ts';
import { listItems } from '../../../core/frameworks/structure.ts';
import type { Framework, LocalizedText, TextLanguage } from '../../../core/frameworks/types.ts';
import type { Db } from '../../db/client.ts';
import { planItems } from '../../db/schema/index.ts';
import {
  monitoringIndicators,
  monitoringResultAssessmentItems,
  monitoringResultPlanItems,
  monitoringResults,
} from '../../db/schema/monitoring.ts';
import { resolveFramework } from '../frameworks/catalogue.ts';
import { requireKnownIds } from './metadata-common.ts';

export type ResultRow = typeof monitoringResults.$inferSelect;
export interface AssessmentItemRef {
  frameworkId: string;
  itemId: string;
}

export async function findResult(db: Db, workspaceId: string, resultId: string, lock = false) {
  const query = db
    .select()
    .from(monitoringResults)
    .where(and(eq(monitoringResults.id, resultId), eq(monitoringResults.workspaceId, workspaceId)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new AppError('not_found', `no result "${resultId}" in this workspace`);
  return row;
}

export function allResults(db: Db, workspaceId: string) {
  return db
    .select()
    .from(monitoringResults)
    .where(eq(monitoringResults.workspaceId, workspaceId))
    .orderBy(asc(monitoringResults.code));
}

/** Plan items of any plan of this workspace, share-locked until the write commits. */
export async function requirePlanItems(tx: Db, workspaceId: string, ids: readonly string[] | undefined) {
  if (!ids || ids.length === 0) return;
  const found = await tx
    .select({ id: planItems.id })
    .from(planItems)
    .where(and(eq(planItems.workspaceId, workspaceId), inArray(planItems.id, [...new Set(ids)])))
    .for('share');
  requireKnownIds('planItemIds', ids, new Set(found.map((row) => row.id)), 'plan item');
}

/** Each criterion must exist in its framework: a built-in one or the workspace's own. */
export async function requireAssessmentItems(
  db: Db,
  workspaceId: string,
  refs: readonly AssessmentItemRef[] | undefined,
) {
  const frameworks = new Map<string, Framework | null>();
  for (const [index, ref] of (refs ?? []).entries()) {
    if (!frameworks.has(ref.frameworkId))
      frameworks.set(
        ref.frameworkId,
        await resolveFramework(db, workspaceId, ref.frameworkId).catch(() => null),
      );
    const framework = frameworks.get(ref.frameworkId);
    if (!framework) {
      const field = `assessmentItems.${index}.frameworkId`;
      throw new AppError('bad_request', `${field}: no framework "${ref.frameworkId}"`, {
        field,
        id: ref.frameworkId,
      });
    }
    if (!listItems(framework).some(({ item }) => item.id === ref.itemId)) {
      const field = `assessmentItems.${index}.itemId`;
      throw new AppError(
        'bad_request',
        `${field}: no item "${ref.itemId}" in the framework "${framework.id}"`,
        {
          field,
          id: ref.itemId,
        },
      );
    }
  }
}

export async function replaceLinks(
  tx: Db,
  resultId: string,
  links: { planItemIds?: readonly string[]; assessmentItems?: readonly AssessmentItemRef[] },
) {
  if (links.planItemIds) {
    await tx.delete(monitoringResultPlanItems).where(eq(monitoringResultPlanItems.resultId, resultId));
    const unique = [...new Set(links.planItemIds)];
    if (unique.length > 0)
      await tx
        .insert(monitoringResultPlanItems)
        .values(unique.map((planItemId) => ({ resultId, planItemId })));
  }
  if (links.assessmentItems) {
    await tx
      .delete(monitoringResultAssessmentItems)
      .where(eq(monitoringResultAssessmentItems.resultId, resultId));
    const seen = new Set<string>();
    const unique = links.assessmentItems.filter((ref) => {
      const key = `${ref.frameworkId}\u0000${ref.itemId}`;
      return !seen.has(key) && seen.add(key);
    });
    if (unique.length > 0)
      await tx.insert(monitoringResultAssessmentItems).values(unique.map((ref) => ({ resultId, ...ref })));
  }
}

/** The links of these results: plan items (code, name, plan) and assessment criteria. */
export async function linksOf(db: Db, resultIds: string[]) {
  if (resultIds.length === 0) return { plan: [], assessment: [] };
  const plan = await db
    .select({
      resultId: monitoringResultPlanItems.resultId,
      id: planItems.id,
      code: planItems.code,
      name: planItems.name,
      planId: planItems.planId,
    })
    .from(monitoringResultPlanItems)
    .innerJoin(planItems, eq(planItems.id, monitoringResultPlanItems.planItemId))
    .where(inArray(monitoringResultPlanItems.resultId, resultIds))
    .orderBy(asc(planItems.code));
  const assessment = await db
    .select()
    .from(monitoringResultAssessmentItems)
    .where(inArray(monitoringResultAssessmentItems.resultId, resultIds))
    .orderBy(asc(monitoringResultAssessmentItems.frameworkId), asc(monitoringResultAssessmentItems.itemId));
  return { plan, assessment };
}

export function indicatorsOfResults(db: Db, workspaceId: string) {
  return db
    .select({
      id: monitoringIndicators.id,
      code: monitoringIndicators.code,
      name: monitoringIndicators.name,
      nameTranslations: monitoringIndicators.nameTranslations,
      level: monitoringIndicators.level,
      resultId: monitoringIndicators.resultId,
    })
    .from(monitoringIndicators)
    .where(and(eq(monitoringIndicators.workspaceId, workspaceId), isNotNull(monitoringIndicators.resultId)))
    .orderBy(asc(monitoringIndicators.code));
}

const inLanguage = (text: LocalizedText, language: TextLanguage) => text[language] ?? text.en;

/** Names assessment criteria in the reader's language; each framework is read once. */
export function criterionNamer(db: Db, workspaceId: string, language: TextLanguage) {
  const cache = new Map<string, Promise<Framework | null>>();
  return async (ref: AssessmentItemRef) => {
    let framework = cache.get(ref.frameworkId);
    if (!framework) {
      framework = resolveFramework(db, workspaceId, ref.frameworkId).catch(() => null);
      cache.set(ref.frameworkId, framework);
    }
    const found = await framework;
    const item = found && listItems(found).find((placed) => placed.item.id === ref.itemId)?.item;
    return {
      frameworkId: ref.frameworkId,
      itemId: ref.itemId,
      code: item?.code ?? null,
      label: item ? inLanguage(item.text, language) : null,
      frameworkName: found ? inLanguage(found.name, language) : null,
    };
  };
}
