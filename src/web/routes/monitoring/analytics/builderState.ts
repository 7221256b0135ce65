import { type PeriodType, parsePeriod } from '../../../../core/indicators/periods';
import type { AnalyticsQuery, ChartType } from '../charts/analyticsApi';
import type { PivotDimension } from '../charts/chartOptions';

/** What the analytics builder holds: the choices behind one query and its view. */
export interface BuilderState {
  /** `indicator:<id>` or `dataElement:<id>`. */
  items: string[];
  periodType: PeriodType;
  from: string;
  to: string;
  level: number | null;
  parentId: string | null;
  categoryId: string | null;
  targets: boolean;
  type: ChartType;
  rows: PivotDimension[];
  columns: PivotDimension[];
}

export function initialBuilderState(regionLevel: number | null): BuilderState {
  const year = new Date().getUTCFullYear();
  return {
    items: [],
    periodType: 'yearly',
    from: String(year - 4),
    to: String(year),
    level: regionLevel,
    parentId: null,
    categoryId: null,
    targets: true,
    type: 'series',
    rows: ['orgUnit', 'item'],
    columns: ['period'],
  };
}

export const validPeriod = (text: string) => parsePeriod(text) !== null;

/** The query of the builder's choices; null while it is incomplete (nothing chosen, a period unreadable). */
export function builderQuery(state: BuilderState): AnalyticsQuery | null {
  if (state.items.length === 0 || !validPeriod(state.from) || !validPeriod(state.to)) return null;
  const items = state.items.map((value) => {
    const [type, ...rest] = value.split(':');
    return {
      type: type === 'indicator' ? ('indicator' as const) : ('dataElement' as const),
      id: rest.join(':'),
    };
  });
  return {
    items,
    periods: { type: state.periodType, from: state.from.trim(), to: state.to.trim() },
    orgUnits: {
      ...(state.level === null ? {} : { level: state.level }),
      ...(state.parentId === null ? {} : { parentId: state.parentId }),
    },
    ...(state.categoryId ? { disaggregation: { categoryId: state.categoryId } } : {}),
    targets: state.targets,
    ...(state.type === 'pivot' ? { layout: { rows: state.rows, columns: state.columns } } : {}),
  };
}
