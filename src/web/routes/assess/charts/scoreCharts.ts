import { baseOption, CHART_COLORS, shorten } from './chartBase';

export interface ScoreRange {
  min: number;
  max: number;
}

export interface ScoreSeries {
  name: string;
  values: Array<number | null>;
  color: string;
}

/** A one-line legend: at most two series (current, baseline), long names shortened. */
const legendOf = (series: ScoreSeries[], place: { top: number } | { bottom: number }) => ({
  ...place,
  data: series.map((entry) => entry.name),
  formatter: (name: string) => shorten(name, 40),
});

const orDash = (values: Array<number | null>) => values.map((value) => value ?? '-');

/** Radar of the top-level groups: the current scores, and the baseline's when there is one. */
export function radarOption(axes: string[], series: ScoreSeries[], range: ScoreRange) {
  return {
    ...baseOption(),
    color: series.map((entry) => entry.color),
    tooltip: { trigger: 'item', confine: true },
    legend: series.length > 1 ? legendOf(series, { bottom: 0 }) : undefined,
    radar: {
      indicator: axes.map((name) => ({ name, min: range.min, max: range.max })),
      radius: '62%',
      center: ['50%', series.length > 1 ? '46%' : '50%'],
      axisName: { color: '#343a40', fontWeight: 600 },
      splitNumber: Math.min(5, Math.max(2, range.max - range.min)),
    },
    series: [
      {
        type: 'radar',
        data: series.map((entry, index) => ({
          name: entry.name,
          value: orDash(entry.values),
          areaStyle: { opacity: index === 0 ? 0.25 : 0.08 },
          lineStyle: { type: index === 0 ? 'solid' : 'dashed' },
        })),
      },
    ],
  };
}

/**
 * Horizontal bars, one row per label, on the scale's range. In right-to-left languages the bars
 * grow leftwards from labels on the right, as the text reads.
 */
export function barOption(
  labels: string[],
  series: ScoreSeries[],
  range: ScoreRange,
  options: { rtl: boolean; format: (value: number) => string },
) {
  const { rtl, format } = options;
  const legend = series.length > 1;
  return {
    baseOption: {
      ...baseOption(),
      color: series.map((entry) => entry.color),
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true },
      legend: legend ? legendOf(series, { top: 0 }) : undefined,
      grid: { left: 8, right: 16, top: legend ? 36 : 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', min: range.min, max: range.max, inverse: rtl },
      yAxis: {
        type: 'category',
        data: labels.map((label) => shorten(label, 48)),
        inverse: true,
        position: rtl ? 'right' : 'left',
        axisLabel: { width: 190, overflow: 'truncate' },
      },
      series: series.map((entry) => ({
        type: 'bar',
        name: entry.name,
        data: orDash(entry.values),
        barMaxWidth: 18,
        label: {
          show: true,
          position: rtl ? 'left' : 'right',
          formatter: (params: { value: unknown }) =>
            typeof params.value === 'number' ? format(params.value) : '',
        },
      })),
    },
    // on a phone the labels give way to the bars
    media: [{ query: { maxWidth: 480 }, option: { yAxis: { axisLabel: { width: 96 } } } }],
  };
}

export const seriesColors = CHART_COLORS;
