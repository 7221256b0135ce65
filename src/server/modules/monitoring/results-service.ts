import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { TextLanguage } from '../../../core/frameworks/types.ts';
import { type IndicatorLevel, RESULT_LEVELS, type ResultLevel } from '../../../core/indicators/types.ts';
import type { Db } from '../../db/client.ts';
import { monitoringResults } from '../../db/schema/monitoring.ts';
import { appendAudit } from '../audit/repo.ts';
import { isEmptyPatch } from '../shared/empty-patch.ts';
import { checkVersion, nextVersion } from '../shared/row-version.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';
import { auditedRow, badRequest, conflict } from './indicators-common.ts';
import {
  type AssessmentItemRef,
  allResults,
  criterionNamer,
  findResult,
  indicatorsOfResults,
  linksOf,
  type ResultRow,
  replaceLinks,
  requireAssessmentItems,
  requirePlanItems,
} from './results-repo.ts';
import { resultsWarnings } from './results-warnings.ts';

export interface ResultInput {
  parentId?: string | null;
  level: ResultLevel;
  code: string;
  title: string;
  description?: string | null;
  planItemIds?: string[];
  assessmentItems?: AssessmentItemRef[];
}

interface Options {
  db: Db;
  actor: WorkspaceActor;
}

const rank = (level: string) => RESULT_LEVELS.indexOf(level as ResultLevel);

/** Depth first from the roots, siblings by code (rows arrive sorted by code); orphans cannot occur. */
function chainOrder(rows: ResultRow[]) {
  const children = new Map<string | null, ResultRow[]>();
  for (const row of rows) children.set(row.parentId, [...(children.get(row.parentId) ?? []), row]);
  const ordered: Array<{ row: ResultRow; depth: number }> = [];
  const visit = (parentId: string | null, depth: number) => {
    for (const row of children.get(parentId) ?? []) {
      ordered.push({ row, depth });
      visit(row.id, depth + 1);
    }
  };
  visit(null, 0);
  return ordered;
}

/** The results chain as a flat list in tree order, with links and indicators, and the chain's warnings. */
export async function listResults({ db, actor, language }: Options & { language: TextLanguage }) {
  authorize(actor, 'workspace:read');
  const ws = actor.workspace.id;
  const [rows, indicators] = await Promise.all([allResults(db, ws), indicatorsOfResults(db, ws)]);
  const presented = await presentResults(db, ws, language, rows, indicators);
  return { results: presented, warnings: await resultsWarnings(db, ws) };
}

async function presentResults(
  db: Db,
  workspaceId: string,
  language: TextLanguage,
  rows: ResultRow[],
  indicators: Awaited<ReturnType<typeof indicatorsOfResults>>,
) {
  const links = await linksOf(
    db,
    rows.map((row) => row.id),
  );
  const nameCriterion = criterionNamer(db, workspaceId, language);
  // one after the other: the caller may pass a transaction, whose one client takes a query at a time
  const criteria: { resultId: string; named: Awaited<ReturnType<typeof nameCriterion>> }[] = [];
  for (const link of links.assessment)
    criteria.push({ resultId: link.resultId, named: await nameCriterion(link) });
  const ordered = rows.length > 1 ? chainOrder(rows) : rows.map((row) => ({ row, depth: 0 }));
  return ordered.map(({ row, depth }) => ({
    id: row.id,
    parentId: row.parentId,
    depth,
    level: row.level as ResultLevel,
    code: row.code,
    title: row.title,
    description: row.description,
    planItems: links.plan
      .filter((link) => link.resultId === row.id)
      .map(({ id, code, name, planId }) => ({ id, code, name, planId })),
    assessmentItems: criteria.filter((c) => c.resultId === row.id).map((c) => c.named),
    indicators: indicators
      .filter((indicator) => indicator.resultId === row.id)
      .map(({ id, code, name, nameTranslations, level }) => ({
        id,
        code,
        name,
        nameTranslations,
        level: level as IndicatorLevel,
      })),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.rowVersion,
  }));
}

async function presentOne(db: Db, actor: WorkspaceActor, language: TextLanguage, resultId: string) {
  const ws = actor.workspace.id;
  const row = await findResult(db, ws, resultId);
  const indicators = (await indicatorsOfResults(db, ws)).filter((i) => i.resultId === resultId);
  const [presented] = await presentResults(db, ws, language, [row], indicators);
  return presented;
}

/** A child sits at a lower level than its parent (impact → outcome → output → activity). */
function checkLevel(level: string, parent: ResultRow | null) {
  if (parent && rank(level) <= rank(parent.level))
    throw badRequest(
      'level',
      `a ${level} result cannot contribute to a ${parent.level} result; choose a lower level`,
    );
}

async function checkCode(tx: Db, workspaceId: string, code: string, exceptId?: string) {
  const [clash] = await tx
    .select({ id: monitoringResults.id })
    .from(monitoringResults)
    .where(
      and(
        eq(monitoringResults.workspaceId, workspaceId),
        sql`lower(${monitoringResults.code}) = lower(${code})`,
      ),
    );
  if (clash && clash.id !== exceptId)
    throw conflict('code', `another result already has the code "${code}"`, { id: clash.id });
}

