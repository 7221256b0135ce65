import { describe, expect, it } from 'vitest';
import { itemSpans } from '../../../../core/planning/analysis';
import { testItem } from '../../../../core/planning/testing';
import type { PlanData, PlanItemData } from '../../../../core/planning/types';
import {
  BAR_HEIGHT,
  BAR_TOP,
  clampStart,
  dependencyPath,
  HEADER_HEIGHT,
  hasLabel,
  labelStep,
  layoutGantt,
  MAX_START,
  monthsFromPixels,
  outlineOrder,
  ROW_HEIGHT,
  timelineCells,
  timelineMonths,
} from './ganttLayout';

const item = testItem;

const plan = (items: PlanItemData[]): PlanData => ({
  startMonth: '2027-01',
  horizonMonths: 24,
  items,
  dependencies: [],
  resources: [],
});

// P1 > P1.1 > {A1.1.2, A1.1.10, milestone}, and a second programme listed first
const items = [
  item('P2', { kind: 'programme', duration: null, startMonth: null }),
  item('A1.1.10', { parentId: 'P1.1', startMonth: 6, duration: 4 }),
  item('P1.1', { parentId: 'P1', kind: 'project', duration: null, startMonth: null }),
  item('A1.1.2', { parentId: 'P1.1', startMonth: 0, duration: 3 }),
  item('P1', { kind: 'programme', duration: null, startMonth: null }),
  item('M1', { parentId: 'P1.1', startMonth: 10, duration: 0 }),
];

describe('outlineOrder', () => {
  it('puts each parent before its children, siblings in natural code order', () => {
    expect(outlineOrder(items).map(({ item, depth }) => `${depth}:${item.id}`)).toEqual([
      '0:P1',
      '1:P1.1',
      '2:A1.1.2',
      '2:A1.1.10',
      '2:M1',
      '0:P2',
    ]);
  });

  it('shows an item whose parent is missing at the top level, and survives a parent cycle', () => {
    const orphan = item('X', { parentId: 'gone' });
    const a = item('A', { parentId: 'B' });
    const b = item('B', { parentId: 'A' });
    expect(outlineOrder([orphan, a, b]).map(({ item }) => item.id)).toEqual(['X']);
  });
});

describe('layoutGantt', () => {
  const spans = itemSpans(plan(items));
  const layout = layoutGantt(items, spans, { horizonMonths: 24, zoom: 'month' });

  it('stacks rows under the header and gives summaries the span of their activities', () => {
    expect(layout.rows[0].y).toBe(HEADER_HEIGHT);
    expect(layout.rows[2].y).toBe(HEADER_HEIGHT + 2 * ROW_HEIGHT);
    expect(layout.height).toBe(HEADER_HEIGHT + items.length * ROW_HEIGHT);
    expect(layout.rowOf.get('P1')?.span).toEqual({ start: 0, finish: 10 });
    expect(layout.rowOf.get('P2')?.span).toBeNull();
  });

  it('covers the horizon in whole years, at the zoom’s month width', () => {
    expect(layout.months).toBe(36); // horizon 24 → the month after it still shows
    expect(layout.width).toBe(36 * 32);
    expect(layoutGantt(items, spans, { horizonMonths: 24, zoom: 'quarter' }).width).toBe(36 * 12);
  });

  it('widens for work, deadlines or baselines beyond the horizon', () => {
    const late = [item('A', { startMonth: 30, duration: 10 })];
    expect(timelineMonths(late, itemSpans(plan(late)), 24)).toBe(48);
    const deadline = [item('A', { deadlineMonth: 50 })];
    expect(timelineMonths(deadline, itemSpans(plan(deadline)), 24)).toBe(60);
  });
});

describe('timelineCells', () => {
  it('bands a plan starting mid-year into calendar years and months', () => {
    const { years, units } = timelineCells('2027-11', { months: 14, monthWidth: 10 }, 'month');
    expect(years.map((cell) => [cell.year, cell.x, cell.width])).toEqual([
      [2027, 0, 20],
      [2028, 20, 120],
    ]);
    expect(units).toHaveLength(14);
    expect(units[0]).toMatchObject({ unit: 11, year: 2027, offset: 0 });
    expect(units[2]).toMatchObject({ unit: 1, year: 2028, x: 20 });
  });

  it('groups months into calendar quarters at quarter zoom', () => {
    const { units } = timelineCells('2027-02', { months: 8, monthWidth: 10 }, 'quarter');
    expect(units.map((cell) => [cell.unit, cell.x, cell.width])).toEqual([
      [1, 0, 20],
      [2, 20, 30],
      [3, 50, 30],
    ]);
  });
});

