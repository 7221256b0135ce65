import type { Db } from '../../db/client.ts';
import { appendAudit } from '../audit/repo.ts';
import { type ExportCell, writeCsv, writeXlsx } from '../sector-map/spreadsheet.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';
import { runAnalyticsQuery } from './analytics-query.ts';
import { aggregatedPeriodTypes, analyticsState, refreshAnalytics } from './analytics-refresh.ts';
import type { AnalyticsQueryInput } from './analytics-schemas.ts';

interface Options {
  db: Db;
  actor: WorkspaceActor;
}

export async function readAnalyticsState({ db, actor }: Options) {
  authorize(actor, 'workspace:read');
  const state = await analyticsState(db, actor.workspace.id);
  const periodTypes = await aggregatedPeriodTypes(db, actor.workspace.id);
  return { refreshedAt: state.refreshedAt?.toISOString() ?? null, stale: state.stale, periodTypes };
}

/** Rebuilds the workspace's analytics table now (data-values:write), audited with its figures. */
export async function refreshAnalyticsNow({ db, actor }: Options) {
  authorize(actor, 'data-values:write');
  const figures = await refreshAnalytics({ db, workspaceId: actor.workspace.id });
  await appendAudit(db, {
    workspaceId: actor.workspace.id,
    actorId: actor.user.id,
    action: 'monitoring_analytics.refresh',
    entityType: 'monitoring_analytics',
    entityId: null,
    after: { rowCount: figures.rowCount, valueCount: figures.valueCount },
  });
  return { ...figures, refreshedAt: figures.refreshedAt.toISOString() };
}

export async function queryAnalytics({
  db,
  actor,
  query,
  language,
}: Options & { query: AnalyticsQueryInput; language: string }) {
  authorize(actor, 'workspace:read');
  return runAnalyticsQuery({ db, workspaceId: actor.workspace.id, query, language });
}

export const EXPORT_COLUMNS = ['item', 'item_code', 'period', 'org_unit', 'org_unit_code', 'option', 'value'];

/** The query's table as CSV or XLSX: one line per figure, names in the reader's language. */
export async function exportAnalytics({
  db,
  actor,
  query,
  language,
  format,
}: Options & { query: AnalyticsQueryInput; language: string; format: 'csv' | 'xlsx' }) {
  const result = await queryAnalytics({ db, actor, query, language });
  const items = new Map(result.items.map((item) => [item.key, item]));
  const units = new Map(result.orgUnits.map((unit) => [unit.id, unit]));
  const options = new Map(result.options.map((option) => [option.code, option.name]));
  const rows: ExportCell[][] = result.rows.map((row) => [
    items.get(row.item)?.name ?? row.item,
    items.get(row.item)?.code ?? '',
    row.period,
    units.get(row.orgUnit)?.name ?? row.orgUnit,
    units.get(row.orgUnit)?.code ?? '',
    row.option === undefined ? '' : (options.get(row.option) ?? row.option),
    row.value,
  ]);
  return format === 'csv' ? writeCsv(EXPORT_COLUMNS, rows) : writeXlsx('analytics', EXPORT_COLUMNS, rows);
}
