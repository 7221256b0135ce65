import { describe, expect, it } from 'vitest';
import { crowdedLabels, type LabelBox } from './labelPlacement';

const box = (id: string, priority: number, x: number, y: number, w = 40, h = 10): LabelBox => ({
  id,
  priority,
  x1: x,
  y1: y,
  x2: x + w,
  y2: y + h,
});

describe('names kept on the sector graph', () => {
  it('keeps every name when none overlap', () => {
    expect(crowdedLabels([box('a', 1, 0, 0), box('b', 1, 100, 0), box('c', 1, 0, 50)])).toEqual(new Set());
  });

  it('drops the less connected of two overlapping names', () => {
    expect(crowdedLabels([box('minor', 1, 10, 5), box('major', 5, 0, 0)])).toEqual(new Set(['minor']));
  });

  it('never leaves two kept names closer than the gap', () => {
    const boxes = Array.from({ length: 60 }, (_, i) => box(`n${i}`, i % 7, (i * 37) % 200, (i * 23) % 120));
    const crowded = crowdedLabels(boxes, 2);
    const kept = boxes.filter((b) => !crowded.has(b.id));
    for (const a of kept)
      for (const b of kept)
        if (a !== b)
          expect(a.x1 < b.x2 + 2 && b.x1 < a.x2 + 2 && a.y1 < b.y2 + 2 && b.y1 < a.y2 + 2).toBe(false);
    expect(kept.length).toBeGreaterThan(0);
  });

  it('keeps a name that only touches another when no gap is asked for', () => {
    expect(crowdedLabels([box('a', 2, 0, 0), box('b', 1, 40, 0)], 0)).toEqual(new Set());
    expect(crowdedLabels([box('a', 2, 0, 0), box('b', 1, 40, 0)], 2)).toEqual(new Set(['b']));
  });

  it('lets a name touch its own actor, not another one', () => {
    const shape = { ...box('shape:a', Number.MAX_SAFE_INTEGER, 0, 0, 20, 20), owner: 'a' };
    const name = { ...box('a', 1, 0, 18), owner: 'a' };
    const other = { ...box('b', 1, 5, 5), owner: 'b' };
    expect(crowdedLabels([shape, name, other])).toEqual(new Set(['b']));
  });

  it('breaks ties by id, so the same graph always shows the same names', () => {
    const one = crowdedLabels([box('b', 1, 0, 0), box('a', 1, 5, 0)]);
    const two = crowdedLabels([box('a', 1, 5, 0), box('b', 1, 0, 0)]);
    expect(one).toEqual(new Set(['b']));
    expect(two).toEqual(one);
  });
});