describe('dependencyPath', () => {
  const chain = [
    item('A', { startMonth: 0, duration: 3 }),
    item('B', { startMonth: 5, duration: 2 }),
    item('C', { startMonth: 1, duration: 2 }),
  ];
  const layout = layoutGantt(chain, itemSpans(plan(chain)), { horizonMonths: 12, zoom: 'month' });
  const mid = (index: number) => HEADER_HEIGHT + index * ROW_HEIGHT + BAR_TOP + BAR_HEIGHT / 2;

  it('runs finish-to-start from the end of the predecessor to the start of the successor', () => {
    const path = dependencyPath(layout, {
      id: 'd',
      predecessorId: 'A',
      successorId: 'B',
      type: 'FS',
      lag: 0,
    });
    expect(path).toBe(`M96,${mid(0)} H102 V${mid(1)} H160`);
  });

  it('runs start-to-start from the start of the predecessor', () => {
    const path = dependencyPath(layout, {
      id: 'd',
      predecessorId: 'A',
      successorId: 'B',
      type: 'SS',
      lag: 0,
    });
    expect(path).toBe(`M0,${mid(0)} H6 V${mid(1)} H160`);
  });

  it('turns back between the rows when the successor starts before the predecessor ends', () => {
    const path = dependencyPath(layout, {
      id: 'd',
      predecessorId: 'A',
      successorId: 'C',
      type: 'FS',
      lag: 0,
    });
    const boundary = HEADER_HEIGHT + 2 * ROW_HEIGHT;
    expect(path).toBe(`M96,${mid(0)} H102 V${boundary} H26 V${mid(2)} H32`);
  });

  it('draws nothing for unscheduled or unknown items', () => {
    expect(
      dependencyPath(layout, { id: 'd', predecessorId: 'A', successorId: 'nope', type: 'FS', lag: 0 }),
    ).toBeNull();
  });
});

describe('dragging', () => {
  it('snaps a drag to whole months', () => {
    expect(monthsFromPixels(47, 32)).toBe(1);
    expect(monthsFromPixels(49, 32)).toBe(2);
    expect(monthsFromPixels(-15, 32)).toBe(0);
    expect(monthsFromPixels(-17, 32)).toBe(-1);
  });

  it('keeps starts within what the API accepts', () => {
    expect(clampStart(-3)).toBe(0);
    expect(clampStart(12)).toBe(12);
    expect(clampStart(MAX_START + 5)).toBe(MAX_START);
  });
});

describe('month and quarter names on the timeline', () => {
  it('names every month when the names fit in a month', () => {
    expect(labelStep(20, 32, 'month')).toBe(1);
  });

  it('names fewer months when the names are long, never letting them touch', () => {
    // e.g. Arabic month names, 40 to 50 pixels wide, in 32-pixel months
    expect(labelStep(50, 32, 'month')).toBe(2);
    expect(labelStep(80, 32, 'month')).toBe(3);
    expect(labelStep(500, 32, 'month')).toBe(12);
    for (const width of [10, 27, 40, 58, 90, 150]) {
      const step = labelStep(width, 32, 'month');
      expect(width + 6).toBeLessThanOrEqual(step * 32);
    }
  });

  it('steps through quarters by halves and years', () => {
    expect(labelStep(20, 36, 'quarter')).toBe(1);
    expect(labelStep(40, 36, 'quarter')).toBe(2);
    expect(labelStep(200, 36, 'quarter')).toBe(4);
  });

  it('names January, April, July and October every third month', () => {
    const named = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].filter((month) => hasLabel(month, 3));
    expect(named).toEqual([1, 4, 7, 10]);
    expect([1, 2, 3, 4].filter((quarter) => hasLabel(quarter, 2))).toEqual([1, 3]);
  });
});
