import { and, eq, inArray } from 'drizzle-orm';
import { AppError } from '../../../core/errors/app-error.ts';
import {
  comparePeriods,
  type Period,
  type PeriodType,
  parsePeriod,
  periodOfDate,
  periodsBetween,
} from '../../../core/indicators/periods.ts';
import type { Direction } from '../../../core/indicators/types.ts';
import type { NameTranslations } from '../../../core/sector-map/categories.ts';
import type { Db } from '../../db/client.ts';
import { monitoringDataElements, monitoringIndicators, monitoringTargets } from '../../db/schema/index.ts';
import { type AnalyticsState, aggregatedPeriodTypes, analyticsStateQuick } from './analytics-refresh.ts';
import {
  type AnalyticsQueryInput,
  type AnalyticsResultBody,
  MAX_QUERY_ORG_UNITS,
  MAX_QUERY_PERIODS,
} from './analytics-schemas.ts';
import {
  type ComboFilter,
  elementValue,
  evaluateIndicators,
  operandElements,
  readAnalyticsCells,
  toFormula,
} from './indicator-values.ts';
import { loadMonitoringMetadata, type MetaOrgUnit, type MonitoringMetadata } from './metadata-repo.ts';

/**
 * Answers an analytics query (a chart's config) from the analytics table: indicator and data element
 * figures for the chosen periods and org units, optionally split by a category's options, with names in
 * the reader's language and the "data as of" time.
 */

const translated = (row: { name: string; nameTranslations: NameTranslations }, language: string) =>
  (row.nameTranslations as Record<string, string | undefined>)[language] || row.name;

export function resolvePeriods(selection: AnalyticsQueryInput['periods'], today = new Date()): Period[] {
  let periods: Period[];
  if (Array.isArray(selection)) {
    periods = selection.map((text) => parsePeriod(text) as Period);
  } else if ('last' in selection) {
    const current = periodOfDate(selection.type as PeriodType, today.toISOString().slice(0, 10));
    const all: Period[] = [current];
    while (all.length < selection.last) {
      const first = all[0] as Period;
      const dayBefore = new Date(Date.parse(`${first.start}T00:00:00Z`) - 86_400_000);
      all.unshift(periodOfDate(selection.type as PeriodType, dayBefore.toISOString().slice(0, 10)));
    }
    periods = all;
  } else {
    const from = parsePeriod(selection.from) as Period;
    const to = parsePeriod(selection.to) as Period;
    if (to.end < from.start) throw new AppError('bad_request', 'periods.to: ends before periods.from starts');
    const days = (Date.parse(to.end) - Date.parse(from.start)) / 86_400_000;
    const perPeriod = { weekly: 7, monthly: 28 }[selection.type as string] ?? 90;
    if (days / perPeriod > MAX_QUERY_PERIODS * 1.2)
      throw new AppError('bad_request', `periods: more than ${MAX_QUERY_PERIODS} periods; narrow the range`);
    periods = periodsBetween(selection.type as PeriodType, from.start, to.end);
  }
  const unique = new Map(periods.map((p) => [p.id, p]));
  if (unique.size > MAX_QUERY_PERIODS)
    throw new AppError('bad_request', `periods: more than ${MAX_QUERY_PERIODS} periods; narrow the range`);
  return [...unique.values()].sort(comparePeriods);
}

export function resolveOrgUnits(
  meta: MonitoringMetadata,
  selection: AnalyticsQueryInput['orgUnits'],
): MetaOrgUnit[] {
  const byId = new Map(meta.orgUnits.map((u) => [u.id, u]));
  const chosen = new Map<string, MetaOrgUnit>();
  (selection.ids ?? []).forEach((id, index) => {
    const unit = byId.get(id);
    if (!unit)
      throw new AppError('bad_request', `orgUnits.ids.${index}: no org unit "${id}" in this workspace`, {
        field: `orgUnits.ids.${index}`,
      });
    chosen.set(unit.id, unit);
  });
  const parent = selection.parentId ? byId.get(selection.parentId) : undefined;
  if (selection.parentId && !parent)
    throw new AppError(
      'bad_request',
      `orgUnits.parentId: no org unit "${selection.parentId}" in this workspace`,
    );
  const wantsTree = selection.level !== undefined || parent !== undefined || chosen.size === 0;
  if (wantsTree) {
    const level = selection.level ?? (parent ? parent.level + 1 : 1);
    for (const unit of meta.orgUnits) {
      if (unit.level === level && (!parent || unit.path.startsWith(parent.path))) chosen.set(unit.id, unit);
    }
  }
  if (chosen.size > MAX_QUERY_ORG_UNITS)
    throw new AppError(
      'bad_request',
      `orgUnits: more than ${MAX_QUERY_ORG_UNITS} org units; choose a level or a parent`,
    );
  return [...chosen.values()];
}

