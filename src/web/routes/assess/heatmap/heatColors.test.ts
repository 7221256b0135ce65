import { describe, expect, it } from 'vitest';
import { HEAT_STOPS, heatColor, isFinal, textOn } from './heatColors';

const range = { min: 1, max: 5 };

describe('heatColor', () => {
  it('gives the end stops at the ends of the range and the middle stop halfway', () => {
    expect(heatColor(1, range)).toBe(HEAT_STOPS[0]);
    expect(heatColor(3, range)).toBe(HEAT_STOPS[1]);
    expect(heatColor(5, range)).toBe(HEAT_STOPS[2]);
  });

  it('blends between stops and clamps scores outside the range', () => {
    // halfway between #e03131 and #fab005
    expect(heatColor(2, range)).toBe('#ed711b');
    expect(heatColor(0, range)).toBe(HEAT_STOPS[0]);
    expect(heatColor(9, range)).toBe(HEAT_STOPS[2]);
  });

  it('does not divide by an empty range', () => {
    expect(heatColor(2, { min: 2, max: 2 })).toBe(HEAT_STOPS[2]);
  });
});

describe('textOn', () => {
  it('chooses the text colour with the better contrast', () => {
    expect(textOn('#e03131')).toBe('#ffffff');
    expect(textOn('#fab005')).toBe('#212529');
    expect(textOn('#000000')).toBe('#ffffff');
    expect(textOn('#ffffff')).toBe('#212529');
  });
});

describe('isFinal', () => {
  it('counts validated and published assessments as final', () => {
    expect(isFinal('validated')).toBe(true);
    expect(isFinal('published')).toBe(true);
    expect(isFinal('draft')).toBe(false);
  });
});
