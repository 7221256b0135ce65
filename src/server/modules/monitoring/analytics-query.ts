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
import {
  type AnalyticsCells,
  type CellRequest,
  type QueryDataElement,
  type QueryIndicator,
  type QueryMetadata,
  readCells,
  readQueryMetadata,
  type TargetRow,
} from './analytics-read.ts';
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
  type Formula,
  operandElements,
  toFormula,
} from './indicator-values.ts';
import type { MetaOrgUnit, MonitoringMetadata } from './metadata-repo.ts';

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

type Item = AnalyticsQueryInput['items'][number];

/** How rows name an item: its id, and `.combo` for one combo of a data element. */
export const itemKey = (item: Item) =>
  item.combo && item.type === 'dataElement' ? `${item.id}.${item.combo}` : item.id;

function uniqueItems(items: Item[]): Item[] {
  return [...new Map(items.map((item) => [`${item.type}:${itemKey(item)}`, item])).values()];
}

/** A fiscal year the workspace does not use is not in its analytics tables: say so rather than answer empty. */
function requireAggregatedFiscalYears(periods: Period[], aggregated: () => Promise<string[]>) {
  const fiscal = [...new Set(periods.map((p) => p.type).filter((type) => type.startsWith('financial_')))];
  if (fiscal.length === 0) return;
  return aggregated().then((types) => {
    const missing = fiscal.find((type) => !types.includes(type));
    if (missing)
      throw new AppError(
        'bad_request',
        `periods: ${missing} years are not aggregated in this workspace (set that fiscal year in the finance settings, or give a data set or indicator that frequency)`,
      );
  });
}

/** The query's indicators and data elements, in its order; a 400 naming the first one the workspace does not have. */
function matchItems(query: AnalyticsQueryInput, { meta, indicators }: QueryMetadata) {
  const indicatorById = new Map(indicators.map((row) => [row.id, row]));
  const elementById = new Map(meta.dataElements.map((row) => [row.id, row]));
  const chosen = {
    indicators: new Map<string, QueryIndicator>(),
    elements: new Map<string, QueryDataElement>(),
  };
  query.items.forEach((item, index) => {
    const row = item.type === 'indicator' ? indicatorById.get(item.id) : elementById.get(item.id);
    if (!row)
      throw new AppError(
        'bad_request',
        `items.${index}.id: no ${item.type === 'indicator' ? 'indicator' : 'data element'} "${item.id}" in this workspace`,
        { field: `items.${index}.id` },
      );
    if (item.type === 'indicator') chosen.indicators.set(row.id, row as QueryIndicator);
    else chosen.elements.set(row.id, row as QueryDataElement);
  });
  return { indicators: [...chosen.indicators.values()], elements: [...chosen.elements.values()] };
}

/** One query resolved against the metadata: what it reads, and what its answer is built from. */
interface PlannedQuery {
  query: AnalyticsQueryInput;
  periods: Period[];
  units: MetaOrgUnit[];
  category: MonitoringMetadata['categories'][number] | undefined;
  indicators: QueryIndicator[];
  elements: QueryDataElement[];
  formulas: Formula[];
  cells: CellRequest;
  /** The indicators and org units whose targets it shows, when it asks for them. */
  targets: { indicatorIds: string[]; orgUnitIds: string[] } | null;
}

function planQuery(query: AnalyticsQueryInput, periods: Period[], metadata: QueryMetadata): PlannedQuery {
  const { meta } = metadata;
  const items = matchItems(query, metadata);
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
  const unitIds = units.map((u) => u.id);
  return {
    query,
    periods,
    units,
    category,
    ...items,
    formulas,
    cells: {
      elementIds: [...new Set([...operandIds, ...items.elements.map((e) => e.id)])],
      orgUnitIds: unitIds,
      periods: periods.map((p) => p.id),
    },
    targets:
      query.targets && items.indicators.length > 0 && unitIds.length > 0
        ? { indicatorIds: items.indicators.map((i) => i.id), orgUnitIds: unitIds }
        : null,
  };
}

