// Pure layout maths of the Gantt chart: row order, the month scale, the timeline header and the
// dependency arrows. No React, no DOM, so it is unit-tested on its own.

import type { Span } from '../../../../core/planning/analysis';
import { monthLabel } from '../../../../core/planning/portfolio';
import type { PlanDependencyData, PlanItemData } from '../../../../core/planning/types';

export const ROW_HEIGHT = 28;
export const HEADER_HEIGHT = 44;
export const BAR_TOP = 5;
export const BAR_HEIGHT = 14;
export const SUMMARY_HEIGHT = 8;
/** The latest start month the API accepts. */
export const MAX_START = 600;
const ARROW_GAP = 6;

export const MONTH_WIDTH = { month: 32, quarter: 12 } as const;
export type Zoom = keyof typeof MONTH_WIDTH;

export interface GanttRow {
  item: PlanItemData;
  depth: number;
  /** Top of the row, below the timeline header. */
  y: number;
  span: Span | null;
}

export interface GanttLayout {
  rows: GanttRow[];
  rowOf: Map<string, GanttRow>;
  months: number;
  monthWidth: number;
  width: number;
  height: number;
}

const byCode = (a: PlanItemData, b: PlanItemData) =>
  a.code.localeCompare(b.code, undefined, { numeric: true, sensitivity: 'base' });

/** Items in outline order: each programme, then its projects, each followed by its activities (sorted by code). */
export function outlineOrder(items: PlanItemData[]): { item: PlanItemData; depth: number }[] {
  const ids = new Set(items.map((item) => item.id));
  const children = new Map<string | null, PlanItemData[]>();
  for (const item of items) {
    const parent = item.parentId && ids.has(item.parentId) ? item.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(item);
    children.set(parent, list);
  }
  const ordered: { item: PlanItemData; depth: number }[] = [];
  const seen = new Set<string>();
  const visit = (parent: string | null, depth: number) => {
    for (const item of [...(children.get(parent) ?? [])].sort(byCode)) {
      if (seen.has(item.id)) continue; // a cycle in the parents would otherwise never end
      seen.add(item.id);
      ordered.push({ item, depth });
      visit(item.id, depth + 1);
    }
  };
  visit(null, 0);
  return ordered;
}

/** Whole months spanned by the chart: everything scheduled, deadlines and baselines, rounded up to years. */
export function timelineMonths(
  items: PlanItemData[],
  spans: Map<string, Span>,
  horizonMonths: number,
): number {
  let last = horizonMonths;
  for (const span of spans.values()) last = Math.max(last, span.finish);
  for (const item of items) {
    if (item.deadlineMonth !== null) last = Math.max(last, item.deadlineMonth);
    if (item.baselineFinish !== null) last = Math.max(last, item.baselineFinish);
  }
  return Math.max(12, Math.ceil((last + 1) / 12) * 12);
}

export function layoutGantt(
  items: PlanItemData[],
  spans: Map<string, Span>,
  options: { horizonMonths: number; zoom: Zoom },
): GanttLayout {
  const rows = outlineOrder(items).map(({ item, depth }, index) => ({
    item,
    depth,
    y: HEADER_HEIGHT + index * ROW_HEIGHT,
    span: spans.get(item.id) ?? null,
  }));
  const months = timelineMonths(items, spans, options.horizonMonths);
  const monthWidth = MONTH_WIDTH[options.zoom];
  return {
    rows,
    rowOf: new Map(rows.map((row) => [row.item.id, row])),
    months,
    monthWidth,
    width: months * monthWidth,
    height: HEADER_HEIGHT + rows.length * ROW_HEIGHT,
  };
}

/** x of the boundary at the start of month `month`. */
export const xOf = (layout: Pick<GanttLayout, 'monthWidth'>, month: number) => month * layout.monthWidth;

export const rowMiddle = (row: GanttRow) => row.y + BAR_TOP + BAR_HEIGHT / 2;

