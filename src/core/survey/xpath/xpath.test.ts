// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm writes references as ${name} in plain strings
import { describe, expect, it } from 'vitest';
import { ExpressionError, parseExpression } from '../../indicators/expression';
import type { AnswerValue } from '../types';
import { evaluateXPath, parseXPath, referencedNames, type XPathContext, XPathSyntaxError } from './index';

const answers: Record<string, AnswerValue> = {
  age: 34,
  empty: null,
  name: 'Amina',
  fruits: 'apple  mango',
  region: 'north',
  dob: '1990-06-15',
  zero: 0,
  text18: '18',
  decimal: 1.5,
};
const repeated: Record<string, AnswerValue[]> = {
  amount: [10, 20, 5],
  member: [null, null, null],
  label: ['a', 'b', 'c'],
};

function context(current: AnswerValue = null, extra: Partial<XPathContext> = {}): XPathContext {
  return {
    value: (name) => answers[name],
    values: (name) => repeated[name] ?? [answers[name] ?? null],
    current,
    today: '2024-03-01',
    ...extra,
  };
}

const cases: [string, unknown][] = [
  // literals and arithmetic
  ['1 + 2 * 3', 7],
  ['(1 + 2) * 3', 9],
  ['7 div 2', 3.5],
  ['7 mod 3', 1],
  ['-7 mod 3', -1],
  ['1 div 0', Number.POSITIVE_INFINITY],
  ['-1 div 0', Number.NEGATIVE_INFINITY],
  ['0 div 0', Number.NaN],
  ['- 2 - -3', 1],
  ['10 - 2 - 3', 5],
  ['.5 + 1.', 1.5],
  ['"double"', 'double'],
  ["'a\\b'", 'a\\b'],
  // references and empty answers
  ['${age}', 34],
  ['${ age }', 34],
  ['${empty}', ''],
  ['${missing}', ''],
  ["${empty} = ''", true],
  ["${empty} != ''", false],
  ["${zero} != ''", true],
  ["${zero} = ''", false],
  ['${empty} > 18', false],
  ['${empty} < 18', false],
  ['${age} > 18', true],
  ['${age} + 1', 35],
  ['${empty} + 1', Number.NaN],
  // XPath 1.0 comparisons
  ["${age} = '34'", true],
  ['${text18} = 18', true],
  ["'18.0' = 18", true],
  ["'18.0' = '18'", false],
  ["'abc' = 0", false],
  ["'abc' != 0", true],
  ["'b' > 'a'", false],
  ['true() = 1', true],
  ["false() = ''", true],
  ["true() = 'false'", true],
  ['2 >= 2 and 2 <= 2', true],
  ['1 < 2 = true()', true],
  ['1 = 1 or 1 div 0', true],
  ['1 != 1 and 1', false],
  // dates, as ODK: days since 1970-01-01
  ['today()', '2024-03-01'],
  ['${dob} < today()', true],
  ["today() - '2024-02-28'", 2],
  ['int((today() - ${dob}) div 365.25)', 33],
  ["number('1970-01-02')", 1],
  ["'2024-02-30' < today()", false],
  // functions
  ['not(${empty})', true],
  ['not(1)', false],
  ["selected(${fruits}, 'mango')", true],
  ["selected(${fruits}, 'pear')", false],
  ["selected(${fruits}, ' apple ')", true],
  ["selected(${empty}, 'apple')", false],
  ['count-selected(${fruits})', 2],
  ['count-selected(${empty})', 0],
  ['selected-at(${fruits}, 1)', 'mango'],
  ["if(${age} > 18, 'adult', 'minor')", 'adult'],
  ["if(${empty}, 'yes', 'no')", 'no'],
  ['string-length(${name})', 5],
  ['string-length(${empty})', 0],
  ["regex(${name}, '^[A-Z][a-z]+$')", true],
  ["regex('abc', '^\\d+$')", false],
  ["coalesce(${empty}, 'fallback')", 'fallback'],
  ["coalesce(${name}, 'fallback')", 'Amina'],
  ['true()', true],
  ['false()', false],
  ['boolean(0)', false],
  ["boolean('false')", true],
  ["boolean-from-string('true')", true],
  ["number('')", Number.NaN],
  ["number(' 12 ')", 12],
  ["number('1e3')", Number.NaN],
  ['number(true())', 1],
  ['string(12)', '12'],
  ['string(1.5)', '1.5'],
  ['string(1 div 0)', 'Infinity'],
  ['string(0 div 0)', 'NaN'],
  ['string(true())', 'true'],
  ["concat('a', 1, true(), ${empty}, ${name})", 'a1trueAmina'],
  ['int(3.9)', 3],
  ['int(-3.9)', -3],
  ['round(2.5)', 3],
  ['round(-2.5)', -2],
  ['round(3.14159, 2)', 3.14],
  ['floor(-1.5)', -2],
  ['ceiling(1.2)', 2],
  ['abs(-3)', 3],
  ['pow(2, 10)', 1024],
  ["contains(${name}, 'min')", true],
  ["starts-with(${name}, 'Am')", true],
  ["ends-with(${name}, 'na')", true],
  ["substr('abcdef', 1, 3)", 'bc'],
  ["normalize-space('  a   b ')", 'a b'],
  ['once(${age})', 34],
  // repeats
  ['sum(${amount})', 35],
  ['count(${member})', 3],
  ['min(${amount})', 5],
  ['max(${amount}, 25)', 25],
  ["join(${label}, '-')", 'a-b-c'],
  ['indexed-repeat(${label}, ${member}, 2)', 'b'],
  ['indexed-repeat(${label}, ${member}, 9)', ''],
  ['sum(${age})', 34],
];

