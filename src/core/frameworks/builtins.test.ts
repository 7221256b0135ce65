import { describe, expect, it } from 'vitest';
import { BUILT_IN_FRAMEWORKS, findFramework } from './index.ts';
import { countItems, listItems } from './structure.ts';
import { type Framework, type LocalizedText, TEXT_LANGUAGES } from './types.ts';

const framework = (id: string): Framework => {
  const found = findFramework(id);
  if (!found) throw new Error(`missing ${id}`);
  return found;
};

const isText = (value: object): value is LocalizedText => typeof (value as { en?: unknown }).en === 'string';

/**
 * Every language missing or blank in any text of a framework, as `<framework> › <path> [<language>]`.
 * Walks the whole structure, so a text field added later is checked too. Groups and items are
 * named by code, scale levels and bands by label.
 */
function untranslated(framework: Framework): string[] {
  const missing: string[] = [];
  const walk = (node: unknown, path: string[]): void => {
    if (Array.isArray(node)) {
      node.forEach((child, index) => {
        walk(child, [...path, String(child?.code ?? child?.label ?? index)]);
      });
    } else if (node && typeof node === 'object') {
      if (isText(node)) {
        for (const language of TEXT_LANGUAGES)
          if (!node[language]?.trim()) missing.push(`${path.join(' › ')} [${language}]`);
        return;
      }
      for (const [key, child] of Object.entries(node))
        walk(child, key === 'groups' || key === 'items' ? path : [...path, key]);
    }
  };
  walk(framework, [framework.id]);
  return missing;
}

describe('built-in framework texts', () => {
  it.each(BUILT_IN_FRAMEWORKS.map((f) => [f.id, f] as const))(
    '%s is complete in en, fr, ar, es and pt',
    (_id, f) => {
      expect(untranslated(f)).toEqual([]);
    },
  );

  it('name the framework, the path and the language of each missing text', () => {
    const text = { en: 'x', fr: 'x', ar: 'x', es: 'x', pt: 'x' };
    const f: Framework = {
      id: 'demo',
      version: '1.0.0',
      name: text,
      description: { ...text, es: ' ' },
      source: 'not a text',
      scale: [{ value: 0, label: '0', descriptor: { en: 'x', fr: 'x', ar: 'x', es: 'x' } }],
      bands: [{ label: 'A', min: 0, max: 0, description: { ...text, fr: '' } }],
      aggregation: { method: 'pefa' },
      groups: [
        {
          id: 'g',
          code: 'PI-1',
          name: text,
          items: [],
          groups: [
            {
              id: 's',
              code: 'SUB',
              name: { en: 'x' },
              items: [
                {
                  id: 'i',
                  code: '1.1',
                  text,
                  guidance: { ...text, ar: undefined },
                  levels: [{ value: 1, label: 'D', descriptor: { ...text, pt: '' } }],
                },
              ],
            },
          ],
        },
      ],
    };
    expect(untranslated(f)).toEqual([
      'demo › description [es]',
      'demo › scale › 0 › descriptor [pt]',
      'demo › bands › A › description [fr]',
      'demo › PI-1 › SUB › name [fr]',
      'demo › PI-1 › SUB › name [ar]',
      'demo › PI-1 › SUB › name [es]',
      'demo › PI-1 › SUB › name [pt]',
      'demo › PI-1 › SUB › 1.1 › guidance [ar]',
      'demo › PI-1 › SUB › 1.1 › levels › D › descriptor [pt]',
    ]);
  });
});

describe('built-in frameworks', () => {
  it('are the six reference frameworks, with their item counts', () => {
    expect(BUILT_IN_FRAMEWORKS.map((f) => [f.id, countItems(f)])).toEqual([
      ['ssg-ten-criteria', 30],
      ['ssr-principles', 15],
      ['ssr-dimensions', 16],
      ['integrity-areas', 27],
      ['defence-integrity-risk', 20],
      ['pefa-style', 22],
    ]);
    expect(findFramework('nope')).toBeUndefined();
  });

  it('cannot be changed by a caller', () => {
    expect(() => {
      (framework('ssr-principles').groups[0].items[0] as { code: string }).code = 'X';
    }).toThrow(TypeError);
  });

  it('ten criteria with 2–4 questions each on the 0–4 scale', () => {
    const f = framework('ssg-ten-criteria');
    expect(f.groups).toHaveLength(10);
    for (const group of f.groups) expect(group.items.length).toBeGreaterThanOrEqual(2);
    for (const group of f.groups) expect(group.items.length).toBeLessThanOrEqual(4);
    expect(f.scale?.map((level) => level.value)).toEqual([0, 1, 2, 3, 4]);
    expect(f.aggregation.method).toBe('mean');
  });

  it('fifteen principles P1–P15, each once', () => {
    const codes = listItems(framework('ssr-principles')).map(({ item }) => item.code);
    expect([...codes].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)))).toEqual(
      Array.from({ length: 15 }, (_, i) => `P${i + 1}`),
    );
  });

  it('four dimensions with 3–5 questions each, each group charted on its own dimension', () => {
    const f = framework('ssr-dimensions');
    expect(f.groups.map((g) => [g.id, g.dimension])).toEqual([
      ['political', 'political'],
      ['institutional', 'institutional'],
      ['economic', 'economic'],
      ['societal', 'societal'],
    ]);
    for (const group of f.groups) expect(group.items.length).toBeGreaterThanOrEqual(3);
    for (const group of f.groups) expect(group.items.length).toBeLessThanOrEqual(5);
  });

  it('integrity areas nest area → sub-area → questions', () => {
    const f = framework('integrity-areas');
    expect(f.groups.map((g) => [g.code, g.groups?.length])).toEqual([
      ['POL', 8],
      ['FIN', 9],
      ['HR', 10],
    ]);
    for (const area of f.groups) expect(area.items).toEqual([]);
  });

  it('defence integrity: five risk areas of 4–6 indicators, five levels each, A–F bands', () => {
    const f = framework('defence-integrity-risk');
    expect(f.groups.map((g) => g.id)).toEqual([
      'political',
      'financial',
      'personnel',
      'operations',
      'procurement',
    ]);
    for (const area of f.groups) expect(area.items.length).toBeGreaterThanOrEqual(4);
    for (const area of f.groups) expect(area.items.length).toBeLessThanOrEqual(6);
    for (const { item } of listItems(f))
      expect(item.levels?.map((level) => level.value)).toEqual([0, 25, 50, 75, 100]);
    expect(f.bands?.map((band) => `${band.label} ${band.min}–${band.max}`)).toEqual([
      'A 83–100',
      'B 67–82',
      'C 50–66',
      'D 33–49',
      'E 17–32',
      'F 0–16',
    ]);
  });

  it('PEFA-style indicators each declare M1 or M2 over dimensions graded A–D', () => {
    const f = framework('pefa-style');
    expect(f.aggregation.method).toBe('pefa');
    expect(f.scale?.map((level) => `${level.label}=${level.value}`)).toEqual(['D=1', 'C=2', 'B=3', 'A=4']);
    expect(f.groups.map((g) => g.pefaMethod)).toEqual(['M1', 'M2', 'M1', 'M1', 'M2', 'M1']);
  });
});
