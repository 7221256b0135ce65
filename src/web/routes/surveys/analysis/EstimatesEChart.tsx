import { BarChart, CustomChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useMemo, useRef } from 'react';

// Estimates as bars with their 95 % intervals as whiskers (a custom series). Its own chunk, loaded with the
// first survey chart, so the Analysis tab's page stays within the bench:web budget.
echarts.use([BarChart, CustomChart, GridComponent, TooltipComponent, CanvasRenderer]);

export interface ChartEstimate {
  label: string;
  estimate: number;
  low: number;
  high: number;
  /** The figure as the table prints it, for the tooltip. */
  text: string;
}

export default function EstimatesEChart(props: { rows: ChartEstimate[]; label: string; testId: string }) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const height = 60 + props.rows.length * 34;

  const option = useMemo<echarts.EChartsCoreOption>(() => {
    const labels = props.rows.map((row) => row.label);
    return {
      animation: false,
      grid: { left: 8, right: 24, top: 8, bottom: 24, containLabel: true },
      tooltip: {
        trigger: 'item',
        formatter: (item: { dataIndex: number }) => props.rows[item.dataIndex]?.text ?? '',
      },
      xAxis: { type: 'value', scale: false },
      yAxis: {
        type: 'category',
        data: labels,
        inverse: true,
        axisLabel: { width: 120, overflow: 'truncate' },
      },
      series: [
        {
          type: 'bar',
          data: props.rows.map((row) => row.estimate),
          barMaxWidth: 18,
          itemStyle: { color: '#4c6ef5' },
        },
        {
          type: 'custom',
          data: props.rows.map((row, index) => [index, row.low, row.high]),
          renderItem: (
            _params: unknown,
            api: { value: (dim: number) => number; coord: (point: [number, number]) => number[] },
          ) => {
            const category = api.value(0);
            const [lowX, y] = api.coord([api.value(1), category]);
            const [highX] = api.coord([api.value(2), category]);
            const cap = 6;
            const style = { stroke: '#212529', lineWidth: 1.5 };
            return {
              type: 'group',
              children: [
                { type: 'line', shape: { x1: lowX, y1: y, x2: highX, y2: y }, style },
                { type: 'line', shape: { x1: lowX, y1: y - cap, x2: lowX, y2: y + cap }, style },
                { type: 'line', shape: { x1: highX, y1: y - cap, x2: highX, y2: y + cap }, style },
              ],
            };
          },
          z: 10,
        },
      ],
    };
  }, [props.rows]);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = echarts.init(element, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
    chart.current?.resize();
  }, [option]);

  return (
    <div
      ref={container}
      data-testid={props.testId}
      role="img"
      aria-label={props.label}
      dir="ltr"
      style={{ width: '100%', height }}
    />
  );
}