function answerQuery(
  plan: PlannedQuery,
  meta: MonitoringMetadata,
  cells: AnalyticsCells,
  allTargets: TargetRow[],
  language: string,
  state: AnalyticsState,
): AnalyticsResultBody {
  const { query, periods, units, category, formulas } = plan;
  const periodIds = plan.cells.periods;
  const unitIds = plan.cells.orgUnitIds;
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
  const wanted = plan.targets && {
    indicators: new Set(plan.targets.indicatorIds),
    units: new Set(plan.targets.orgUnitIds),
  };
  const targets = wanted
    ? allTargets.filter((t) => wanted.indicators.has(t.item) && wanted.units.has(t.orgUnit))
    : [];
  const itemRows = uniqueItems(query.items).map((item) => {
    if (item.type === 'indicator') {
      const row = plan.indicators.find((i) => i.id === item.id) as QueryIndicator;
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
    const row = plan.elements.find((e) => e.id === item.id) as QueryDataElement;
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

/** A query's figures, or why it has none (a 400 `AppError` for a query the workspace cannot answer). */
export type QueryAnswer = { data: AnalyticsResultBody; error: null } | { data: null; error: unknown };

/**
 * Runs several queries (a dashboard's charts) together, in three statements whatever their number: the
 * metadata they resolve against (with the targets they show), the "data as of", and their analytics cells
 * (cached until the next refresh, see `readCells`).
 * Each query fails alone; a database error fails them all.
 */
export async function runAnalyticsQueries(options: {
  db: Db;
  workspaceId: string;
  queries: AnalyticsQueryInput[];
  language: string;
  state?: AnalyticsState;
}): Promise<QueryAnswer[]> {
  const { db, workspaceId, queries, language } = options;
  const answers: (QueryAnswer | null)[] = queries.map(() => null);
  const failed = (error: unknown): QueryAnswer => ({ data: null, error });
  let aggregated: Promise<string[]> | undefined;
  const aggregatedTypes = () => {
    aggregated ??= aggregatedPeriodTypes(db, workspaceId);
    return aggregated;
  };
  const periodsOf: (Period[] | null)[] = [];
  for (const [index, query] of queries.entries()) {
    try {
      const periods = resolvePeriods(query.periods);
      await requireAggregatedFiscalYears(periods, aggregatedTypes);
      periodsOf[index] = periods;
    } catch (error) {
      periodsOf[index] = null;
      answers[index] = failed(error);
    }
  }
  const live = queries.flatMap((query, index) => (answers[index] ? [] : [{ query, index }]));
  if (live.length === 0) return answers as QueryAnswer[];
  const indicatorsOf = (query: AnalyticsQueryInput) =>
    query.items.filter((i) => i.type === 'indicator').map((i) => i.id);
  const metadata = await readQueryMetadata(
    db,
    workspaceId,
    [...new Set(live.flatMap(({ query }) => indicatorsOf(query)))],
    live.map(({ query }) => query.orgUnits),
    live.flatMap(({ query }) => (query.targets ? indicatorsOf(query) : [])),
  );
  const state = options.state ?? (await analyticsStateQuick(db, workspaceId));
  const plans: { plan: PlannedQuery; index: number }[] = [];
  for (const { query, index } of live) {
    try {
      plans.push({ plan: planQuery(query, periodsOf[index] as Period[], metadata), index });
    } catch (error) {
      answers[index] = failed(error);
    }
  }
  const cells = await readCells(
    db,
    workspaceId,
    plans.map(({ plan }) => plan.cells),
    state.stale ? null : state.refreshedAt,
  );
  for (const { plan, index } of plans)
    answers[index] = {
      data: answerQuery(plan, metadata.meta, cells, metadata.targets, language, state),
      error: null,
    };
  return answers as QueryAnswer[];
}

/** Runs one query (400 when the workspace cannot answer it). */
export async function runAnalyticsQuery(options: {
  db: Db;
  workspaceId: string;
  query: AnalyticsQueryInput;
  language: string;
}): Promise<AnalyticsResultBody> {
  const [answer] = await runAnalyticsQueries({ ...options, queries: [options.query] });
  if (!answer) throw new Error('no answer to the query');
  if (answer.data === null) throw answer.error;
  return answer.data;
}
