import type { ResourceLoad } from '../../../../core/planning/analysis';
import { MONTHS_PER } from '../../../../core/planning/portfolio';
import { baseOption, shorten } from '../../assess/charts/chartBase';
import { formatMonth, formatPlanYear } from '../planFormat';

export const LOAD_COLORS = { used: '#1971c2', over: '#e03131', capacity: '#e9ecef', capacityEdge: '#868e96' };

/** The label of a capacity period: its month, its quarter's first month, or its plan year. */
export function periodLabel(
  startMonth: string,
  load: Pick<ResourceLoad, 'capacityPeriod'>,
  period: number,
): string {
  if (load.capacityPeriod === 'year') return formatPlanYear(startMonth, period);
  return formatMonth(startMonth, period * MONTHS_PER[load.capacityPeriod]);
}

/**
 * Use per capacity period in front of the capacity (a pale bar behind each period), overloads in red.
 * The time axis runs left to right in every language, like the Gantt's.
 */
export function loadOption(
  load: ResourceLoad,
  options: { startMonth: string; format: (value: number) => string; usedName: string; capacityName: string },
) {
  const labels = load.periods.map((entry) => periodLabel(options.startMonth, load, entry.period));
  return {
    ...baseOption(),
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      confine: true,
      valueFormatter: (value: unknown) => (typeof value === 'number' ? options.format(value) : ''),
    },
    legend: { top: 0, data: [options.usedName, options.capacityName] },
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: labels.map((label) => shorten(label, 24)),
      axisLabel: { hideOverlap: true },
    },
    yAxis: {
      type: 'value',
      axisLabel: { formatter: (value: number) => options.format(value) },
    },
    series: [
      {
        type: 'bar',
        name: options.capacityName,
        data: load.periods.map((entry) => entry.capacity),
        itemStyle: {
          color: LOAD_COLORS.capacity,
          borderColor: LOAD_COLORS.capacityEdge,
          borderType: 'dashed',
        },
        barGap: '-100%',
        barWidth: '70%',
        barMaxWidth: 28,
        z: 1,
      },
      {
        type: 'bar',
        name: options.usedName,
        data: load.periods.map((entry) => ({
          value: entry.used,
          itemStyle: { color: entry.over ? LOAD_COLORS.over : LOAD_COLORS.used },
        })),
        barWidth: '70%',
        barMaxWidth: 28,
        itemStyle: { color: LOAD_COLORS.used },
        z: 2,
      },
    ],
  };
}
