import { describe, expect, it } from 'vitest';
import { keywords, type MatchCandidate, matchActivity } from './match.ts';
import type { IatiSector } from './types.ts';

const item = (
  id: string,
  name: string,
  purposeCode: string | null = null,
  description: string | null = null,
): MatchCandidate => ({
  id,
  code: id.toUpperCase(),
  name,
  description,
  purposeCode,
});
const sector = (code: string, vocabulary = '1', percentage: number | null = null): IatiSector => ({
  code,
  vocabulary,
  percentage,
});

const plan = [
  item('police', 'Police recruitment and training', '15210'),
  item('courts', 'Rehabilitate the district courts', '15130'),
  item('prisons', 'Prison health services', '15130', 'Medical care in detention'),
  item('oversight', 'Parliamentary oversight committee capacity', null),
];

describe('keywords', () => {
  it.each([
    ['The Police and the Courts', ['police', 'court']],
    ['Réforme de la police nationale', ['reforme', 'police', 'nationale']],
    ['Apoio à reforma do setor de segurança', ['reforma', 'setor', 'seguranca']],
    ['Project support: phase II', []],
    [null, []],
  ])('%j → %j', (text, expected) => {
    expect([...keywords(text)]).toEqual(expected);
  });
});

describe('matchActivity', () => {
  it.each([
    {
      case: 'one reform activity under the sector code',
      activity: { title: 'Security sector governance', description: null, sectors: [sector('15210')] },
      expected: { planItemId: 'police', kind: 'sector' },
    },
    {
      case: 'two under the code: the one sharing words wins',
      activity: {
        title: 'Health in prisons',
        description: 'Medical services for detainees',
        sectors: [sector('15130')],
      },
      expected: { planItemId: 'prisons', kind: 'sector' },
    },
    {
      case: 'two under the code and no words in common: plan order',
      activity: { title: 'Justice', description: null, sectors: [sector('15130')] },
      expected: { planItemId: 'courts', kind: 'sector' },
    },
    {
      case: 'a code in another vocabulary is not a DAC code',
      activity: { title: 'Something else', description: null, sectors: [sector('15210', '99')] },
      expected: null,
    },
    {
      case: 'no code in common: keywords',
      activity: {
        title: 'Strengthening parliamentary oversight',
        description: 'Capacity of the defence committee',
        sectors: [sector('15220')],
      },
      expected: { planItemId: 'oversight', kind: 'keyword' },
    },
    {
      case: 'one shared word is not enough',
      activity: { title: 'Police cars', description: null, sectors: [] },
      expected: null,
    },
    {
      case: 'nothing in common',
      activity: { title: 'Water and sanitation', description: null, sectors: [sector('14030')] },
      expected: null,
    },
  ])('$case', ({ activity, expected }) => {
    const match = matchActivity(activity, plan);
    if (expected === null) expect(match).toBeNull();
    else expect(match).toMatchObject(expected);
  });

  it('scores a sector match above any keyword match', () => {
    const bySector = matchActivity({ title: 'x', description: null, sectors: [sector('15210')] }, plan);
    expect(bySector?.score).toBeGreaterThanOrEqual(1);
    const byWords = matchActivity(
      { title: 'District courts rehabilitation', description: null, sectors: [] },
      plan,
    );
    expect(byWords).toMatchObject({ planItemId: 'courts', kind: 'keyword' });
    expect(byWords?.score).toBeLessThanOrEqual(1);
  });

  it('matches nothing against an empty plan', () => {
    expect(matchActivity({ title: 'Police', description: null, sectors: [sector('15210')] }, [])).toBeNull();
  });
});
