import { describe, expect, it } from 'vitest';
import type { Framework } from '../frameworks/types.ts';
import { consensusAnswers } from './consensus.ts';

const scale = [0, 1, 2, 3, 4].map((value) => ({
  value,
  label: String(value),
  descriptor: { en: `level ${value}` },
}));
const framework: Framework = {
  id: 'tiny',
  version: '1.0.0',
  name: { en: 'Tiny' },
  description: { en: 'Two items' },
  source: 'test',
  scale,
  aggregation: { method: 'mean' },
  groups: [
    {
      id: 'g',
      code: 'G',
      name: { en: 'G' },
      items: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, code: id.toUpperCase(), text: { en: id } })),
    },
  ],
};

describe('consensusAnswers', () => {
  it('prefers the lead, else the lower median score, else insufficient evidence over not applicable', () => {
    const result = consensusAnswers(
      framework,
      {
        lead: { a: 1, c: 'na' },
        x: { a: 4, b: 4, c: 3, d: 'na', e: 'insufficient_evidence' },
        y: { a: 3, b: 1, c: 2, d: 'na', e: 'na' },
        z: { b: 2 },
      },
      ['lead'],
    );
    expect(result).toEqual({ a: 1, b: 2, c: 'na', d: 'na', e: 'insufficient_evidence' });
  });

  it('leaves unanswered items out', () => {
    expect(consensusAnswers(framework, { x: {} })).toEqual({});
  });

  it('takes the lower middle of an even number of scores', () => {
    expect(consensusAnswers(framework, { x: { a: 0 }, y: { a: 4 }, z: { a: 3 }, w: { a: 1 } })).toEqual({
      a: 1,
    });
  });
});
