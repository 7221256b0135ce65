import { BarChart, RadarChart } from 'echarts/charts';
import { GridComponent, LegendPlainComponent, RadarComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only what the charts use: bars and radars, plain legends (not the scrolling one). ECharts' core,
// the canvas renderer, the grid's axes and the tooltip are most of the chunk (the heat map is drawn
// in HTML to keep it lighter); see bench/README.md, "Web transfer".
echarts.use([
  BarChart,
  RadarChart,
  GridComponent,
  LegendPlainComponent,
  RadarComponent,
  TooltipComponent,
  CanvasRenderer,
]);

export interface EChartProps {
  option: echarts.EChartsCoreOption;
  testId: string;
  /** What the chart shows, for screen readers (the same figures are in a table nearby). */
  label: string;
  height: number | string;
}

/**
 * One ECharts canvas: created on mount, given the option whenever it changes, resized with its box
 * and disposed on unmount. Loaded on demand, like the sector graph, so other pages stay light.
 */
export default function EChart({ option, testId, label, height }: EChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

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
  }, [option]);

  return (
    <div
      ref={container}
      data-testid={testId}
      role="img"
      aria-label={label}
      dir="ltr"
      style={{ width: '100%', height }}
    />
  );
}
