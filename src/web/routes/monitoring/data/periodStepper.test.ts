import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../../../core/indicators/periods';
import { currentPeriod, stepPeriod } from './periodStepper';

const period = (id: string) => {
  const parsed = parsePeriod(id);
  if (!parsed) throw new Error(id);
  return parsed;
};

describe('period stepper', () => {
  it.each([
    ['2026Q1', -1, '2025Q4'],
    ['2026Q4', 1, '2027Q1'],
    ['202601', -1, '202512'],
    ['2026W1', -1, '2025W52'],
    ['2026W53', 1, '2027W1'],
    ['2026', 1, '2027'],
    ['2026July', -1, '2025July'],
  ] as const)('%s stepped by %i is %s', (from, step, to) => {
    expect(stepPeriod(period(from), step).id).toBe(to);
  });

  it('starts on the period holding today', () => {
    expect(currentPeriod('quarterly', '2026-12-06').id).toBe('2026Q4');
    expect(currentPeriod('financial_july', '2026-03-01').id).toBe('2025July');
  });
});
