import { describe, expect, it } from 'vitest';
import { filterRisks, LEVELS, matrixCounts } from './riskMatrix';

const risk = (title: string, likelihood: number, impact: number, category = 'spoilers', status = 'open') => ({
  title,
  likelihood,
  impact,
  category,
  status,
  score: likelihood * impact,
});

const risks = [
  risk('Hard-liners block the police law', 3, 5),
  risk('Donor fatigue', 4, 4, 'durable_funding'),
  risk('Courts backlog', 3, 5, 'sequencing', 'mitigating'),
  risk('Closed', 1, 1, 'coordination', 'closed'),
];

describe('matrixCounts', () => {
  it('counts risks per likelihood and impact', () => {
    const counts = matrixCounts(risks);
    expect(LEVELS).toEqual([1, 2, 3, 4, 5]);
    expect(counts[2][4]).toBe(2);
    expect(counts[3][3]).toBe(1);
    expect(counts[0][0]).toBe(1);
    expect(counts.flat().reduce((a, b) => a + b, 0)).toBe(4);
  });

  it('ignores out-of-range levels', () => {
    expect(
      matrixCounts([
        { likelihood: 6, impact: 1 },
        { likelihood: 1, impact: 0 },
      ])
        .flat()
        .every((n) => n === 0),
    ).toBe(true);
  });
});

describe('filterRisks', () => {
  it('filters by category, status and cell, highest score first', () => {
    const none = { category: null, status: null, cell: null };
    expect(filterRisks(risks, none).map((r) => r.title)).toEqual([
      'Donor fatigue',
      'Courts backlog',
      'Hard-liners block the police law',
      'Closed',
    ]);
    expect(filterRisks(risks, { ...none, cell: { likelihood: 3, impact: 5 } })).toHaveLength(2);
    expect(filterRisks(risks, { ...none, status: 'mitigating' }).map((r) => r.title)).toEqual([
      'Courts backlog',
    ]);
    expect(filterRisks(risks, { ...none, category: 'durable_funding' })).toHaveLength(1);
  });
});
