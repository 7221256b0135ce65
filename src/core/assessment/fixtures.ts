import type { Framework, Item } from '../frameworks/types.ts';

/** Small frameworks for the assessment tests. */

const item = (id: string, weight?: number): Item => ({
  id,
  code: id.toUpperCase(),
  text: { en: `Question ${id}` },
  ...(weight === undefined ? {} : { weight }),
});

const zeroToFour = () =>
  [0, 1, 2, 3, 4].map((value) => ({
    value,
    label: String(value),
    descriptor: { en: `Level ${value}` },
  }));

/** Group "a" has three plain items, "b" weighted items, "c" two sub-groups. */
export function tinyFramework(method: 'mean' | 'weighted_mean' = 'mean'): Framework {
  return {
    id: 'tiny',
    version: '1.0.0',
    name: { en: 'Tiny' },
    description: { en: 'A framework for tests' },
    source: 'tests',
    scale: zeroToFour(),
    aggregation: { method },
    groups: [
      {
        id: 'a',
        code: 'A',
        name: { en: 'A' },
        dimension: 'political',
        items: [item('a1'), item('a2'), item('a3')],
      },
      { id: 'b', code: 'B', name: { en: 'B' }, weight: 3, items: [item('b1', 2), item('b2')] },
      {
        id: 'c',
        code: 'C',
        name: { en: 'C' },
        items: [],
        groups: [
          { id: 'c1', code: 'C1', name: { en: 'C1' }, items: [item('c1-1')] },
          { id: 'c2', code: 'C2', name: { en: 'C2' }, weight: 2, items: [item('c2-1'), item('c2-2')] },
        ],
      },
    ],
  };
}

/** Two PEFA-style indicators: "m1" (three dimensions, weakest link) and "m2" (four, averaging). */
export function pefaFramework(): Framework {
  return {
    id: 'pefa-test',
    version: '1.0.0',
    name: { en: 'PEFA test' },
    description: { en: 'PEFA-style indicators for tests' },
    source: 'tests',
    scale: ['D', 'C', 'B', 'A'].map((label, index) => ({
      value: index + 1,
      label,
      descriptor: { en: label },
    })),
    aggregation: { method: 'pefa' },
    groups: [
      {
        id: 'm1',
        code: 'M1',
        name: { en: 'Weakest link' },
        pefaMethod: 'M1',
        items: [item('m1-1'), item('m1-2'), item('m1-3')],
      },
      {
        id: 'm2',
        code: 'M2',
        name: { en: 'Averaging' },
        pefaMethod: 'M2',
        items: [item('m2-1'), item('m2-2'), item('m2-3'), item('m2-4')],
      },
    ],
  };
}
