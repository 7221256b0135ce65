import { BarChart, CustomChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendPlainComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// The Monitor's charts: bars (ranked, disaggregation) and lines (time series, with targets and baselines
// drawn as dashed lines rather than mark lines, which would add a component; survey confidence intervals
// as custom whiskers). Its own chunk, loaded with the first Monitor chart; the assessment charts keep theirs (bench/README.md, "Web transfer").
echarts.use([
  BarChart,
  CustomChart,
  LineChart,
  GridComponent,
  LegendPlainComponent,
  TooltipComponent,
  CanvasRenderer,
]);

export interface MonitorEChartProps {
  option: echarts.EChartsCoreOption;
  testId: string;
  /** What the chart shows, for screen readers (the same figures are in the table and the exports). */
  label: string;
  height: number;
  /** Called with a function that renders the chart as a PNG data URL (for "Download PNG"). */
  onImage?: (toPng: (() => string) | null) => void;
}

export default function MonitorEChart({ option, testId, label, height, onImage }: MonitorEChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const imageCallback = useRef(onImage);
  imageCallback.current = onImage;

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = echarts.init(element, undefined, { renderer: 'canvas' });
    chart.current = instance;
    imageCallback.current?.(() =>
      instance.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' }),
    );
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      imageCallback.current?.(null);
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
