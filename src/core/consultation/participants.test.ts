import { describe, expect, it } from 'vitest';
import { type ParticipantGroup, participantTotals, womenShare } from './participants.ts';

const group = (women: number, men: number, other = 0): ParticipantGroup => ({
  stakeholderType: 'community',
  women,
  men,
  other,
});

describe('participantTotals and womenShare', () => {
  it.each([
    [[], { women: 0, men: 0, other: 0, all: 0 }, null],
    [[group(0, 12)], { women: 0, men: 12, other: 0, all: 12 }, 0],
    [[group(18, 0)], { women: 18, men: 0, other: 0, all: 18 }, 1],
    [[group(5, 10), group(10, 4, 1)], { women: 15, men: 14, other: 1, all: 30 }, 0.5],
    [[group(1, 2)], { women: 1, men: 2, other: 0, all: 3 }, 0.333],
    [[group(2, 1)], { women: 2, men: 1, other: 0, all: 3 }, 0.667],
  ])('%j → %j, women %s', (groups, totals, share) => {
    expect(participantTotals(groups)).toEqual(totals);
    expect(womenShare(participantTotals(groups))).toBe(share);
  });
});