describe('evaluateXPath', () => {
  it.each(cases)('%s → %s', (expression, expected) => {
    expect(evaluateXPath(expression, context())).toEqual(expected);
  });

  it('reads . as the question being checked', () => {
    expect(evaluateXPath('. >= 0 and . <= 120', context(34))).toBe(true);
    expect(evaluateXPath('. >= 0 and . <= 120', context(150))).toBe(false);
    expect(evaluateXPath('string-length(.) <= 3', context('abcd'))).toBe(false);
    expect(evaluateXPath('string-length()', context('abcd'))).toBe(4);
    expect(evaluateXPath(". = ''", context(null))).toBe(true);
    expect(evaluateXPath("regex(., '^\\d{3}$')", context('123'))).toBe(true);
  });

  it('reads bare names as the columns of the choice being filtered', () => {
    const columns: Record<string, string> = { name: 'kano', region: 'north' };
    const ctx = context(null, { column: (name) => columns[name] });
    expect(evaluateXPath('region=${region}', ctx)).toBe(true);
    expect(evaluateXPath("region = 'south' or name = 'kano'", ctx)).toBe(true);
    expect(evaluateXPath('unknown = ${region}', ctx)).toBe(false);
    expect(
      evaluateXPath(
        "label::English != ''",
        context(null, { column: (name) => (name === 'label::English' ? 'Kano' : null) }),
      ),
    ).toBe(true);
  });

  it('gives position(..) the repeat instance', () => {
    expect(evaluateXPath('position(..)', context(null, { position: 3 }))).toBe(3);
    expect(evaluateXPath('position(..) * 2', context(null, { position: 2 }))).toBe(4);
  });

  it('sees one value per question without `values`', () => {
    const ctx: XPathContext = { value: (name) => answers[name], current: null, today: '2024-03-01' };
    expect(evaluateXPath('sum(${age})', ctx)).toBe(34);
    expect(evaluateXPath('count(${age})', ctx)).toBe(1);
  });

  it('accepts a parsed tree', () => {
    expect(evaluateXPath(parseXPath('${age} * 2'), context())).toBe(68);
  });

  it('keeps operator names usable as names where a term is expected', () => {
    expect(evaluateXPath('div = 1', context(null, { column: (name) => (name === 'div' ? 1 : null) }))).toBe(
      true,
    );
    expect(evaluateXPath('1 and and', context(null, { column: () => 'x' }))).toBe(true);
  });
});

describe('referencedNames', () => {
  it('lists each ${name} once, in order', () => {
    expect(referencedNames('if(${b} > 1, ${a}, concat(${b}, ${c-d.e}))')).toEqual(['b', 'a', 'c-d.e']);
    expect(referencedNames('. > 1')).toEqual([]);
  });
  it('throws on text that does not parse', () => {
    expect(() => referencedNames('${a} >')).toThrow(XPathSyntaxError);
  });
});

function syntaxError(expression: string): XPathSyntaxError {
  try {
    parseXPath(expression);
  } catch (error) {
    if (error instanceof XPathSyntaxError) return error;
    throw error;
  }
  throw new Error(`parsed: ${expression}`);
}

