import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { monthOffset } from '../../../../core/planning/portfolio';
import { formatMonthName, formatYear } from '../planFormat';
import {
  type GanttLayout,
  HEADER_HEIGHT,
  hasLabel,
  labelStep,
  timelineCells,
  xOf,
  type Zoom,
} from './ganttLayout';

const BAND = HEADER_HEIGHT / 2;
const GRID = '#dee2e6';
const UNIT_FONT_SIZE = 10;

let measuring: CanvasRenderingContext2D | null = null;

/** The width of the widest text, as the timeline draws it (falls back to an estimate without a canvas). */
function widestText(texts: string[]): number {
  measuring ??= document.createElement('canvas').getContext('2d');
  if (measuring) measuring.font = `${UNIT_FONT_SIZE}px ${getComputedStyle(document.body).fontFamily}`;
  return Math.max(
    0,
    ...texts.map((text) =>
      measuring ? measuring.measureText(text).width : text.length * UNIT_FONT_SIZE * 0.6,
    ),
  );
}

/** Month offset of the current month, for the "today" line (null when outside the chart). */
function todayOffset(startMonth: string, months: number): number | null {
  const now = new Date();
  const offset = monthOffset(
    startMonth,
    `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`,
  );
  return offset >= 0 && offset < months ? offset : null;
}

/** The header bands (years; months or quarters), row stripes, year lines and today's month. */
export function GanttTimeline({
  layout,
  startMonth,
  zoom,
}: {
  layout: GanttLayout;
  startMonth: string;
  zoom: Zoom;
}) {
  const { t } = useTranslation('plan');
  const { years, units } = timelineCells(startMonth, layout, zoom);
  const today = todayOffset(startMonth, layout.months);
  const unitName = (cell: (typeof units)[number]) =>
    zoom === 'month' ? formatMonthName(startMonth, cell.offset) : t('gantt.quarter', { quarter: cell.unit });
  // the first year's worth of names covers every month (or quarter) name of the language
  const firstNames = units.slice(0, 12).map(unitName).join('\n');
  const cellWidth = layout.monthWidth * (zoom === 'quarter' ? 3 : 1);
  const step = useMemo(
    () => labelStep(widestText(firstNames.split('\n')), cellWidth, zoom),
    [firstNames, cellWidth, zoom],
  );
  return (
    <g>
      {layout.rows.map((row, index) =>
        index % 2 === 1 ? (
          <rect key={row.item.id} x={0} y={row.y} width={layout.width} height={28} fill="#f8f9fa" />
        ) : null,
      )}
      <rect x={0} y={0} width={layout.width} height={HEADER_HEIGHT} fill="#f1f3f5" />
      {years.map((cell) => (
        <g key={`y${cell.offset}`}>
          <line x1={cell.x} x2={cell.x} y1={0} y2={layout.height} stroke={GRID} />
          <text x={cell.x + cell.width / 2} y={BAND - 6} textAnchor="middle" fontSize={12} fontWeight={600}>
            {cell.width >= 36 ? formatYear(cell.year) : ''}
          </text>
        </g>
      ))}
      {units.map((cell) => (
        <g key={`u${cell.offset}`}>
          <line x1={cell.x} x2={cell.x} y1={BAND} y2={HEADER_HEIGHT} stroke={GRID} />
          {hasLabel(cell.unit, step) && (
            // every cell named: centred in it; only some: from the start of the cell, over the next ones
            <text
              x={step === 1 ? cell.x + cell.width / 2 : cell.x + 3}
              y={HEADER_HEIGHT - 7}
              textAnchor={step === 1 ? 'middle' : 'start'}
              fontSize={UNIT_FONT_SIZE}
              fill="#495057"
              data-testid="gantt-unit-label"
            >
              {unitName(cell)}
            </text>
          )}
        </g>
      ))}
      <line x1={0} x2={layout.width} y1={BAND} y2={BAND} stroke={GRID} />
      <line x1={0} x2={layout.width} y1={HEADER_HEIGHT} y2={HEADER_HEIGHT} stroke="#adb5bd" />
      {today !== null && (
        <g>
          <line
            x1={xOf(layout, today)}
            x2={xOf(layout, today)}
            y1={HEADER_HEIGHT}
            y2={layout.height}
            stroke="#f08c00"
            strokeDasharray="4 3"
          />
        </g>
      )}
    </g>
  );
}