async function loadItems(db: Db, workspaceId: string, query: AnalyticsQueryInput) {
  const indicatorIds = query.items.filter((i) => i.type === 'indicator').map((i) => i.id);
  const elementIds = query.items.filter((i) => i.type === 'dataElement').map((i) => i.id);
  const [indicators, elements] = await Promise.all([
    indicatorIds.length === 0
      ? []
      : db
          .select()
          .from(monitoringIndicators)
          .where(
            and(
              eq(monitoringIndicators.workspaceId, workspaceId),
              inArray(monitoringIndicators.id, indicatorIds),
            ),
          ),
    elementIds.length === 0
      ? []
      : db
          .select()
          .from(monitoringDataElements)
          .where(
            and(
              eq(monitoringDataElements.workspaceId, workspaceId),
              inArray(monitoringDataElements.id, elementIds),
            ),
          ),
  ]);
  query.items.forEach((item, index) => {
    const known = item.type === 'indicator' ? indicators : elements;
    if (!known.some((row) => row.id === item.id))
      throw new AppError(
        'bad_request',
        `items.${index}.id: no ${item.type === 'indicator' ? 'indicator' : 'data element'} "${item.id}" in this workspace`,
        { field: `items.${index}.id` },
      );
  });
  return { indicators, elements };
}

type Item = AnalyticsQueryInput['items'][number];

/** How rows name an item: its id, and `.combo` for one combo of a data element. */
export const itemKey = (item: Item) =>
  item.combo && item.type === 'dataElement' ? `${item.id}.${item.combo}` : item.id;

function uniqueItems(items: Item[]): Item[] {
  return [...new Map(items.map((item) => [`${item.type}:${itemKey(item)}`, item])).values()];
}

/** Runs one query. `meta` and `state` may be shared by the charts of one dashboard. */
/** A fiscal year the workspace does not use is not in its analytics tables: say so rather than answer empty. */
async function requireAggregatedFiscalYears(db: Db, workspaceId: string, periods: Period[]) {
  const fiscal = [...new Set(periods.map((p) => p.type).filter((type) => type.startsWith('financial_')))];
  if (fiscal.length === 0) return;
  const aggregated = await aggregatedPeriodTypes(db, workspaceId);
  const missing = fiscal.find((type) => !aggregated.includes(type));
  if (missing)
    throw new AppError(
      'bad_request',
      `periods: ${missing} years are not aggregated in this workspace (set that fiscal year in the finance settings, or give a data set or indicator that frequency)`,
    );
}

