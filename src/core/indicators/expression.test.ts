import { describe, expect, it } from 'vitest';
import {
  ExpressionError,
  evaluateExpression,
  expressionOperands,
  formatOperand,
  type Operand,
  parseExpression,
} from './expression.ts';

function evaluate(text: string, values: Record<string, number | null>): number | null {
  return evaluateExpression(parseExpression(text), (operand) => values[formatOperand(operand)] ?? null);
}

describe('parseExpression', () => {
  it.each([
    ['#{DE1}', [{ dataElement: 'DE1', categoryOptionCombo: null }]],
    ['#{DE1.F_Y15_24}', [{ dataElement: 'DE1', categoryOptionCombo: 'F_Y15_24' }]],
    [
      '#{a} + #{a} * #{b.c}',
      [
        { dataElement: 'a', categoryOptionCombo: null },
        { dataElement: 'b', categoryOptionCombo: 'c' },
      ],
    ],
    [
      '#{a.x} - #{a}',
      [
        { dataElement: 'a', categoryOptionCombo: 'x' },
        { dataElement: 'a', categoryOptionCombo: null },
      ],
    ],
    [
      '#{fbfJHSPpUQD-x}/#{ pop }',
      [
        { dataElement: 'fbfJHSPpUQD-x', categoryOptionCombo: null },
        { dataElement: 'pop', categoryOptionCombo: null },
      ],
    ],
    ['100', []],
  ])('%s has operands %j', (text, operands) => {
    expect(expressionOperands(parseExpression(text))).toEqual(operands as Operand[]);
  });

  it.each([
    ['', 'empty expression', 0],
    ['   ', 'empty expression', 0],
    ['#{a} +', 'unexpected end of expression', undefined],
    ['(#{a}', 'unexpected end of expression', undefined],
    ['#{a} + * 2', 'unexpected token at 7', 7],
    ['1 2', 'unexpected token at 2', 2],
    ['#{a} #{b}', 'unexpected token at 5', 5],
    ['2**3', 'unexpected token at 2', 2],
    ['()', 'unexpected token at 1', 1],
    ['1 % 2', "unexpected character '%' at 2", 2],
    ['abs(#{a})', "unexpected character 'a' at 0", 0],
    ['#{a} > 1', "unexpected character '>' at 5", 5],
    ['#{a', 'unclosed operand at 0', 0],
    ['1 + #{}', 'invalid operand #{} at 4: expected #{dataElement} or #{dataElement.categoryOptionCombo}', 4],
    [
      '#{a.b.c}',
      'invalid operand #{a.b.c} at 0: expected #{dataElement} or #{dataElement.categoryOptionCombo}',
      0,
    ],
    ['"x"', `unexpected character '"' at 0`, 0],
  ])('rejects %j with %j', (text, message, position) => {
    let caught: unknown;
    try {
      parseExpression(text);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ExpressionError);
    expect((caught as ExpressionError).message).toBe(message);
    if (position !== undefined) expect((caught as ExpressionError).position).toBe(position);
  });
});

describe('ExpressionError codes', () => {
  it.each<[string, string, Record<string, string>]>([
    ['  ', 'empty', {}],
    ['#{a} +', 'unexpected_end', {}],
    ['1 2', 'unexpected_token', {}],
    ['1 % 2', 'unexpected_character', { character: '%' }],
    ['#{a', 'unclosed_operand', {}],
    ['#{a.b.c}', 'invalid_operand', { operand: '#{a.b.c}' }],
  ])('%j is %s', (text, code, params) => {
    let caught: unknown;
    try {
      parseExpression(text);
    } catch (error) {
      caught = error;
    }
    expect(caught).toMatchObject({ code, params });
  });
});

describe('evaluateExpression', () => {
  it.each<[string, Record<string, number | null>, number | null]>([
    ['1', {}, 1],
    ['100', {}, 100],
    ['-2 + 3 * 4', {}, 10],
    ['(2 + 3) * 4', {}, 20],
    ['-(1 - 3)', {}, 2],
    ['10 / 4', {}, 2.5],
    ['#{a} + #{b}', { '#{a}': 2, '#{b}': 3 }, 5],
    ['#{a.F} / #{a}', { '#{a.F}': 3, '#{a}': 12 }, 0.25],
    // One operand missing counts as 0 (SKIP_IF_ALL_VALUES_MISSING).
    ['#{a} + #{b}', { '#{a}': 2 }, 2],
    ['#{a} - #{b} * 2', { '#{b}': 4 }, -8],
    // Every operand missing: the expression is missing.
    ['#{a} + #{b}', {}, null],
    ['#{a} + 1', {}, null],
    // Division by zero anywhere inside gives null.
    ['#{a} / #{b}', { '#{a}': 1, '#{b}': 0 }, null],
    ['#{a} / #{b}', { '#{a}': 1 }, null],
    ['1 / 0 + #{a}', { '#{a}': 5 }, null],
    ['1 / (#{a} - #{a})', { '#{a}': 5 }, null],
    ['0 * #{a}', { '#{a}': 0 }, 0],
    ['#{a} * #{a}', { '#{a}': 1e200 }, null],
  ])('%s with %j is %s', (text, values, expected) => {
    expect(evaluate(text, values)).toBe(expected);
  });

  it('looks up each distinct operand once', () => {
    const seen: string[] = [];
    evaluateExpression(parseExpression('#{a} + #{a} * #{a.x}'), (operand) => {
      seen.push(formatOperand(operand));
      return 1;
    });
    expect(seen).toEqual(['#{a}', '#{a.x}']);
  });
});
