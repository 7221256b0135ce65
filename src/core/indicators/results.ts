import type { IndicatorLevel } from './types.ts';

/**
 * True when a programme has indicators and none measures an outcome or an impact: the seeds' warning that
 * counting officers trained and money spent says nothing about how the sector is governed.
 */
export function measuresOnlyInputs(levels: readonly IndicatorLevel[]): boolean {
  return levels.length > 0 && levels.every((level) => level === 'input' || level === 'output');
}
