import type { AnalyticsResult } from './analyticsApi';
import type { PublishedInterval } from './intervalsApi';

/**
 * Error bars for the Monitor's time series: for each line of an indicator (by org unit, and by option
 * when the chart is split by a category), the survey's 95 % confidence intervals drawn as whiskers at
 * their periods, in the line's colour, with the interval in the tooltip. Pure: ECharts option in, option out.
 */

interface LineSeries {
  id?: string;
  type: string;
  name: string;
}

interface SeriesOption {
  color?: string[];
  series: object[];
  [key: string]: unknown;
}

/** The id `seriesOption` gives a line: item key, org unit id and option code. */
export const lineId = (item: string, orgUnit: string, option: string) => `${item}|${orgUnit}|${option}`;

const disaggregationOf = (result: AnalyticsResult, option: string) =>
  option && result.category ? `${result.category.code}=${option}` : '';

type Whisker = [number, number, number];

interface RenderApi {
  value(dimension: number): number;
  coord(point: [number, number]): [number, number];
  size(value: [number, number]): [number, number];
  visual(name: 'color'): string;
}

function renderWhisker(_params: unknown, api: RenderApi) {
  const x = api.value(0);
  const low = api.coord([x, api.value(1)]);
  const high = api.coord([x, api.value(2)]);
  const half = Math.min(6, Math.max(3, api.size([1, 0])[0] * 0.08));
  const style = { stroke: api.visual('color'), lineWidth: 1.5 };
  const line = (x1: number, y1: number, x2: number, y2: number) => ({
    type: 'line',
    shape: { x1, y1, x2, y2 },
    style,
  });
  return {
    type: 'group',
    children: [
      line(low[0], low[1], high[0], high[1]),
      line(low[0] - half, low[1], low[0] + half, low[1]),
      line(high[0] - half, high[1], high[0] + half, high[1]),
    ],
  };
}

const formatNumber = (value: number) =>
  (Math.round(value * 10) / 10).toLocaleString(
    (typeof document !== 'undefined' && document.documentElement.lang) || undefined,
  );

/** Names typed by users go into the tooltip's HTML as text, never as markup. */
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

interface TooltipParam {
  seriesId?: string;
  seriesName: string;
  marker: string;
  value: unknown;
  axisValueLabel?: string;
}

/** The axis tooltip: each line's value, and under it its interval `low – high`. */
function tooltip(params: TooltipParam | TooltipParam[]) {
  const list = Array.isArray(params) ? params : [params];
  const lines = list.flatMap((p) => {
    if (p.seriesId?.endsWith('|interval')) {
      const [, low, high] = p.value as Whisker;
      return [`${p.marker}${escapeHtml(p.seriesName)}: ${formatNumber(low)} – ${formatNumber(high)}`];
    }
    return typeof p.value === 'number'
      ? [`${p.marker}${escapeHtml(p.seriesName)}: ${formatNumber(p.value)}`]
      : [];
  });
  return [escapeHtml(list[0]?.axisValueLabel ?? ''), ...lines].join('<br/>');
}

/** Adds the whiskers of `intervals` to a series option built by `seriesOption` for `result`. */
export function withErrorBars(
  option: SeriesOption,
  result: AnalyticsResult,
  intervals: PublishedInterval[],
  ciLabel: string,
): SeriesOption {
  if (intervals.length === 0) return option;
  const palette = option.color ?? [];
  const periods = result.periods.map((p) => p.id);
  const bars: object[] = [];
  const lines = option.series as LineSeries[];
  lines.forEach((series, index) => {
    if (series.type !== 'line' || !series.id) return;
    const [item, orgUnit, optionCode = ''] = series.id.split('|');
    if (!result.items.some((i) => i.key === item && i.type === 'indicator')) return;
    const disaggregation = disaggregationOf(result, optionCode);
    const data: Whisker[] = intervals
      .filter((i) => i.orgUnitId === orgUnit && i.disaggregation === disaggregation)
      .flatMap((i) => {
        const x = periods.indexOf(i.period);
        return x < 0 ? [] : [[x, i.ciLow, i.ciHigh] as Whisker];
      });
    if (data.length === 0) return;
    bars.push({
      type: 'custom',
      id: `${series.id}|interval`,
      name: `${series.name}: ${ciLabel}`,
      data,
      renderItem: renderWhisker,
      encode: { x: 0, y: [1, 2] },
      itemStyle: { color: palette[index % Math.max(1, palette.length)] },
      z: 3,
    });
  });
  if (bars.length === 0) return option;
  return {
    ...option,
    tooltip: { trigger: 'axis', formatter: tooltip },
    series: [...option.series, ...bars],
  };
}

/** The surveys the intervals on the chart come from, for the note under it. */
export function intervalSurveys(intervals: PublishedInterval[]): string[] {
  return [...new Set(intervals.map((i) => i.surveyTitle))];
}
