import type { SustainabilityYear } from './sustainabilityApi';

export interface SustainabilitySeriesNames {
  baseline: string;
  takeOvers: string;
  reform: string;
  fiscalSpace: string;
  donors: string;
  gap: string;
}

/**
 * Two stacks per fiscal year: what must be paid (baseline recurrent bill, take-overs, reform recurrent
 * costs) beside what pays for it (domestic fiscal space, donor financing) topped by the gap in red: with
 * a gap the second stack reaches the first exactly, without one it rises above it by the surplus. Bars only: the ECharts chunk registers
 * no line series (see EChart.tsx), which keeps the page within its transfer budget.
 */
export function sustainabilityOption(
  years: readonly SustainabilityYear[],
  names: SustainabilitySeriesNames,
  labels: { year: (year: number) => string; money: (value: number) => string },
) {
  const bar = (name: string, stack: string, color: string, data: (number | null)[]) => ({
    name,
    type: 'bar',
    stack,
    data,
    itemStyle: { color },
    emphasis: { focus: 'series' },
  });
  return {
    grid: { left: 8, right: 8, top: 64, bottom: 8, containLabel: true },
    legend: { top: 0, type: 'plain' },
    tooltip: { trigger: 'axis', valueFormatter: (v: number | null) => (v === null ? '—' : labels.money(v)) },
    xAxis: { type: 'category', data: years.map((y) => labels.year(y.fiscalYear)) },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => labels.money(v) } },
    series: [
      bar(
        names.baseline,
        'bill',
        '#868e96',
        years.map((y) => y.baselineRecurrent),
      ),
      bar(
        names.takeOvers,
        'bill',
        '#f59f00',
        years.map((y) => y.takeOvers),
      ),
      bar(
        names.reform,
        'bill',
        '#7048e8',
        years.map((y) => y.reformRecurrent),
      ),
      bar(
        names.fiscalSpace,
        'resources',
        '#2f9e44',
        years.map((y) => y.fiscalSpace),
      ),
      bar(
        names.donors,
        'resources',
        '#1c7ed6',
        years.map((y) => y.donorFinancing),
      ),
      bar(
        names.gap,
        'resources',
        '#e03131',
        years.map((y) => y.gap),
      ),
    ],
  };
}
