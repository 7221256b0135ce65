import { and, eq } from 'drizzle-orm';
import { AppError } from '../../../core/errors/app-error.ts';
import { comboOptions } from '../../../core/indicators/combos.ts';
import { type Period, parsePeriod } from '../../../core/indicators/periods.ts';
import type { ValueType } from '../../../core/indicators/types.ts';
import type { Db } from '../../db/client.ts';
import { monitoringDataSets } from '../../db/schema/monitoring.ts';
import { appendAudit } from '../audit/repo.ts';
import { checkVersion } from '../shared/row-version.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';
import { scheduleAnalyticsRefresh } from './analytics-refresh.ts';
import { valueTypeProblem } from './data-values-resolve.ts';
import { deleteValueKeys, lockDataValues, replaceValues, valuesAt } from './data-values-store.ts';
import {
  categoriesOf,
  loadMonitoringMetadata,
  type MetaDataElement,
  type MonitoringMetadata,
} from './metadata-repo.ts';

/**
 * The entry form of one data set, org unit and period: the set's elements with their combos, and the
 * values stored for them. Saving replaces the form's values in one transaction (null deletes one).
 */

interface Options {
  db: Db;
  actor: WorkspaceActor;
}

export interface EntryKey {
  dataSetId: string;
  orgUnitId: string;
  period: string;
}

export interface EntryValueInput {
  dataElementId: string;
  categoryOptionCombo: string;
  value: number | null;
  comment?: string | null;
}

const bad = (field: string, message: string) =>
  new AppError('bad_request', `${field}: ${message}`, { field });

async function formContext(db: Db, workspaceId: string, key: EntryKey) {
  const [dataSet] = await db
    .select()
    .from(monitoringDataSets)
    .where(and(eq(monitoringDataSets.workspaceId, workspaceId), eq(monitoringDataSets.id, key.dataSetId)));
  if (!dataSet) throw bad('dataSetId', `no data set "${key.dataSetId}" in this workspace`);
  const meta = await loadMonitoringMetadata(db, workspaceId);
  const orgUnit = meta.orgUnits.find((unit) => unit.id === key.orgUnitId);
  if (!orgUnit || !dataSet.orgUnitIds.includes(orgUnit.id))
    throw bad('orgUnitId', `"${key.orgUnitId}" is not one of the org units of ${dataSet.code}`);
  const period = parsePeriod(key.period);
  if (!period) throw bad('period', `"${key.period}" is not a period`);
  if (period.type !== dataSet.periodType)
    throw bad(
      'period',
      `${dataSet.code} is reported ${dataSet.periodType.replace('_', ' ')}; ${period.id} is not`,
    );
  const byId = new Map(meta.dataElements.map((e) => [e.id, e]));
  const elements = dataSet.dataElementIds.flatMap((elementId) => byId.get(elementId) ?? []);
  return { dataSet, orgUnit, period, elements, meta };
}

type Context = Awaited<ReturnType<typeof formContext>>;

function storedValues(db: Db, workspaceId: string, context: Context) {
  return valuesAt(db, workspaceId, {
    dataElementIds: context.elements.map((e) => e.id),
    orgUnitId: context.orgUnit.id,
    periodId: context.period.id,
  });
}

/** A number of at most 9 digits (what If-Match takes) that changes when any stored value or comment of the form changes (FNV-1a). */
function formVersion(
  values: { dataElementId: string; categoryOptionCombo: string; value: number; comment: string | null }[],
) {
  let hash = 0x811c9dc5;
  for (const v of values) {
    const text = `${v.dataElementId}|${v.categoryOptionCombo}|${v.value}|${v.comment ?? ''};`;
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
  }
  return (hash % 999_999_999) + 1;
}

function comboNames(meta: MonitoringMetadata, element: MetaDataElement) {
  const categories = categoriesOf(meta, element);
  return element.combos.map((code) => {
    const options = comboOptions(code, categories) ?? [];
    const names = options.map(
      (option, i) => categories[i]?.options.find((o) => o.code === option)?.name ?? option,
    );
    return { code, name: names.join(', ') };
  });
}

