import jsep from 'jsep';

/**
 * DHIS2 indicator expressions: operands `#{dataElement}` and `#{dataElement.categoryOptionCombo}` (codes or
 * ids), numbers, `+ - * /`, unary minus and parentheses. Anything else (functions, other names, `%`, `**`,
 * comparisons) is rejected. Operands become placeholder names of the same length, so jsep's positions are
 * the positions in the text the user wrote.
 */

/** What is wrong with an expression, for a translated message (the English one stays in `message`). */
export const EXPRESSION_ERROR_CODES = [
  'empty',
  'invalid_operand',
  'too_many_operands',
  'unclosed_operand',
  'unexpected_character',
  'unexpected_token',
  'unexpected_end',
  'unexpected_operator',
  'invalid_expression',
] as const;
export type ExpressionErrorCode = (typeof EXPRESSION_ERROR_CODES)[number];

/** The values a translated message names: the operand text, the character or the operator. */
export interface ExpressionErrorParams {
  operand?: string;
  character?: string;
  operator?: string;
}

export class ExpressionError extends Error {
  /** 0-based character index in the expression, when known. */
  readonly position: number | undefined;
  readonly code: ExpressionErrorCode;
  readonly params: ExpressionErrorParams;

  constructor(
    message: string,
    position?: number,
    code: ExpressionErrorCode = 'invalid_expression',
    params: ExpressionErrorParams = {},
  ) {
    super(message);
    this.name = 'ExpressionError';
    this.position = position;
    this.code = code;
    this.params = params;
  }
}

export interface Operand {
  dataElement: string;
  /** null: every combo of the data element, summed. */
  categoryOptionCombo: string | null;
}

export type ExpressionNode =
  | { kind: 'number'; value: number }
  | { kind: 'operand'; index: number }
  | { kind: 'negate'; argument: ExpressionNode }
  | { kind: 'binary'; operator: '+' | '-' | '*' | '/'; left: ExpressionNode; right: ExpressionNode };

export interface ParsedExpression {
  text: string;
  root: ExpressionNode;
  /** Distinct operands, in order of first appearance; nodes refer to them by index. */
  operands: Operand[];
}

const OPERAND_PATTERN = /#\{([^{}]*)\}/g;
const ALLOWED_OUTSIDE = /[0-9.\s+\-*/()]/;
const BINARY = new Set(['+', '-', '*', '/']);

function operandKey(operand: Operand): string {
  return `${operand.dataElement}\u0000${operand.categoryOptionCombo ?? ''}`;
}

function parseOperand(body: string, position: number): Operand {
  const parts = body.split('.');
  const names = parts.map((part) => part.trim());
  if (names.length > 2 || names.some((name) => name === '')) {
    throw new ExpressionError(
      `invalid operand #{${body}} at ${position}: expected #{dataElement} or #{dataElement.categoryOptionCombo}`,
      position,
      'invalid_operand',
      { operand: `#{${body}}` },
    );
  }
  return { dataElement: names[0] as string, categoryOptionCombo: names[1] ?? null };
}

function placeholder(index: number, length: number, position: number): string {
  const name = `_${index.toString(36)}`;
  if (name.length > length)
    throw new ExpressionError(`too many operands at ${position}`, position, 'too_many_operands');
  return name.padEnd(length, '_');
}

interface Token {
  kind: 'value' | 'open' | 'close' | 'operator';
  text: string;
  position: number;
}

/** Characters and token order checks that jsep would accept but DHIS2 does not (`1 2`, `2**3`, `a`). */
function tokenize(text: string, operandSpans: Map<number, number>): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < text.length) {
    const char = text[index] as string;
    const operandLength = operandSpans.get(index);
    if (operandLength !== undefined) {
      tokens.push({ kind: 'value', text: text.slice(index, index + operandLength), position: index });
      index += operandLength;
    } else if (/\s/.test(char)) {
      index += 1;
    } else if (/[0-9.]/.test(char)) {
      const match = /^[0-9.]+/.exec(text.slice(index)) as RegExpExecArray;
      tokens.push({ kind: 'value', text: match[0], position: index });
      index += match[0].length;
    } else if (ALLOWED_OUTSIDE.test(char)) {
      const kind = char === '(' ? 'open' : char === ')' ? 'close' : 'operator';
      tokens.push({ kind, text: char, position: index });
      index += 1;
    } else if (char === '#' && text[index + 1] === '{') {
      throw new ExpressionError(`unclosed operand at ${index}`, index, 'unclosed_operand');
    } else {
      throw new ExpressionError(`unexpected character '${char}' at ${index}`, index, 'unexpected_character', {
        character: char,
      });
    }
  }
  for (let i = 1; i < tokens.length; i++) {
    const before = tokens[i - 1] as Token;
    const token = tokens[i] as Token;
    const afterTerm = before.kind === 'value' || before.kind === 'close';
    const startsTerm = token.kind === 'value' || token.kind === 'open';
    const afterOperator = before.kind === 'operator' || before.kind === 'open';
    const binaryOnly = token.kind === 'operator' && (token.text === '*' || token.text === '/');
    const closesEarly = token.kind === 'close' && afterOperator;
    if ((afterTerm && startsTerm) || (afterOperator && binaryOnly) || closesEarly) {
      throw new ExpressionError(`unexpected token at ${token.position}`, token.position, 'unexpected_token');
    }
  }
  const first = tokens[0];
  if (first && first.kind === 'operator' && (first.text === '*' || first.text === '/')) {
    throw new ExpressionError(`unexpected token at ${first.position}`, first.position, 'unexpected_token');
  }
  return tokens;
}

