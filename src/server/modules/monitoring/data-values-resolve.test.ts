import { describe, expect, it } from 'vitest';
import type { ValueType } from '../../../core/indicators/types.ts';
import { parseCellForValueType } from './data-values-resolve.ts';

describe('parseCellForValueType', () => {
  it.each<[string | number | boolean | null, ValueType, number | null]>([
    ['12', 'number', 12],
    [' 3.5 ', 'integer', 3.5],
    [7, 'number', 7],
    [true, 'number', 1],
    [false, 'boolean', 0],
    [null, 'number', null],
    ['true', 'boolean', 1],
    [' FALSE ', 'boolean', 0],
    ['true', 'number', null],
    ['abc', 'boolean', null],
    ['1,5', 'number', null],
    // Too large for a double: left to valueTypeProblem, which calls it not finite.
    ['1e999', 'number', Number.POSITIVE_INFINITY],
  ])('%j for a %s element is %s', (raw, valueType, expected) => {
    expect(parseCellForValueType(raw, valueType)).toBe(expected);
  });
});
