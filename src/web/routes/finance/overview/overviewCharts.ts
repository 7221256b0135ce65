import type { AnalysisYear } from './analysisApi';

export type CompositionView = 'institution' | 'division' | 'cofog' | 'class';
export type Basis = 'approved' | 'executed';

const PALETTE = ['#1c7ed6', '#f59f00', '#2f9e44', '#ae3ec9', '#e8590c', '#0ca678', '#5c7cfa', '#d6336c'];

interface Labels {
  year: (year: number) => string;
  percent: (value: number) => string;
  money: (value: number) => string;
}

const baseOption = (labels: Labels, years: readonly AnalysisYear[]) => ({
  grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
  legend: { top: 0, type: 'plain' },
  xAxis: { type: 'category', data: years.map((y) => labels.year(y.fiscalYear)) },
});

/** Security spending as a share of GDP and of expenditure, per year, on approved or executed figures. */
export function sharesOption(
  years: readonly AnalysisYear[],
  basis: Basis,
  names: { gdp: string; expenditure: string },
  labels: Labels,
) {
  const data = (pick: (y: AnalysisYear) => number | null) => years.map((y) => pick(y) ?? null);
  return {
    ...baseOption(labels, years),
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v: number | null) => (v === null ? '—' : labels.percent(v)),
    },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => labels.percent(v) } },
    series: [
      {
        name: names.gdp,
        type: 'bar',
        data: data((y) => y.shareOfGdp[basis]),
        itemStyle: { color: PALETTE[0] },
      },
      {
        name: names.expenditure,
        type: 'bar',
        data: data((y) => y.shareOfExpenditure[basis]),
        itemStyle: { color: PALETTE[1] },
      },
    ],
  };
}

/** The parts of each year's approved total, stacked: `parts` gives each year's (key, amount) pairs. */
export function compositionOption(
  years: readonly AnalysisYear[],
  parts: (year: AnalysisYear) => { key: string; amount: number }[],
  nameOf: (key: string) => string,
  labels: Labels,
) {
  const keys: string[] = [];
  for (const year of years) for (const part of parts(year)) if (!keys.includes(part.key)) keys.push(part.key);
  return {
    ...baseOption(labels, years),
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => labels.money(v) },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => labels.money(v) } },
    series: keys.map((key, index) => ({
      name: nameOf(key),
      type: 'bar',
      stack: 'total',
      itemStyle: { color: PALETTE[index % PALETTE.length] },
      data: years.map((year) => parts(year).find((part) => part.key === key)?.amount ?? 0),
    })),
  };
}

/** The (key, amount) pairs of a composition view. */
export function partsOf(view: CompositionView): (year: AnalysisYear) => { key: string; amount: number }[] {
  if (view === 'institution')
    return (year) => year.byInstitution.map((i) => ({ key: i.actorId ?? '', amount: i.approved }));
  if (view === 'division')
    return (year) => year.byDivision.map((d) => ({ key: d.division, amount: d.approved }));
  if (view === 'cofog') return (year) => year.byCofogGroup.map((g) => ({ key: g.group, amount: g.approved }));
  return (year) => year.byEconomicClass.map((c) => ({ key: c.economicClass, amount: c.approved }));
}

/** Colour of a credibility ratio: within 5 % of the budget is credible, within 15 % a warning. */
export function credibilityColor(ratio: number | null): string {
  if (ratio === null) return 'gray';
  // rounded to basis points, so 95 % counts as within 5 % despite floating point
  const deviation = Math.round(Math.abs(ratio - 1) * 10_000) / 10_000;
  return deviation <= 0.05 ? 'green' : deviation <= 0.15 ? 'yellow' : 'red';
}
