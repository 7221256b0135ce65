import type { AnalyticsResult, AnalyticsRow } from './analyticsApi';

/**
 * ECharts options for the Monitor's charts, from an analytics result: time series (a line per item and
 * org unit, with dashed target and baseline lines), bars ranked by org unit, and bars split by a
 * category's options. Pure functions; labels come in already translated.
 */

export interface ChartLabels {
  period: (id: string) => string;
  target: string;
  baseline: string;
}

const PALETTE = ['#1c7ed6', '#e8590c', '#2f9e44', '#ae3ec9', '#f08c00', '#0c8599', '#c2255c', '#5f3dc4'];

const itemName = (result: AnalyticsResult, key: string) =>
  result.items.find((i) => i.key === key)?.name ?? key;
const unitName = (result: AnalyticsResult, id: string) =>
  result.orgUnits.find((u) => u.id === id)?.name ?? id;
const optionName = (result: AnalyticsResult, code: string | undefined) =>
  result.options.find((o) => o.code === code)?.name ?? code ?? '';

const base = {
  color: PALETTE,
  tooltip: { trigger: 'axis' as const },
  legend: { type: 'plain' as const, bottom: 0 },
  grid: { left: 8, right: 16, top: 16, bottom: 48, containLabel: true },
};

function lookup(rows: AnalyticsRow[]) {
  const map = new Map<string, number>();
  for (const row of rows) map.set(`${row.item}|${row.orgUnit}|${row.period}|${row.option ?? ''}`, row.value);
  return (item: string, orgUnit: string, period: string, option = '') =>
    map.get(`${item}|${orgUnit}|${period}|${option}`) ?? null;
}

/** A line per item (and org unit when several), over the periods; targets and baselines dashed. */
export function seriesOption(result: AnalyticsResult, labels: ChartLabels) {
  const value = lookup(result.rows);
  const periods = result.periods.map((p) => p.id);
  const several = result.orgUnits.length > 1;
  const series: object[] = [];
  for (const item of result.items) {
    for (const unit of result.orgUnits) {
      const name = several ? `${item.name} · ${unit.name}` : item.name;
      const options = result.options.length > 0 ? result.options.map((o) => o.code) : [''];
      for (const option of options) {
        const data = periods.map((p) => value(item.key, unit.id, p, option));
        if (data.every((v) => v === null)) continue;
        series.push({
          type: 'line',
          id: `${item.key}|${unit.id}|${option}`,
          name: option ? `${name} (${optionName(result, option)})` : name,
          data,
          connectNulls: true,
        });
      }
      for (const kind of ['target', 'baseline'] as const) {
        const marks = result.targets.filter(
          (t) => t.item === item.key && t.orgUnit === unit.id && t.kind === kind && t.disaggregation === '',
        );
        if (marks.length === 0) continue;
        // A baseline holds across the chart; targets are drawn where their periods are on the axis.
        const data =
          kind === 'baseline'
            ? periods.map(() => marks[marks.length - 1]?.value ?? null)
            : periods.map((p) => marks.find((m) => m.period === p)?.value ?? null);
        if (data.every((v) => v === null)) continue;
        series.push({
          type: 'line',
          name: `${name}: ${kind === 'target' ? labels.target : labels.baseline}`,
          data,
          connectNulls: true,
          symbol: kind === 'target' ? 'diamond' : 'none',
          lineStyle: { type: kind === 'target' ? 'dashed' : 'dotted', width: 2 },
        });
      }
    }
  }
  return {
    ...base,
    xAxis: { type: 'category', data: periods.map(labels.period) },
    yAxis: { type: 'value' },
    series,
  };
}

/** Org units ranked by the first item's value in the last period with data, highest first. */
export function rankedOption(result: AnalyticsResult, labels: ChartLabels) {
  const item = result.items[0];
  const withData = result.periods.filter((p) => result.rows.some((r) => r.period === p.id && !r.option));
  const period = withData[withData.length - 1]?.id;
  const value = lookup(result.rows);
  const ranked = result.orgUnits
    .map((unit) => ({ unit, value: item && period ? value(item.key, unit.id, period) : null }))
    .filter(
      (entry): entry is { unit: (typeof result.orgUnits)[number]; value: number } => entry.value !== null,
    )
    .sort((a, b) => a.value - b.value);
  return {
    ...base,
    tooltip: { trigger: 'axis' as const, axisPointer: { type: 'shadow' as const } },
    legend: { show: false },
    grid: { ...base.grid, bottom: 16 },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: ranked.map((r) => r.unit.name) },
    series: [
      {
        type: 'bar',
        name: item ? `${item.name}${period ? `, ${labels.period(period)}` : ''}` : '',
        data: ranked.map((r) => r.value),
      },
    ],
  };
}

/** The period a disaggregation chart shows: the last with data. */
export function lastPeriodWithData(result: AnalyticsResult): string | undefined {
  const withData = result.periods.filter((p) => result.rows.some((r) => r.period === p.id));
  return withData[withData.length - 1]?.id;
}

/**
 * For the last period with data: per org unit, one bar per option of the split category, side by side
 * (stacking would add up rates, e.g. 47 % of women and 60 % of men feeling safe are not 107 %).
 */
export function disaggregationOption(result: AnalyticsResult) {
  const item = result.items[0];
  const period = lastPeriodWithData(result);
  const value = lookup(result.rows);
  const units = result.orgUnits.filter((u) =>
    result.rows.some((r) => r.orgUnit === u.id && r.period === period),
  );
  const options = result.options.length > 0 ? result.options : [{ code: '', name: item?.name ?? '' }];
  return {
    ...base,
    tooltip: { trigger: 'axis' as const, axisPointer: { type: 'shadow' as const } },
    xAxis: { type: 'category', data: units.map((u) => unitName(result, u.id)) },
    yAxis: { type: 'value' },
    series: options.map((option) => ({
      type: 'bar',
      name: option.name,
      data: units.map((u) => (item && period ? value(item.key, u.id, period, option.code) : null)),
    })),
  };
}

export type PivotDimension = 'item' | 'period' | 'orgUnit' | 'option';

/** The label of one dimension value of a row. */
export function dimensionValue(
  result: AnalyticsResult,
  row: AnalyticsRow,
  dimension: PivotDimension,
  labels: ChartLabels,
) {
  switch (dimension) {
    case 'item':
      return { key: row.item, label: itemName(result, row.item) };
    case 'period':
      return { key: row.period, label: labels.period(row.period) };
    case 'orgUnit':
      return { key: row.orgUnit, label: unitName(result, row.orgUnit) };
    case 'option':
      return { key: row.option ?? '', label: optionName(result, row.option) };
  }
}

/** The order each dimension's values appear in: the query's order of items, periods, org units, options. */
export function dimensionOrder(result: AnalyticsResult, dimension: PivotDimension): string[] {
  switch (dimension) {
    case 'item':
      return result.items.map((i) => i.key);
    case 'period':
      return result.periods.map((p) => p.id);
    case 'orgUnit':
      return result.orgUnits.map((u) => u.id);
    case 'option':
      return result.options.length > 0 ? result.options.map((o) => o.code) : [''];
  }
}