function convert(node: jsep.Expression, names: Map<string, number>): ExpressionNode {
  switch (node.type) {
    case 'Literal': {
      const value = (node as jsep.Literal).value;
      if (typeof value !== 'number' || !Number.isFinite(value))
        throw new ExpressionError('unexpected literal');
      return { kind: 'number', value };
    }
    case 'Identifier': {
      const index = names.get((node as jsep.Identifier).name);
      if (index === undefined) throw new ExpressionError('unexpected name');
      return { kind: 'operand', index };
    }
    case 'UnaryExpression': {
      const unary = node as jsep.UnaryExpression;
      const argument = convert(unary.argument, names);
      if (unary.operator === '+') return argument;
      if (unary.operator === '-') return { kind: 'negate', argument };
      throw new ExpressionError(`unexpected operator '${unary.operator}'`, undefined, 'unexpected_operator', {
        operator: unary.operator,
      });
    }
    case 'BinaryExpression': {
      const binary = node as jsep.BinaryExpression;
      if (!BINARY.has(binary.operator))
        throw new ExpressionError(
          `unexpected operator '${binary.operator}'`,
          undefined,
          'unexpected_operator',
          {
            operator: binary.operator,
          },
        );
      return {
        kind: 'binary',
        operator: binary.operator as '+' | '-' | '*' | '/',
        left: convert(binary.left, names),
        right: convert(binary.right, names),
      };
    }
    default:
      throw new ExpressionError('invalid expression');
  }
}

export function parseExpression(text: string): ParsedExpression {
  if (text.trim() === '') throw new ExpressionError('empty expression', 0, 'empty');
  const operands: Operand[] = [];
  const indexByKey = new Map<string, number>();
  const names = new Map<string, number>();
  const operandSpans = new Map<number, number>();
  let rewritten = '';
  let last = 0;
  for (const match of text.matchAll(OPERAND_PATTERN)) {
    const position = match.index as number;
    const operand = parseOperand(match[1] as string, position);
    const key = operandKey(operand);
    let index = indexByKey.get(key);
    if (index === undefined) {
      index = operands.length;
      operands.push(operand);
      indexByKey.set(key, index);
    }
    const name = placeholder(names.size, match[0].length, position);
    names.set(name, index);
    operandSpans.set(position, match[0].length);
    rewritten += text.slice(last, position) + name;
    last = position + match[0].length;
  }
  rewritten += text.slice(last);
  tokenize(text, operandSpans);
  let tree: jsep.Expression;
  try {
    tree = jsep(rewritten);
  } catch (error) {
    const position = (error as { index?: number }).index;
    const atEnd = position === undefined || position >= text.length;
    throw new ExpressionError(
      atEnd ? 'unexpected end of expression' : `unexpected token at ${position}`,
      position,
      atEnd ? 'unexpected_end' : 'unexpected_token',
    );
  }
  return { text, root: convert(tree, names), operands };
}

export function expressionOperands(parsed: ParsedExpression): Operand[] {
  return parsed.operands.map((operand) => ({ ...operand }));
}

class DivisionByZero extends Error {}

function evaluateNode(node: ExpressionNode, values: (number | null)[]): number {
  switch (node.kind) {
    case 'number':
      return node.value;
    case 'operand':
      return values[node.index] ?? 0;
    case 'negate':
      return -evaluateNode(node.argument, values);
    case 'binary': {
      const left = evaluateNode(node.left, values);
      const right = evaluateNode(node.right, values);
      if (node.operator === '+') return left + right;
      if (node.operator === '-') return left - right;
      if (node.operator === '*') return left * right;
      if (right === 0) throw new DivisionByZero();
      return left / right;
    }
  }
}

/**
 * DHIS2's SKIP_IF_ALL_VALUES_MISSING: null when every operand is missing, otherwise missing operands count
 * as 0. Division by zero and non-finite results give null.
 */
export function evaluateExpression(
  parsed: ParsedExpression,
  lookup: (operand: Operand) => number | null,
): number | null {
  const values = parsed.operands.map((operand) => lookup(operand));
  if (values.length > 0 && values.every((value) => value === null)) return null;
  try {
    const result = evaluateNode(parsed.root, values);
    return Number.isFinite(result) ? result : null;
  } catch (error) {
    if (error instanceof DivisionByZero) return null;
    throw error;
  }
}

/** The text of an operand as DHIS2 writes it. */
export function formatOperand(operand: Operand): string {
  return operand.categoryOptionCombo === null
    ? `#{${operand.dataElement}}`
    : `#{${operand.dataElement}.${operand.categoryOptionCombo}}`;
}
