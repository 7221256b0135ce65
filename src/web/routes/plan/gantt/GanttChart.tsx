import { Box, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { HeldActivity } from '../../../../core/planning/model';
import type { PlanDependencyData } from '../../../../core/planning/types';
import { formatList } from '../../../app/format';
import { formatFinish, formatMonth } from '../planFormat';
import { ActivityBar, CRITICAL_COLOR, SummaryBar } from './GanttBar';
import { GanttTimeline } from './GanttTimeline';
import {
  dependencyPath,
  type GanttLayout,
  type GanttRow,
  HEADER_HEIGHT,
  ROW_HEIGHT,
  xOf,
  type Zoom,
} from './ganttLayout';
import { useGanttDrag } from './useGanttDrag';

const ARROW_COLOR = '#868e96';
const STATUS_COLOR = '#1c7ed6';

interface GanttChartProps {
  layout: GanttLayout;
  dependencies: PlanDependencyData[];
  startMonth: string;
  zoom: Zoom;
  critical: Set<string>;
  showCritical: boolean;
  moved: Set<string>;
  /** The status date (a month offset) and the activities already finished or started. */
  statusMonth: number | null;
  held: Map<string, HeldActivity>;
  /** Absent for people who may not change the schedule. */
  onMove?: (itemId: string, start: number) => void;
}

/** The Gantt: outline labels on the side, and a horizontally scrolling timeline (always left to right). */
export function GanttChart(props: GanttChartProps) {
  const { t } = useTranslation('plan');
  const { layout, startMonth, onMove } = props;
  const narrow = useMediaQuery('(max-width: 36em)');
  const labelWidth = narrow ? 128 : 280;
  const { dragging, handlers } = useGanttDrag(layout.monthWidth, (itemId, start) => onMove?.(itemId, start));
  const isCritical = (id: string) => props.showCritical && props.critical.has(id);

  const describe = (row: GanttRow) => {
    const { item, span } = row;
    if (!span) return `${item.code} ${item.name} — ${t('gantt.unscheduled')}`;
    const parts = [
      span.finish === span.start
        ? t('gantt.milestoneOn', { month: formatMonth(startMonth, span.start) })
        : t('gantt.fromTo', {
            from: formatMonth(startMonth, span.start),
            to: formatFinish(startMonth, span.finish),
            months: t('months', { count: span.finish - span.start }),
          }),
    ];
    if (item.kind === 'activity' && item.percentComplete > 0)
      parts.push(t('gantt.complete', { percent: item.percentComplete }));
    if (item.quickImpact) parts.push(t('legend.quickImpact'));
    if (item.deadlineMonth !== null)
      parts.push(t('gantt.deadlineOn', { month: formatFinish(startMonth, item.deadlineMonth) ?? '' }));
    if (item.baselineStart !== null && item.baselineFinish !== null)
      parts.push(
        t('gantt.baselineFromTo', {
          from: formatMonth(startMonth, item.baselineStart),
          to: formatFinish(startMonth, item.baselineFinish) ?? '',
        }),
      );
    const held = props.held.get(item.id);
    if (held) parts.push(t(held.state === 'finished' ? 'gantt.heldFinished' : 'gantt.heldStarted'));
    if (isCritical(item.id)) parts.push(t('legend.critical'));
    return `${item.code} ${item.name}: ${formatList(parts)}`;
  };

  return (
    <Box
      component="section"
      aria-label={t('gantt.chartLabel')}
      data-testid="gantt-chart"
      style={{
        display: 'flex',
        border: '1px solid var(--mantine-color-gray-3)',
        borderRadius: 'var(--mantine-radius-sm)',
        overflow: 'hidden',
      }}
    >
      <Box
        style={{
          flex: `0 0 ${labelWidth}px`,
          width: labelWidth,
          minWidth: 0,
          overflow: 'hidden',
          borderInlineEnd: '1px solid var(--mantine-color-gray-3)',
        }}
      >
        <Box h={HEADER_HEIGHT} px="xs" style={{ display: 'flex', alignItems: 'flex-end', paddingBottom: 6 }}>
          <Text size="xs" fw={600} c="dimmed">
            {t('gantt.itemColumn')}
          </Text>
        </Box>
        {layout.rows.map((row, index) => (
          <Box
            key={row.item.id}
            h={ROW_HEIGHT}
            px="xs"
            title={`${row.item.code} ${row.item.name}`}
            bg={index % 2 === 1 ? 'gray.0' : undefined}
            style={{
              display: 'flex',
              alignItems: 'center',
              gap: 6,
              paddingInlineStart: `calc(var(--mantine-spacing-xs) + ${row.depth * (narrow ? 6 : 14)}px)`,
              borderTop: index === 0 ? '1px solid var(--mantine-color-gray-5)' : undefined,
              whiteSpace: 'nowrap',
              overflow: 'hidden',
            }}
          >
            <Text span size="xs" c="dimmed" ff="monospace" style={{ flex: '0 0 auto' }}>
              {row.item.code}
            </Text>
            <Text
              span
              size="xs"
              fw={row.item.kind === 'activity' ? 400 : 600}
              truncate="end"
              dir="auto"
              style={{ minWidth: 0 }}
            >
              <bdi>{row.item.name}</bdi>
            </Text>
          </Box>
        ))}
      </Box>
      <Box dir="ltr" style={{ flex: '1 1 auto', minWidth: 0, overflowX: 'auto', overflowY: 'hidden' }}>
        <svg
          width={layout.width}
          height={layout.height}
          style={{ display: 'block', userSelect: 'none', fontFamily: 'inherit' }}
        >
          <title>{t('gantt.chartLabel')}</title>
          <defs>
            <marker
              id="gantt-arrow"
              viewBox="0 0 6 6"
              refX="6"
              refY="3"
              markerWidth="6"
              markerHeight="6"
              orient="auto"
            >
              <path d="M0,0 L6,3 L0,6 z" fill={ARROW_COLOR} />
            </marker>
            <marker
              id="gantt-arrow-critical"
              viewBox="0 0 6 6"
              refX="6"
              refY="3"
              markerWidth="6"
              markerHeight="6"
              orient="auto"
            >
              <path d="M0,0 L6,3 L0,6 z" fill={CRITICAL_COLOR} />
            </marker>
          </defs>
          <GanttTimeline layout={layout} startMonth={startMonth} zoom={props.zoom} />
          {props.statusMonth !== null && (
            <g data-testid="gantt-status-date" data-month={props.statusMonth}>
              <title>{t('gantt.statusLine', { month: formatMonth(startMonth, props.statusMonth) })}</title>
              <line
                x1={xOf(layout, props.statusMonth)}
                x2={xOf(layout, props.statusMonth)}
                y1={HEADER_HEIGHT - 6}
                y2={layout.height}
                stroke={STATUS_COLOR}
                strokeWidth={2}
                strokeDasharray="6 3"
              />
            </g>
          )}
          <g>
            {props.dependencies.map((dependency) => {
              const path = dependencyPath(layout, dependency);
              if (!path) return null;
              const critical = isCritical(dependency.predecessorId) && isCritical(dependency.successorId);
              return (
                <path
                  key={dependency.id}
                  d={path}
                  fill="none"
                  stroke={critical ? CRITICAL_COLOR : ARROW_COLOR}
                  strokeWidth={critical ? 1.5 : 1}
                  markerEnd={`url(#${critical ? 'gantt-arrow-critical' : 'gantt-arrow'})`}
                />
              );
            })}
          </g>
          {layout.rows.map((row) =>
            row.item.kind === 'activity' ? (
              <ActivityBar
                key={row.item.id}
                row={row}
                layout={layout}
                title={describe(row)}
                label={`${row.item.code} ${row.item.name}`}
                valueText={
                  row.span ? t('gantt.startsIn', { month: formatMonth(startMonth, row.span.start) }) : ''
                }
                critical={isCritical(row.item.id)}
                moved={props.moved.has(row.item.id)}
                held={props.held.get(row.item.id)?.state ?? null}
                dragging={dragging === row.item.id}
                handlers={onMove && row.span ? handlers(row.item.id, row.span.start) : null}
              />
            ) : (
              <SummaryBar key={row.item.id} row={row} layout={layout} title={describe(row)} />
            ),
          )}
        </svg>
      </Box>
    </Box>
  );
}
