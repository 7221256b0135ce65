import { useTranslation } from 'react-i18next';
import { monthOffset } from '../../../../core/planning/portfolio';
import { formatMonthName, formatYear } from '../planFormat';
import { type GanttLayout, HEADER_HEIGHT, timelineCells, xOf, type Zoom } from './ganttLayout';

const BAND = HEADER_HEIGHT / 2;
const GRID = '#dee2e6';

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
          <text
            x={cell.x + cell.width / 2}
            y={HEADER_HEIGHT - 7}
            textAnchor="middle"
            fontSize={10}
            fill="#495057"
          >
            {zoom === 'month'
              ? formatMonthName(startMonth, cell.offset)
              : cell.width >= 24
                ? t('gantt.quarter', { quarter: cell.unit })
                : ''}
          </text>
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
