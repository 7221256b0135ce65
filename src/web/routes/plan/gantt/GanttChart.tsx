import { ActionIcon, Box, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
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

/** Width of the label column: codes only when folded, room for names otherwise (less on a phone). */
const LABEL_WIDTH = { folded: 64, narrow: 168, wide: 280 } as const;

/**
 * The Gantt: outline labels, then the timeline. Both scroll sideways together, the labels held in view
 * (sticky) so every bar keeps its name; the label column folds to codes only, to leave room for the
 * timeline on a phone. Time runs left to right in every language, so the labels sit on its left (where
 * the plan starts) in Arabic too; the names themselves keep their own direction.
 */
export function GanttChart(props: GanttChartProps) {
  const { t } = useTranslation('plan');
  const { t: tLayout } = useTranslation('layout');
  const { layout, startMonth, onMove } = props;
  const narrow = useMediaQuery('(max-width: 36em)');
  const [folded, setFolded] = useState(false);
  const labelWidth = folded ? LABEL_WIDTH.folded : narrow ? LABEL_WIDTH.narrow : LABEL_WIDTH.wide;
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
      data-scroll-container="gantt"
      dir="ltr"
      style={{
        border: '1px solid var(--mantine-color-gray-3)',
        borderRadius: 'var(--mantine-radius-sm)',
        overflowX: 'auto',
        overflowY: 'hidden',
      }}
    >
      <Box style={{ display: 'flex', width: 'max-content', minWidth: '100%' }}>
        <Box
          data-testid="gantt-labels"
          data-folded={folded}
          style={{
            flex: `0 0 ${labelWidth}px`,
            width: labelWidth,
            position: 'sticky',
            insetInlineStart: 0,
            zIndex: 2,
            backgroundColor: 'var(--mantine-color-body)',
            borderInlineEnd: '1px solid var(--mantine-color-gray-3)',
          }}
        >
          <Box
            h={HEADER_HEIGHT}
            px="xs"
            style={{
              display: 'flex',
              alignItems: 'flex-end',
              justifyContent: 'space-between',
              gap: 4,
              paddingBottom: 6,
            }}
          >
            <Text size="xs" fw={600} c="dimmed" truncate="end" dir="auto">
              {folded ? '' : t('gantt.itemColumn')}
            </Text>
            <ActionIcon
              variant="subtle"
              color="gray"
              size="sm"
              onClick={() => setFolded(!folded)}
              aria-label={tLayout(folded ? 'gantt.showNames' : 'gantt.hideNames')}
              title={tLayout(folded ? 'gantt.showNames' : 'gantt.hideNames')}
              aria-expanded={!folded}
              data-testid="gantt-fold-labels"
            >
              <span aria-hidden style={{ fontSize: 12 }}>
                {folded ? '»' : '«'}
              </span>
            </ActionIcon>
          </Box>
          {layout.rows.map((row, index) => (
            <Box
              key={row.item.id}
              h={ROW_HEIGHT}
              px="xs"
              title={`${row.item.code} ${row.item.name}`}
              bg={index % 2 === 1 ? 'gray.0' : 'var(--mantine-color-body)'}
              data-testid="gantt-label"
              style={{
                display: 'flex',
                alignItems: 'center',
                gap: 6,
                paddingInlineStart: folded
                  ? undefined
                  : `calc(var(--mantine-spacing-xs) + ${row.depth * (narrow ? 6 : 14)}px)`,
                borderTop: index === 0 ? '1px solid var(--mantine-color-gray-5)' : undefined,
                whiteSpace: 'nowrap',
                overflow: 'hidden',
              }}
            >
              <Text span size="xs" c="dimmed" ff="monospace" style={{ flex: '0 0 auto' }}>
                {row.item.code}
              </Text>
              {!folded && (
                <Text
                  span
                  size="xs"
                  fw={row.item.kind === 'activity' ? 400 : 600}
                  truncate="end"
                  dir="auto"
                  style={{ minWidth: 0 }}
                  data-testid="gantt-label-name"
                >
                  <bdi>{row.item.name}</bdi>
                </Text>
              )}
            </Box>
          ))}
        </Box>
        <Box style={{ flex: '1 0 auto' }}>
          <svg
            width={layout.width}
            height={layout.height}
            style={{ display: 'block', userSelect: 'none', fontFamily: 'inherit' }}
          >
            <title>{t('gantt.chartLabel')}</title>
            <defs>
              {[
                { id: 'gantt-arrow', color: ARROW_COLOR },
                { id: 'gantt-arrow-critical', color: CRITICAL_COLOR },
              ].map(({ id, color }) => (
                <marker
                  key={id}
                  id={id}
                  viewBox="0 0 6 6"
                  refX="6"
                  refY="3"
                  markerWidth="6"
                  markerHeight="6"
                  orient="auto"
                >
                  <path d="M0,0 L6,3 L0,6 z" fill={color} />
                </marker>
              ))}
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
    </Box>
  );
}
