import { useState } from 'react';
import type { Phase } from '../../../../core/planning/portfolio';
import {
  BAR_HEIGHT,
  BAR_TOP,
  diamondPoints,
  type GanttLayout,
  type GanttRow,
  MAX_START,
  ROW_HEIGHT,
  rowMiddle,
  SUMMARY_HEIGHT,
  xOf,
} from './ganttLayout';
import type { BarHandlers } from './useGanttDrag';

export const PHASE_COLORS: Record<Phase, { light: string; dark: string }> = {
  preparatory: { light: '#99e9f2', dark: '#0c8599' },
  main: { light: '#a5d8ff', dark: '#1971c2' },
  consolidation: { light: '#d0bfff', dark: '#6741d9' },
};
export const CRITICAL_COLOR = '#e03131';
export const BASELINE_COLOR = '#adb5bd';
export const QUICK_IMPACT_COLOR = '#f59f00';
export const SUMMARY_COLORS = { programme: '#343a40', project: '#868e96' };

/** A programme's or project's summary bar, spanning its activities. */
export function SummaryBar({ row, layout, title }: { row: GanttRow; layout: GanttLayout; title: string }) {
  if (!row.span) return null;
  const x = xOf(layout, row.span.start);
  const width = Math.max(2, xOf(layout, row.span.finish) - x);
  const y = row.y + BAR_TOP + 2;
  const color = row.item.kind === 'programme' ? SUMMARY_COLORS.programme : SUMMARY_COLORS.project;
  const cap = 5;
  return (
    <g data-testid={`gantt-bar-${row.item.code}`}>
      <title>{title}</title>
      <rect x={x} y={y} width={width} height={SUMMARY_HEIGHT} fill={color} />
      <polygon points={`${x},${y} ${x + cap},${y} ${x},${y + SUMMARY_HEIGHT + cap}`} fill={color} />
      <polygon
        points={`${x + width},${y} ${x + width - cap},${y} ${x + width},${y + SUMMARY_HEIGHT + cap}`}
        fill={color}
      />
    </g>
  );
}

interface ActivityBarProps {
  row: GanttRow;
  layout: GanttLayout;
  title: string;
  /** Accessible name and value text when the bar can be moved. */
  label: string;
  valueText: string;
  critical: boolean;
  moved: boolean;
  /** Finished or started: its start is history and the bar cannot be moved. */
  held: 'finished' | 'started' | null;
  dragging: boolean;
  handlers: BarHandlers | null;
}

/** An activity: bar (or milestone diamond) by phase, % complete, baseline, deadline and quick-impact marks. */
export function ActivityBar(props: ActivityBarProps) {
  const { row, layout, critical, handlers } = props;
  const [focused, setFocused] = useState(false);
  const item = row.item;
  const span = row.span;
  if (!span) return null;
  const colors = PHASE_COLORS[item.phase] ?? PHASE_COLORS.main;
  const x = xOf(layout, span.start);
  const width = xOf(layout, span.finish) - x;
  const y = row.y + BAR_TOP;
  const middle = rowMiddle(row);
  const milestone = width === 0;
  const outline = critical ? CRITICAL_COLOR : colors.dark;
  const complete = Math.min(100, Math.max(0, item.percentComplete)) / 100;
  const hasBaseline = item.baselineStart !== null && item.baselineFinish !== null;

  const content = (
    <>
      <title>{props.title}</title>
      {/* a wider invisible target, so thin bars and milestones are easy to grab */}
      <rect x={x - 6} y={row.y + 1} width={width + 12} height={ROW_HEIGHT - 2} fill="transparent" />
      {hasBaseline && (
        <rect
          x={xOf(layout, item.baselineStart ?? 0)}
          y={y + BAR_HEIGHT + 2}
          width={Math.max(2, xOf(layout, (item.baselineFinish ?? 0) - (item.baselineStart ?? 0)))}
          height={3}
          fill={BASELINE_COLOR}
        />
      )}
      {milestone ? (
        <polygon
          points={diamondPoints(x, middle)}
          fill={colors.dark}
          stroke={critical ? CRITICAL_COLOR : 'white'}
          strokeWidth={critical ? 2 : 1}
        />
      ) : (
        <>
          <rect x={x} y={y} width={width} height={BAR_HEIGHT} rx={2} fill={colors.light} />
          {complete > 0 && (
            <rect x={x} y={y} width={width * complete} height={BAR_HEIGHT} rx={2} fill={colors.dark} />
          )}
          <rect
            x={x}
            y={y}
            width={width}
            height={BAR_HEIGHT}
            rx={2}
            fill="none"
            stroke={outline}
            strokeWidth={critical ? 2 : 1}
            strokeDasharray={props.moved ? '4 2' : undefined}
          />
        </>
      )}
      {item.quickImpact && (
        <circle cx={x} cy={y} r={3.5} fill={QUICK_IMPACT_COLOR} stroke="white" strokeWidth={1} />
      )}
      {item.deadlineMonth !== null && (
        <line
          x1={xOf(layout, item.deadlineMonth)}
          x2={xOf(layout, item.deadlineMonth)}
          y1={row.y + 3}
          y2={row.y + ROW_HEIGHT - 3}
          stroke={CRITICAL_COLOR}
          strokeWidth={2}
        />
      )}
      {(focused || props.dragging) && (
        <rect
          x={x - 4}
          y={row.y + 1}
          width={width + 8}
          height={ROW_HEIGHT - 2}
          rx={3}
          fill="none"
          stroke="#1c7ed6"
          strokeWidth={2}
          strokeDasharray="3 2"
        />
      )}
    </>
  );

  const common = {
    'data-testid': `gantt-bar-${item.code}`,
    'data-start': span.start,
    'data-critical': critical || undefined,
    'data-held': props.held ?? undefined,
  };
  if (!handlers) return <g {...common}>{content}</g>;
  return (
    <g
      {...common}
      role="slider"
      tabIndex={0}
      aria-label={props.label}
      aria-valuetext={props.valueText}
      aria-valuenow={span.start}
      aria-valuemin={0}
      aria-valuemax={MAX_START}
      aria-orientation="horizontal"
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
      aria-readonly={props.held ? true : undefined}
      style={{
        cursor: props.held ? 'not-allowed' : props.dragging ? 'grabbing' : 'grab',
        touchAction: 'none',
        outline: 'none',
      }}
      {...handlers}
    >
      {content}
    </g>
  );
}