async function present(db: Db, workspaceId: string, context: Context) {
  const values = await storedValues(db, workspaceId, context);
  return {
    dataSet: {
      id: context.dataSet.id,
      code: context.dataSet.code,
      name: context.dataSet.name,
      periodType: context.dataSet.periodType,
    },
    orgUnit: { id: context.orgUnit.id, code: context.orgUnit.code, name: context.orgUnit.name },
    period: { id: context.period.id, start: context.period.start, end: context.period.end },
    elements: context.elements.map((element) => ({
      id: element.id,
      code: element.code,
      name: element.name,
      valueType: element.valueType,
      combos: comboNames(context.meta, element),
    })),
    values: values.map((v) => ({ ...v, updatedAt: v.updatedAt.toISOString() })),
    version: formVersion(values),
  };
}

export async function dataEntryForm({ db, actor, key }: Options & { key: EntryKey }) {
  authorize(actor, 'workspace:read');
  const context = await formContext(db, actor.workspace.id, key);
  return present(db, actor.workspace.id, context);
}

interface CheckedValue {
  dataElementId: string;
  combo: string;
  value: number | null;
  comment: string | null;
}

function checkValues(context: Context, values: EntryValueInput[]): CheckedValue[] {
  const elements = new Map(context.elements.map((e) => [e.id, e]));
  const seen = new Map<string, number>();
  return values.map((input, index) => {
    const at = `values[${index}]`;
    const element = elements.get(input.dataElementId);
    if (!element)
      throw bad(`${at}.dataElementId`, `"${input.dataElementId}" is not in ${context.dataSet.code}`);
    const combo = element.combos.find((c) => c.toLowerCase() === input.categoryOptionCombo.toLowerCase());
    if (!combo)
      throw bad(
        `${at}.categoryOptionCombo`,
        `"${input.categoryOptionCombo}" is not a combo of ${element.code}`,
      );
    const key = `${element.id}|${combo}`;
    const first = seen.get(key);
    if (first !== undefined) throw bad(at, `same data element and combo as values[${first}]`);
    seen.set(key, index);
    if (input.value !== null) {
      const problem = valueTypeProblem(element.valueType as ValueType, input.value);
      if (problem) throw bad(`${at}.value`, problem);
    }
    const comment = input.comment?.trim() || null;
    return { dataElementId: element.id, combo, value: input.value, comment };
  });
}

/** Saves a form's values (null deletes) in one transaction; refuses a stale If-Match version (412). */
export async function saveDataEntry({
  db,
  actor,
  key,
  values,
  expectedVersion,
}: Options & { key: EntryKey; values: EntryValueInput[]; expectedVersion?: number }) {
  authorize(actor, 'data-values:write');
  const workspaceId = actor.workspace.id;
  const context = await formContext(db, workspaceId, key);
  const checked = checkValues(context, values);
  await db.transaction(async (tx) => {
    // the lock first, so the version checked is the one replaced
    await lockDataValues(tx, workspaceId);
    if (expectedVersion !== undefined) {
      checkVersion(formVersion(await storedValues(tx, workspaceId, context)), expectedVersion);
    }
    const period: Period = context.period;
    const rows = checked.map((v) => ({ ...v, orgUnitId: context.orgUnit.id, period }));
    const kept = rows.filter((r) => r.value !== null);
    const deleted = await deleteValueKeys(
      tx,
      workspaceId,
      rows.filter((r) => r.value === null),
    );
    await replaceValues(
      tx,
      workspaceId,
      actor.user.id,
      kept.map((r) => ({ ...r, value: r.value as number })),
    );
    await appendAudit(tx, {
      workspaceId,
      actorId: actor.user.id,
      action: 'monitoring_data_values.enter',
      entityType: 'monitoring_data_values',
      entityId: context.dataSet.id,
      after: {
        dataSet: context.dataSet.code,
        orgUnit: context.orgUnit.code,
        period: period.id,
        count: kept.length,
        deleted,
      },
    });
  });
  scheduleAnalyticsRefresh(db, workspaceId, [...new Set(checked.map((v) => v.dataElementId))]);
  return present(db, workspaceId, context);
}