async function parentOf(tx: Db, workspaceId: string, parentId: string | null | undefined) {
  if (!parentId) return null;
  return findResult(tx, workspaceId, parentId).catch(() => {
    throw badRequest('parentId', 'no result with this id in this workspace', { id: parentId });
  });
}

function auditSnapshot(
  row: ResultRow,
  links: { planItemIds?: string[]; assessmentItems?: AssessmentItemRef[] },
) {
  return { ...auditedRow(row), ...links };
}

export async function createResult({
  db,
  actor,
  input,
  language,
}: Options & { input: ResultInput; language: TextLanguage }) {
  authorize(actor, 'monitoring:configure');
  const ws = actor.workspace.id;
  const id = await db.transaction(async (tx) => {
    const parent = await parentOf(tx, ws, input.parentId);
    checkLevel(input.level, parent);
    await checkCode(tx, ws, input.code);
    await requirePlanItems(tx, ws, input.planItemIds);
    await requireAssessmentItems(tx, ws, input.assessmentItems);
    const { planItemIds, assessmentItems, ...fields } = input;
    const [created] = await tx
      .insert(monitoringResults)
      .values({ ...fields, parentId: parent?.id ?? null, id: randomUUID(), workspaceId: ws })
      .returning();
    await replaceLinks(tx, created.id, {
      planItemIds: planItemIds ?? [],
      assessmentItems: assessmentItems ?? [],
    });
    await appendAudit(tx, {
      workspaceId: ws,
      actorId: actor.user.id,
      action: 'monitoring_result.create',
      entityType: 'monitoring_result',
      entityId: created.id,
      after: auditSnapshot(created, { planItemIds, assessmentItems }),
    });
    return created.id;
  });
  return presentOne(db, actor, language, id);
}

/** Ids of the result and everything below it. */
function subtree(rows: ResultRow[], rootId: string): Set<string> {
  const found = new Set([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const row of rows)
      if (row.parentId && found.has(row.parentId) && !found.has(row.id)) {
        found.add(row.id);
        grew = true;
      }
  }
  return found;
}

export async function updateResult({
  db,
  actor,
  resultId,
  patch,
  expectedVersion,
  language,
}: Options & {
  resultId: string;
  patch: Partial<ResultInput>;
  expectedVersion?: number;
  language: TextLanguage;
}) {
  authorize(actor, 'monitoring:configure');
  const ws = actor.workspace.id;
  await db.transaction(async (tx) => {
    const before = await findResult(tx, ws, resultId, true);
    checkVersion(before.rowVersion, expectedVersion);
    if (isEmptyPatch(patch)) return;
    const all = await allResults(tx, ws);
    const parentId = patch.parentId === undefined ? before.parentId : patch.parentId;
    if (parentId && subtree(all, before.id).has(parentId))
      throw badRequest('parentId', 'a result cannot contribute to itself or to a result below it', {
        id: parentId,
      });
    const parent = await parentOf(tx, ws, parentId);
    const level = patch.level ?? before.level;
    checkLevel(level, parent);
    const lowest = all
      .filter((row) => row.parentId === before.id)
      .find((child) => rank(child.level) <= rank(level));
    if (lowest)
      throw badRequest(
        'level',
        `the result "${lowest.code}" below it is a ${lowest.level} result; choose a higher level`,
      );
    if (patch.code !== undefined) await checkCode(tx, ws, patch.code, before.id);
    await requirePlanItems(tx, ws, patch.planItemIds);
    await requireAssessmentItems(tx, ws, patch.assessmentItems);
    const { planItemIds, assessmentItems, ...fields } = patch;
    const [updated] = await tx
      .update(monitoringResults)
      .set({ ...fields, updatedAt: new Date(), rowVersion: nextVersion(monitoringResults.rowVersion) })
      .where(eq(monitoringResults.id, before.id))
      .returning();
    const beforeLinks = await linksOf(tx, [before.id]);
    await replaceLinks(tx, before.id, { planItemIds, assessmentItems });
    await appendAudit(tx, {
      workspaceId: ws,
      actorId: actor.user.id,
      action: 'monitoring_result.update',
      entityType: 'monitoring_result',
      entityId: before.id,
      before: auditSnapshot(before, {
        planItemIds: planItemIds && beforeLinks.plan.map((link) => link.id),
        assessmentItems:
          assessmentItems &&
          beforeLinks.assessment.map(({ frameworkId, itemId }) => ({ frameworkId, itemId })),
      }),
      after: auditSnapshot(updated, { planItemIds, assessmentItems }),
    });
  });
  return presentOne(db, actor, language, resultId);
}

/** Deletes a result with every result below it; its indicators stay, no longer linked. */
export async function deleteResult({
  db,
  actor,
  resultId,
  expectedVersion,
}: Options & { resultId: string; expectedVersion?: number }) {
  authorize(actor, 'monitoring:configure');
  await db.transaction(async (tx) => {
    const before = await findResult(tx, actor.workspace.id, resultId, true);
    checkVersion(before.rowVersion, expectedVersion);
    await tx.delete(monitoringResults).where(eq(monitoringResults.id, before.id));
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'monitoring_result.delete',
      entityType: 'monitoring_result',
      entityId: before.id,
      before: auditedRow(before),
    });
  });
}