/** Whole months moved by a horizontal drag of `pixels`. */
export const monthsFromPixels = (pixels: number, monthWidth: number) => Math.round(pixels / monthWidth) || 0;

export const clampStart = (month: number) => Math.min(MAX_START, Math.max(0, month));

export interface TimelineCell {
  x: number;
  width: number;
  /** First month offset of the cell. */
  offset: number;
  year: number;
  /** Calendar month (1–12) for month cells, quarter (1–4) for quarter cells. */
  unit: number;
}

/** The header's two bands: calendar years, and months (month zoom) or quarters (quarter zoom). */
export function timelineCells(
  startMonth: string,
  layout: Pick<GanttLayout, 'months' | 'monthWidth'>,
  zoom: Zoom,
): { years: TimelineCell[]; units: TimelineCell[] } {
  const years: TimelineCell[] = [];
  const units: TimelineCell[] = [];
  const add = (cells: TimelineCell[], key: (cell: TimelineCell) => boolean, next: TimelineCell) => {
    const last = cells[cells.length - 1];
    if (last && key(last)) last.width += layout.monthWidth;
    else cells.push(next);
  };
  for (let offset = 0; offset < layout.months; offset++) {
    const [year, month] = monthLabel(startMonth, offset).split('-').map(Number);
    const x = offset * layout.monthWidth;
    add(years, (cell) => cell.year === year, { x, width: layout.monthWidth, offset, year, unit: month });
    const unit = zoom === 'month' ? month : Math.ceil(month / 3);
    add(units, (cell) => zoom === 'quarter' && cell.year === year && cell.unit === unit, {
      x,
      width: layout.monthWidth,
      offset,
      year,
      unit,
    });
  }
  return { years, units };
}

/**
 * SVG path of a dependency arrow: from the predecessor's end (FS) or start (SS) to the successor's start,
 * with right-angle bends; when the successor starts too early to turn straight down, the path runs back
 * between the rows. Null when either side is not scheduled.
 */
export function dependencyPath(layout: GanttLayout, dependency: PlanDependencyData): string | null {
  const from = layout.rowOf.get(dependency.predecessorId);
  const to = layout.rowOf.get(dependency.successorId);
  if (!from?.span || !to?.span || from === to) return null;
  const x1 = xOf(layout, dependency.type === 'FS' ? from.span.finish : from.span.start);
  const x2 = xOf(layout, to.span.start);
  const y1 = rowMiddle(from);
  const y2 = rowMiddle(to);
  const bend = x1 + ARROW_GAP;
  if (x2 - bend >= ARROW_GAP) return `M${x1},${y1} H${bend} V${y2} H${x2}`;
  // back between the rows: along the boundary on the successor's side
  const between = y2 > y1 ? to.y : to.y + ROW_HEIGHT;
  return `M${x1},${y1} H${bend} V${between} H${x2 - ARROW_GAP} V${y2} H${x2}`;
}

/** Points of a milestone's diamond centred at (x, y). */
export function diamondPoints(x: number, y: number, size = BAR_HEIGHT / 2 + 1): string {
  return `${x},${y - size} ${x + size},${y} ${x},${y + size} ${x - size},${y}`;
}

/** How often the timeline may name its months, or its quarters: every one, or only some of them. */
export const LABEL_STEPS = { month: [1, 2, 3, 6, 12], quarter: [1, 2, 4] } as const;

/**
 * Every how many cells the timeline writes a name, so that names never run into each other: the widest
 * name (in pixels, with a little space around it) must fit in that many cells. Long month names, as in
 * Arabic, are thus written every second or third month instead of overlapping.
 */
export function labelStep(widestLabel: number, cellWidth: number, zoom: Zoom): number {
  const steps = LABEL_STEPS[zoom];
  return steps.find((step) => widestLabel + 6 <= step * cellWidth) ?? steps[steps.length - 1];
}

/** Whether the cell of calendar month or quarter `unit` (1-based) carries a name with this step. */
export const hasLabel = (unit: number, step: number) => (unit - 1) % step === 0;
