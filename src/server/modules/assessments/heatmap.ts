import { and, eq, inArray } from 'drizzle-orm';
import type { AssessmentStatus } from '../../../core/assessment/workflow.ts';
import { listGroups } from '../../../core/frameworks/structure.ts';
import type { Framework } from '../../../core/frameworks/types.ts';
import type { Db } from '../../db/client.ts';
import { actors } from '../../db/schema/index.ts';
import { resolveFramework } from '../frameworks/catalogue.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';
import * as repo from './repo.ts';
import { aggregateStored } from './results.ts';

const FINAL = new Set(['validated', 'published']);

/**
 * Actors × top-level groups of one framework: for every actor assessed on its own (scope "actors"),
 * the scores of its latest validated or published assessment, else of its latest one in any state
 * (the row says which, so a draft is never mistaken for a result).
 */
export async function assessmentHeatmap(options: { db: Db; actor: WorkspaceActor; frameworkId: string }) {
  const { db, actor } = options;
  authorize(actor, 'workspace:read');
  const framework: Framework = await resolveFramework(db, actor.workspace.id, options.frameworkId);
  const rows = (await repo.listAssessmentRows(db, actor.workspace.id)).filter(
    (row) => row.frameworkId === framework.id && row.scope === 'actors',
  );
  const latestByActor = new Map<string, repo.AssessmentRow>();
  for (const row of rows) {
    for (const actorId of row.scopeActorIds as string[]) {
      const current = latestByActor.get(actorId);
      // Rows come newest first: keep the first final one, or the first one at all.
      if (!current || (!FINAL.has(current.status) && FINAL.has(row.status))) latestByActor.set(actorId, row);
    }
  }
  const actorIds = [...latestByActor.keys()];
  const names = actorIds.length
    ? await db
        .select({ id: actors.id, name: actors.name, acronym: actors.acronym })
        .from(actors)
        .where(and(eq(actors.workspaceId, actor.workspace.id), inArray(actors.id, actorIds)))
    : [];
  const topGroups = listGroups(framework).filter((placed) => placed.ancestors.length === 0);
  const heatmapRows = [];
  for (const subject of names.sort((a, b) => a.name.localeCompare(b.name))) {
    const row = latestByActor.get(subject.id) as repo.AssessmentRow;
    const aggregation = await aggregateStored(db, row);
    const scores: Record<string, number | null> = {};
    for (const group of aggregation.groups) scores[group.id] = group.score;
    heatmapRows.push({
      actor: subject,
      assessment: { id: row.id, title: row.title, status: row.status as AssessmentStatus },
      scores,
      overall: aggregation.overall.score,
    });
  }
  return {
    framework: { id: framework.id, version: framework.version, name: framework.name },
    range: aggregateRange(framework),
    groups: topGroups.map(({ group }) => ({
      id: group.id,
      code: group.code,
      name: group.name,
      dimension: group.dimension ?? null,
    })),
    rows: heatmapRows,
  };
}

function aggregateRange(framework: Framework) {
  const values = (framework.scale ?? []).map((level) => level.value);
  return values.length ? { min: Math.min(...values), max: Math.max(...values) } : null;
}
