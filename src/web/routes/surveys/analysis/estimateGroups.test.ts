import { describe, expect, it } from 'vitest';
import type { EstimateDetail } from '../../../../core/survey/types';
import { domainValue, groupEstimates, respondentsLost } from './estimateGroups';

const row = (patch: Partial<EstimateDetail>): EstimateDetail => ({
  stat: 'mean',
  variable: 'api00',
  category: null,
  domain: null,
  estimate: 1,
  se: 0.1,
  ci: [0.8, 1.2],
  n: 100,
  deff: 2,
  effectiveN: 50,
  ...patch,
});

describe('estimate groups', () => {
  it('groups by stat, variable and domain variable, keeping the API order', () => {
    const groups = groupEstimates([
      row({}),
      row({ domain: 'stype=E' }),
      row({ domain: 'stype=H' }),
      row({ stat: 'proportion', variable: 'stype', category: 'E' }),
      row({ stat: 'proportion', variable: 'stype', category: 'H' }),
    ]);
    expect(groups.map((group) => [group.key, group.rows.length])).toEqual([
      ['mean|api00|', 1],
      ['mean|api00|stype', 2],
      ['proportion|stype|', 2],
    ]);
    expect(groups[1].by).toBe('stype');
  });

  it('reads a domain value that itself holds "="', () => {
    expect(domainValue('x=a=b')).toBe('a=b');
    expect(domainValue(null)).toBeNull();
  });

  it('counts the respondents the design cost', () => {
    expect(respondentsLost(row({ n: 1200, effectiveN: 400 }))).toBe(800);
    expect(respondentsLost(row({ deff: null, effectiveN: null }))).toBeNull();
  });
});
