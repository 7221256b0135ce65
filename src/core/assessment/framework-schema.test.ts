import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error.ts';
import { BUILT_IN_FRAMEWORKS } from '../frameworks/index.ts';
import type { Framework } from '../frameworks/types.ts';
import { pefaFramework, tinyFramework } from './fixtures.ts';
import { parseFramework } from './framework-schema.ts';

// biome-ignore lint/suspicious/noExplicitAny: the tests corrupt frameworks on purpose, field by field
type Mutable = Record<string, any>;
/** Returned by a case that replaces the whole input with raw text. */
const notJson = { raw: '{"id": ' };

function flatTiny(): Mutable {
  const framework = tinyFramework() as Mutable;
  framework.groups[2] = {
    id: 'c',
    code: 'C',
    name: { en: 'C' },
    items: [{ id: 'c1', code: 'C1', text: { en: 'Q' } }],
  };
  return framework;
}

function bandedTiny(): Mutable {
  const framework = flatTiny();
  framework.bands = [
    { label: 'low', min: 0, max: 1 },
    { label: 'mid', min: 2, max: 3 },
    { label: 'high', min: 4, max: 4 },
  ];
  return framework;
}

function message(input: unknown): string {
  try {
    parseFramework(input);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('bad_request');
    return (error as AppError).message;
  }
  throw new Error('expected the framework to be rejected');
}

const cases: [string, (f: Mutable) => unknown, string][] = [
  [
    'a zero weight',
    (f) => (f.groups[2].items[0].weight = 0),
    'groups.2.items.0.weight: must be greater than 0',
  ],
  ['a negative group weight', (f) => (f.groups[1].weight = -1), 'groups.1.weight: must be greater than 0'],
  ['a missing English name', (f) => (f.name = { fr: 'Minuscule' }), 'name.en: is required'],
  [
    'an empty text',
    (f) => (f.groups[0].items[1].text.en = '  '),
    'groups.0.items.1.text.en: must not be empty',
  ],
  ['a bad version', (f) => (f.version = 'v1'), 'version: must be a semantic version like 1.0.0'],
  ['a bad id', (f) => (f.id = 'Tiny Framework'), 'id: must be lowercase letters'],
  [
    'an unknown aggregation',
    (f) => (f.aggregation.method = 'median'),
    'aggregation.method: must be one of mean, weighted_mean, pefa',
  ],
  ['a misspelt field', (f) => (f.groups[0].items[0].wieght = 2), 'groups.0.items.0: unknown field "wieght"'],
  [
    'groups nested twice',
    (f) => (f.groups[2].groups = [{ id: 'x', code: 'X', name: { en: 'X' }, items: [], groups: [] }]),
    'groups.2.groups.0.groups: groups nest one level deep at most',
  ],
  [
    'a duplicate id',
    (f) => (f.groups[1].items[0].id = 'a2'),
    'groups.1.items.0.id: "a2" is already used as the id of groups.0.items.1',
  ],
  [
    'a duplicate group code',
    (f) => (f.groups[1].code = 'A'),
    'groups.1.code: "A" is already used as the code of groups.0',
  ],
  [
    'no scale and no levels',
    (f) => delete f.scale,
    'groups.0.items.0.levels: is required when the framework has no scale',
  ],
  [
    'item levels off the scale',
    (f) =>
      (f.groups[0].items[0].levels = [
        { value: 0, label: 'no', descriptor: { en: 'No' } },
        { value: 1, label: 'yes', descriptor: { en: 'Yes' } },
      ]),
    'groups.0.items.0.levels: must use the values of the scale (0, 1, 2, 3, 4)',
  ],
  [
    'a scale out of order',
    (f) => (f.scale[2].value = 1),
    'scale.2.value: must be greater than the level before it (1)',
  ],
  [
    'a group with nothing in it',
    (f) => (f.groups[0].items = []),
    'groups.0.items: a group needs at least one item',
  ],
  ['no groups', (f) => (f.groups = []), 'groups: needs at least one group'],
  [
    'a PEFA method outside PEFA',
    (f) => (f.groups[0].pefaMethod = 'M1'),
    'groups.0.pefaMethod: only frameworks aggregated by "pefa" use M1 or M2',
  ],
  ['not JSON at all', () => notJson, 'not valid JSON'],
];

const bandCases: [string, (f: Mutable) => unknown, string][] = [
  ['overlapping bands', (f) => (f.bands[1].min = 1), 'bands.1.min: overlaps band "low" (0–1)'],
  [
    'a gap between bands',
    (f) => (f.bands[1].max = 2),
    'bands.2.min: leaves a gap after band "mid" (expected 3)',
  ],
  [
    'bands short of the top',
    (f) => (f.bands[2] = { label: 'high', min: 4, max: 3.5 }),
    'bands.2.max: must not be below min (4)',
  ],
  [
    'bands above the top',
    (f) => (f.bands[2].max = 5),
    'bands.2.max: the highest band must end at the scale maximum (4)',
  ],
  [
    'bands above the bottom',
    (f) => (f.bands[0].min = 1),
    'bands.0.min: the lowest band must start at the scale minimum (0)',
  ],
  ['a duplicate band label', (f) => (f.bands[1].label = 'low'), 'bands.1.label: "low" is used twice'],
];

describe('parseFramework', () => {
  it('accepts every built-in framework unchanged', () => {
    for (const framework of BUILT_IN_FRAMEWORKS)
      expect(parseFramework(JSON.parse(JSON.stringify(framework)))).toStrictEqual(framework);
  });

  it('accepts the test frameworks, from JSON text too', () => {
    expect(parseFramework(JSON.stringify(tinyFramework()))).toStrictEqual(tinyFramework());
    expect(parseFramework(bandedTiny())).toStrictEqual(bandedTiny());
    expect(parseFramework(pefaFramework())).toStrictEqual(pefaFramework());
  });

  it.each(cases)('rejects %s, naming the path', (_, mutate, expected) => {
    const framework = flatTiny();
    const replaced = mutate(framework);
    expect(message(replaced === notJson ? notJson.raw : framework)).toContain(expected);
  });

  it.each(bandCases)('rejects %s', (_, mutate, expected) => {
    const framework = bandedTiny();
    mutate(framework);
    expect(message(framework)).toContain(expected);
  });

  it('needs the A–D scale and a method on every indicator in a PEFA framework', () => {
    const noMethod = pefaFramework() as Mutable;
    delete noMethod.groups[1].pefaMethod;
    expect(message(noMethod)).toBe(
      'groups.1.pefaMethod: is required for a PEFA indicator (a group with items)',
    );
    const wrongScale = pefaFramework() as Mutable;
    wrongScale.scale = tinyFramework().scale;
    expect(message(wrongScale)).toBe('scale: a pefa framework needs the scale D=1, C=2, B=3, A=4');
  });

  it('accepts items with their own levels when there is no framework scale, if they share the values', () => {
    const framework = flatTiny() as Framework & Mutable;
    const levels = (framework.scale ?? []).map((level) => ({ ...level }));
    delete framework.scale;
    for (const group of framework.groups) for (const item of group.items) item.levels = levels;
    expect(parseFramework(framework).groups[0].items[0].levels).toHaveLength(5);
    framework.groups[1].items[1].levels = levels.slice(1);
    expect(message(framework)).toBe(
      'groups.1.items.1.levels: must use the values of groups.0.items.0.levels (0, 1, 2, 3, 4)',
    );
  });
});