describe('parseXPath syntax errors', () => {
  const errors: [string, string, number, Record<string, unknown>?][] = [
    ['', 'empty', 0],
    ['   ', 'empty', 0],
    ['${a} >', 'unexpected_end', 6],
    ['1 +', 'unexpected_end', 3],
    ['${a} ${b}', 'unexpected_token', 5],
    ['1 2', 'unexpected_token', 2],
    ['* 2', 'unexpected_token', 0],
    ['1 = = 2', 'unexpected_token', 4],
    ['(1 + 2', 'unclosed_parenthesis', 0],
    ['not(1', 'unclosed_parenthesis', 3],
    ['1 + 2)', 'unexpected_token', 5],
    ['()', 'unexpected_token', 1],
    ['concat(1,)', 'unexpected_token', 9],
    ['concat(,1)', 'unexpected_token', 7],
    ['(1, 2)', 'unexpected_token', 2],
    ["'abc", 'unclosed_string', 0],
    ['1 + "x', 'unclosed_string', 4],
    ['${abc', 'unclosed_reference', 0],
    ['${} = 1', 'empty_reference', 0],
    ['${a} == 1', 'unexpected_token', 6],
    ['${a} && ${b}', 'unexpected_character', 5],
    ['${a} | ${b}', 'unexpected_character', 5],
    ['${a}[1]', 'unexpected_character', 4],
    ['@id', 'unexpected_character', 0],
    ['$x', 'unexpected_character', 0],
    ['/data/age > 1', 'unsupported_path', 0],
    ['data/age > 1', 'unsupported_path', 0],
    ['1 + ..', 'unsupported_syntax', 4],
    ["jr:choice-name(${a}, '${a}')", 'unknown_function', 0, { name: 'jr:choice-name' }],
    ['1 + uuid()', 'unknown_function', 4, { name: 'uuid' }],
    ['if(1, 2)', 'wrong_arity', 0, { name: 'if', expected: '3', count: 2 }],
    ['today(1)', 'wrong_arity', 0, { name: 'today', expected: '0', count: 1 }],
    ['round(1, 2, 3)', 'wrong_arity', 0, { name: 'round', expected: '1-2', count: 3 }],
    ['min()', 'wrong_arity', 0, { name: 'min', expected: '1+', count: 0 }],
    ["regex(., '(')", 'bad_regex', 0, { pattern: '(' }],
    ['indexed-repeat(1, ${r}, 1)', 'unsupported_syntax', 0],
    ['1 1e3', 'unexpected_token', 2],
  ];
  it.each(errors)('%s → %s at %i', (expression, code, position, params) => {
    const error = syntaxError(expression);
    expect({ code: error.code, position: error.position }).toEqual({ code, position });
    if (params) expect(error.params).toEqual(params);
    expect(error.message).toMatch(/ at \d+$/);
  });

  it('parses the expressions XLSForms are made of', () => {
    for (const expression of [
      "${consent} = 'yes' and (${age} >= 18 or selected(${roles}, 'guardian'))",
      'not(selected(${a}, "x")) and count-selected(${a}) <= 3',
      "if(${hh_size} > 0, ${income} div ${hh_size}, '')",
      "regex(., '^[0-9]{10}$')",
      '. > 0 and . < 200',
      'position(..) = 1',
      'string-length(normalize-space(${n})) > 0',
      '-${a}--${b}',
    ])
      expect(() => parseXPath(expression)).not.toThrow();
  });

  it('returns the same tree for the same text', () => {
    expect(parseXPath('${a} + 1')).toBe(parseXPath('${a} + 1'));
  });

  it('builds the tree with XPath precedence', () => {
    expect(parseXPath('1 or 2 and 3 = 4 + 5 * -6')).toEqual({
      kind: 'binary',
      operator: 'or',
      left: { kind: 'number', value: 1 },
      right: {
        kind: 'binary',
        operator: 'and',
        left: { kind: 'number', value: 2 },
        right: {
          kind: 'binary',
          operator: '=',
          left: { kind: 'number', value: 3 },
          right: {
            kind: 'binary',
            operator: '+',
            left: { kind: 'number', value: 4 },
            right: {
              kind: 'binary',
              operator: '*',
              left: { kind: 'number', value: 5 },
              right: { kind: 'negate', argument: { kind: 'number', value: 6 } },
            },
          },
        },
      },
    });
  });
});

describe('the jsep operators XPath adds', () => {
  it('leave the indicator expression parser as strict as before', () => {
    parseXPath('1 and 2 = 3 div 4 mod 5 or 6');
    for (const text of ['#{a} = #{b}', '#{a} and #{b}', '#{a} div #{b}', '#{a} mod 2', '#{a} or 1'])
      expect(() => parseExpression(text)).toThrow(ExpressionError);
    expect(parseExpression('#{a} / #{b}').operands).toHaveLength(2);
  });
});
