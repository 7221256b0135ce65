import type { Heatmap } from '../../../api/assessmentTypes';
import { baseOption } from '../charts/chartBase';

const FINAL = new Set(['validated', 'published']);

export const isFinal = (status: string) => FINAL.has(status);

interface HeatmapLabels {
  rowLabel: (row: Heatmap['rows'][number]) => string;
  format: (value: number) => string;
  rtl: boolean;
}

/**
 * Actors down the side, the framework's top-level groups across; red is weak, green strong.
 * Rows whose assessment is not validated yet are drawn faded (their label says so too).
 */
export function heatmapOption(heatmap: Heatmap, { rowLabel, format, rtl }: HeatmapLabels) {
  const range = heatmap.range ?? { min: 0, max: 1 };
  const data = heatmap.rows.flatMap((row, y) =>
    heatmap.groups.map((group, x) => ({
      value: [x, y, row.scores[group.id] ?? '-'],
      itemStyle: isFinal(row.assessment.status) ? undefined : { opacity: 0.45 },
    })),
  );
  const option = {
    ...baseOption(),
    tooltip: { position: 'top', confine: true },
    grid: { left: 8, right: 8, top: 8, bottom: 88, containLabel: true },
    xAxis: {
      type: 'category',
      data: heatmap.groups.map((group) => group.code),
      inverse: rtl,
      splitArea: { show: true },
      axisLabel: { interval: 0 },
    },
    yAxis: {
      type: 'category',
      data: heatmap.rows.map(rowLabel),
      inverse: true,
      position: rtl ? 'right' : 'left',
      axisLabel: { width: 150, overflow: 'truncate' },
    },
    visualMap: {
      min: range.min,
      max: range.max,
      calculable: true,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      inRange: { color: ['#e03131', '#fab005', '#2f9e44'] },
    },
    series: [
      {
        type: 'heatmap',
        data,
        label: {
          show: true,
          formatter: (params: { value: unknown[] }) =>
            typeof params.value[2] === 'number' ? format(params.value[2]) : '',
        },
        emphasis: { itemStyle: { shadowBlur: 8, shadowColor: 'rgba(0, 0, 0, 0.4)' } },
      },
    ],
  };
  return {
    baseOption: option,
    // on a phone every criterion keeps its label, in a smaller type
    media: [
      {
        query: { maxWidth: 480 },
        option: { xAxis: { axisLabel: { fontSize: 9 } }, yAxis: { axisLabel: { width: 64 } } },
      },
    ],
  };
}