export async function runAnalyticsQuery(options: {
  db: Db;
  workspaceId: string;
  query: AnalyticsQueryInput;
  language: string;
  meta?: MonitoringMetadata;
  state?: AnalyticsState;
}): Promise<AnalyticsResultBody> {
  const { db, workspaceId, query, language } = options;
  const periods = resolvePeriods(query.periods);
  await requireAggregatedFiscalYears(db, workspaceId, periods);
  const [meta, items, state] = await Promise.all([
    options.meta ?? loadMonitoringMetadata(db, workspaceId),
    loadItems(db, workspaceId, query),
    options.state ?? analyticsStateQuick(db, workspaceId),
  ]);
  const units = resolveOrgUnits(meta, query.orgUnits);
  const category = query.disaggregation
    ? meta.categories.find((c) => c.id === query.disaggregation?.categoryId)
    : undefined;
  if (query.disaggregation && !category)
    throw new AppError(
      'bad_request',
      `disaggregation.categoryId: no category "${query.disaggregation.categoryId}" in this workspace`,
    );
  const formulas = items.indicators.map(toFormula);
  const operandIds = [...operandElements(meta, formulas).values()].map((e) => e.id);
  const periodIds = periods.map((p) => p.id);
  const unitIds = units.map((u) => u.id);
  const cells = await readAnalyticsCells(
    db,
    workspaceId,
    [...new Set([...operandIds, ...items.elements.map((e) => e.id)])],
    unitIds,
    periodIds,
  );
  const splits: { option?: string; filter: ComboFilter | null }[] = category
    ? category.options.map((o) => ({ option: o.code, filter: { category: category.code, option: o.code } }))
    : [{ filter: null }];
  const elementItems = uniqueItems(query.items).filter((item) => item.type === 'dataElement');
  const rows: AnalyticsResultBody['rows'] = [];
  for (const split of splits) {
    const optionField = split.option === undefined ? {} : { option: split.option };
    for (const figure of evaluateIndicators({ meta, formulas, cells }, periodIds, unitIds, split.filter)) {
      if (figure.value === null) continue;
      rows.push({
        item: figure.indicatorId,
        period: figure.period,
        orgUnit: figure.orgUnitId,
        ...optionField,
        value: figure.value,
        ...(figure.numerator === null ? {} : { numerator: figure.numerator }),
        ...(figure.denominator === null ? {} : { denominator: figure.denominator }),
      });
    }
    for (const item of elementItems) {
      const element = meta.dataElements.find((e) => e.id === item.id);
      if (!element) continue;
      for (const period of periodIds) {
        for (const unit of unitIds) {
          const value = elementValue(cells, meta, element, item.combo ?? null, unit, period, split.filter);
          if (value !== null)
            rows.push({ item: itemKey(item), period, orgUnit: unit, ...optionField, value });
        }
      }
    }
  }
  const targets =
    query.targets && items.indicators.length > 0 && unitIds.length > 0
      ? await db
          .select({
            item: monitoringTargets.indicatorId,
            kind: monitoringTargets.kind,
            period: monitoringTargets.period,
            orgUnit: monitoringTargets.orgUnitId,
            disaggregation: monitoringTargets.disaggregation,
            value: monitoringTargets.value,
          })
          .from(monitoringTargets)
          .where(
            and(
              eq(monitoringTargets.workspaceId, workspaceId),
              inArray(
                monitoringTargets.indicatorId,
                items.indicators.map((i) => i.id),
              ),
              inArray(monitoringTargets.orgUnitId, unitIds),
            ),
          )
      : [];
  const itemRows = uniqueItems(query.items).map((item) => {
    if (item.type === 'indicator') {
      const row = items.indicators.find((i) => i.id === item.id) as (typeof items.indicators)[number];
      return {
        key: row.id,
        id: row.id,
        code: row.code,
        name: translated(row, language),
        type: item.type,
        direction: row.direction as Direction,
        factor: row.factor,
      };
    }
    const row = items.elements.find((e) => e.id === item.id) as (typeof items.elements)[number];
    return {
      key: itemKey(item),
      id: row.id,
      code: item.combo ? `${row.code}.${item.combo}` : row.code,
      name: item.combo ? `${translated(row, language)} (${item.combo})` : translated(row, language),
      type: item.type,
      direction: null,
      factor: null,
    };
  });
  return {
    rows,
    items: itemRows,
    periods: periods.map(({ id, type, start, end }) => ({ id, type, start, end })),
    orgUnits: units.map((u) => ({
      id: u.id,
      code: u.code,
      name: translated(u, language),
      level: u.level,
      parentId: u.parentId,
    })),
    category: category ? { id: category.id, code: category.code, name: category.name } : null,
    options: category ? category.options.map((o) => ({ code: o.code, name: translated(o, language) })) : [],
    targets: targets.map((t) => ({ ...t, kind: t.kind === 'baseline' ? 'baseline' : 'target' })),
    dataAsOf: state.refreshedAt?.toISOString() ?? null,
    stale: state.stale,
  };
}
