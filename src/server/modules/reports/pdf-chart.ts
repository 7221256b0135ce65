import type { ScaleRange } from '../../../core/frameworks/structure.ts';
import { formatNumber } from './format.ts';
import { COLORS, type PdfFlow } from './pdf-layout.ts';

export interface ChartBar {
  code: string;
  name: string;
  score: number | null;
  /** A top-level group in a chart that shows sub-groups too: set in bold, in a darker colour. */
  emphasised: boolean;
}

const LABEL_SHARE = 0.42;
const BAR_THICKNESS = 9;
const ROW_PADDING = 3;
const LABEL_STYLE = { size: 7.5 };
const TICK_STYLE = { size: 7, color: COLORS.muted };
/** Room under the bars for the scale's numbers. */
const AXIS_HEIGHT = 18;

/** Up to about ten gridlines between the ends of the scale, on round steps. */
function ticksOf(range: ScaleRange): number[] {
  const span = range.max - range.min;
  if (span <= 0) return [range.min];
  const rough = span / 10;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step =
    [1, 2, 5, 10].map((factor) => factor * magnitude).find((candidate) => span / candidate <= 10) ?? span;
  const ticks: number[] = [];
  for (let value = Math.ceil(range.min / step) * step; value <= range.max + 1e-9; value += step)
    ticks.push(value);
  return ticks;
}

export interface GroupChart {
  title: string;
  bars: readonly ChartBar[];
  range: ScaleRange;
  /** Printed where a group has no score. */
  emptyMark: string;
}

const TITLE_STYLE = { size: 10, bold: true };

function layoutChart(flow: PdfFlow, chart: GroupChart) {
  const labelWidth = flow.width * LABEL_SHARE;
  const rows = chart.bars.map((bar) => {
    const label = `${bar.code}  ${bar.name}`;
    const labelHeight = flow.text.height(label, labelWidth, { ...LABEL_STYLE, bold: bar.emphasised });
    return { bar, label, height: Math.max(BAR_THICKNESS, labelHeight) + 2 * ROW_PADDING };
  });
  const titleHeight = flow.text.height(chart.title, flow.width, TITLE_STYLE) + 8;
  const plotHeight = rows.reduce((sum, row) => sum + row.height, 0);
  return { labelWidth, rows, titleHeight, height: titleHeight + plotHeight + AXIS_HEIGHT };
}

/** The height the chart will take on the page, title and axis labels included. */
export function groupChartHeight(flow: PdfFlow, chart: GroupChart): number {
  return layoutChart(flow, chart).height;
}

type ChartRow = ReturnType<typeof layoutChart>['rows'][number];

/**
 * Horizontal bars of group scores, drawn with plain vector shapes: labels on the start side, bars
 * growing from the bottom of the scale towards the end side, gridlines on round values. A chart
 * taller than the page goes on over the next, with its gridlines and axis labels repeated.
 */
export function drawGroupChart(flow: PdfFlow, chart: GroupChart) {
  const { labelWidth, rows, titleHeight, height } = layoutChart(flow, chart);
  flow.ensure(Math.min(height, flow.bottom - flow.top));
  flow.text.draw(chart.title, flow.left, flow.y, flow.width, { ...TITLE_STYLE, align: flow.startAlign });
  flow.y += titleHeight;
  let segment: ChartRow[] = [];
  let segmentHeight = 0;
  for (const row of rows) {
    if (segment.length > 0 && flow.y + segmentHeight + row.height + AXIS_HEIGHT > flow.bottom) {
      drawSegment(flow, chart, labelWidth, segment);
      flow.newPage();
      segment = [];
      segmentHeight = 0;
    }
    segment.push(row);
    segmentHeight += row.height;
  }
  if (segment.length > 0) drawSegment(flow, chart, labelWidth, segment);
}

/** Bars drawn from the flow's position down, with their gridlines and axis. */
function drawSegment(flow: PdfFlow, chart: GroupChart, labelWidth: number, rows: readonly ChartRow[]) {
  const { text } = flow;
  const { range, emptyMark } = chart;
  const plotWidth = flow.width - labelWidth - 36;
  const plotOffset = labelWidth + 8;
  const span = range.max - range.min || 1;
  const along = (value: number) =>
    ((Math.min(range.max, Math.max(range.min, value)) - range.min) / span) * plotWidth;
  // The x of a point `distance` along the plot from the bottom of the scale.
  const plotX = (distance: number) => flow.x(plotOffset + distance, 0);
  const top = flow.y;
  const plotHeight = rows.reduce((sum, row) => sum + row.height, 0);

  for (const tick of ticksOf(range)) {
    const x = plotX(along(tick));
    flow.doc
      .moveTo(x, top)
      .lineTo(x, top + plotHeight)
      .lineWidth(0.4)
      .strokeColor(COLORS.rule)
      .stroke();
    const tickLabel = formatNumber(tick, flow.language);
    text.draw(tickLabel, x - 20, top + plotHeight + 3, 40, { ...TICK_STYLE, align: 'center' });
  }

  let y = top;
  for (const { bar, label, height } of rows) {
    text.draw(label, flow.x(0, labelWidth), y + ROW_PADDING, labelWidth, {
      ...LABEL_STYLE,
      bold: bar.emphasised,
      align: flow.startAlign,
    });
    const barTop = y + (height - BAR_THICKNESS) / 2;
    if (bar.score === null) {
      text.draw(emptyMark, flow.x(plotOffset, 30), barTop, 30, { ...TICK_STYLE, align: flow.startAlign });
    } else {
      const length = along(bar.score);
      const start = flow.rtl ? plotX(length) : plotX(0);
      flow.doc
        .rect(start, barTop, Math.max(length, 0.5), BAR_THICKNESS)
        .fill(bar.emphasised ? COLORS.headerFill : COLORS.accent);
      const value = formatNumber(bar.score, flow.language, { decimals: 1 });
      const valueX = flow.x(plotOffset + length + 4, 28);
      text.draw(value, valueX, barTop + 0.5, 28, { size: 7.5, bold: true, align: flow.startAlign });
    }
    y += height;
  }
  flow.doc
    .moveTo(plotX(0), top)
    .lineTo(plotX(0), top + plotHeight)
    .lineWidth(0.8)
    .strokeColor(COLORS.muted)
    .stroke();
  flow.y = top + plotHeight + AXIS_HEIGHT;
}
