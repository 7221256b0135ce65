import { and, asc, eq, gte, inArray, lte, type SQL } from 'drizzle-orm';
import { AppError } from '../../../core/errors/app-error.ts';
import { parsePeriod } from '../../../core/indicators/periods.ts';
import { toDataValueSets } from '../../../core/indicators/value-rows.ts';
import type { Db } from '../../db/client.ts';
import { monitoringDataValues } from '../../db/schema/monitoring.ts';
import { type ExportCell, writeCsv, writeXlsx } from '../sector-map/spreadsheet.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';
import { VALUE_COLUMNS } from './data-values-resolve.ts';
import {
  isResolveError,
  loadMonitoringMetadata,
  resolveDataElement,
  resolveOrgUnit,
  subtreeIds,
} from './metadata-repo.ts';

/**
 * Data values out: DHIS2 dataValueSets JSON (codes for elements and org units), or CSV/XLSX in the
 * import's columns, so an export imports back unchanged.
 */

export interface ExportFilter {
  dataElementId?: string;
  orgUnitId?: string;
  period?: string;
}

/** More rows than a sheet holds: the CSV has no such limit. */
const XLSX_MAX_ROWS = 1_000_000;

const bad = (field: string, message: string) =>
  new AppError('bad_request', `${field}: ${message}`, { field });

export async function exportedValues({
  db,
  actor,
  filter,
}: {
  db: Db;
  actor: WorkspaceActor;
  filter: ExportFilter;
}) {
  authorize(actor, 'workspace:read');
  const workspaceId = actor.workspace.id;
  const meta = await loadMonitoringMetadata(db, workspaceId);
  const where: SQL[] = [eq(monitoringDataValues.workspaceId, workspaceId)];
  if (filter.dataElementId) {
    const element = resolveDataElement(meta, filter.dataElementId);
    if (isResolveError(element)) throw bad('dataElementId', `no data element "${filter.dataElementId}"`);
    where.push(eq(monitoringDataValues.dataElementId, element.id));
  }
  if (filter.orgUnitId) {
    const unit = resolveOrgUnit(meta, filter.orgUnitId);
    if (isResolveError(unit)) throw bad('orgUnitId', `no org unit "${filter.orgUnitId}"`);
    where.push(inArray(monitoringDataValues.orgUnitId, subtreeIds(meta, unit.id)));
  }
  if (filter.period) {
    const period = parsePeriod(filter.period);
    if (!period) throw bad('period', `"${filter.period}" is not a period`);
    where.push(
      gte(monitoringDataValues.periodStart, period.start),
      lte(monitoringDataValues.periodEnd, period.end),
    );
  }
  const rows = await db
    .select({
      dataElementId: monitoringDataValues.dataElementId,
      orgUnitId: monitoringDataValues.orgUnitId,
      period: monitoringDataValues.period,
      categoryOptionCombo: monitoringDataValues.categoryOptionCombo,
      value: monitoringDataValues.value,
      comment: monitoringDataValues.comment,
    })
    .from(monitoringDataValues)
    .where(and(...where))
    .orderBy(
      asc(monitoringDataValues.dataElementId),
      asc(monitoringDataValues.periodStart),
      asc(monitoringDataValues.period),
      asc(monitoringDataValues.orgUnitId),
      asc(monitoringDataValues.categoryOptionCombo),
    );
  const elementCode = new Map(meta.dataElements.map((e) => [e.id, e.code]));
  const unitCode = new Map(meta.orgUnits.map((u) => [u.id, u.code]));
  // Values of deleted elements or units are not exported: nothing could import them back.
  return rows.flatMap((row) => {
    const dataElement = elementCode.get(row.dataElementId);
    const orgUnit = unitCode.get(row.orgUnitId);
    if (!dataElement || !orgUnit) return [];
    return [{ ...row, dataElement, orgUnit }];
  });
}

export async function exportDataValueSets(options: { db: Db; actor: WorkspaceActor; filter: ExportFilter }) {
  return toDataValueSets(await exportedValues(options));
}

export async function exportDataValuesFile(options: {
  db: Db;
  actor: WorkspaceActor;
  filter: ExportFilter;
  format: 'csv' | 'xlsx';
}): Promise<Uint8Array> {
  const values = await exportedValues(options);
  if (options.format === 'xlsx' && values.length > XLSX_MAX_ROWS)
    throw bad('format', `${values.length} values do not fit in a sheet; export CSV or JSON instead`);
  const rows: ExportCell[][] = values.map((v) => [
    v.dataElement,
    v.period,
    v.orgUnit,
    v.categoryOptionCombo,
    v.value,
    v.comment,
  ]);
  return options.format === 'csv'
    ? writeCsv(VALUE_COLUMNS, rows)
    : writeXlsx('dataValues', VALUE_COLUMNS, rows);
}
