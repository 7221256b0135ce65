// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm writes references as ${name} in plain strings
import jsep from 'jsep';
import { type XPathBinaryOperator, type XPathNode, XPathSyntaxError } from './ast';
import { XPATH_FUNCTIONS } from './functions';
import { type Token, tokenize } from './tokens';

// jsep's operator table is global: these additions only parse text that contains them, and the indicator
// expression parser refuses letters and `=` before calling jsep, so it is unaffected.
jsep.addBinaryOp('or', 1);
jsep.addBinaryOp('and', 2);
jsep.addBinaryOp('=', 6);
jsep.addBinaryOp('div', 10);
jsep.addBinaryOp('mod', 10);

const MAX_LENGTH = 10_000;
const CACHE_LIMIT = 5_000;
const cache = new Map<string, XPathNode>();

/**
 * jsep only sees placeholders (`_0`, `_1`…) for terms and function names, the operators, parentheses and
 * commas: the tokenizer has already checked everything jsep would read differently from XPath (quotes
 * without escapes, names with `-` and `:`, `and` as a name or an operator), so jsep does precedence only.
 */
function rewrite(tokens: Token[]): { source: string; byPlaceholder: Map<string, Token>; starts: number[] } {
  const byPlaceholder = new Map<string, Token>();
  const starts: number[] = [];
  let source = '';
  tokens.forEach((token, i) => {
    let piece = token.text;
    if (
      token.kind !== 'operator' &&
      token.kind !== 'open' &&
      token.kind !== 'close' &&
      token.kind !== 'comma'
    ) {
      piece = `_${i}`;
      byPlaceholder.set(piece, token);
    }
    starts.push(source.length);
    source += token.kind === 'function' ? piece : `${piece} `;
  });
  return { source, byPlaceholder, starts };
}

function tokenAt(tokens: Token[], starts: number[], index: number): Token | undefined {
  let found: Token | undefined;
  starts.forEach((start, i) => {
    if (start <= index) found = tokens[i];
  });
  return found;
}

function checkRegex(name: string, args: XPathNode[], position: number): void {
  const pattern = args[1];
  if (name !== 'regex' || pattern?.kind !== 'string') return;
  try {
    new RegExp(pattern.value);
  } catch {
    throw new XPathSyntaxError(
      'bad_regex',
      position,
      { pattern: pattern.value },
      `invalid regular expression`,
    );
  }
}

function convertCall(call: jsep.CallExpression, tokens: Map<string, Token>): XPathNode {
  const token = tokens.get((call.callee as jsep.Identifier).name) as Token;
  const name = token.text;
  const arity = XPATH_FUNCTIONS[name];
  if (arity === undefined)
    throw new XPathSyntaxError('unknown_function', token.position, { name }, `unknown function ${name}()`);
  const args = call.arguments.map((argument) => convert(argument, tokens, name === 'position'));
  const [min, max] = arity;
  if (args.length < min || args.length > max) {
    const expected = min === max ? `${min}` : max === Number.POSITIVE_INFINITY ? `${min}+` : `${min}-${max}`;
    throw new XPathSyntaxError(
      'wrong_arity',
      token.position,
      { name, expected, count: args.length },
      `${name}() takes ${expected} arguments, not ${args.length}`,
    );
  }
  if (name === 'indexed-repeat' && (args[0]?.kind !== 'ref' || args[1]?.kind !== 'ref'))
    throw new XPathSyntaxError(
      'unsupported_syntax',
      token.position,
      { name },
      'indexed-repeat() takes ${question}, ${repeat}',
    );
  checkRegex(name, args, token.position);
  return { kind: 'call', name, args };
}

function convert(node: jsep.Expression, tokens: Map<string, Token>, parentAllowed = false): XPathNode {
  switch (node.type) {
    case 'Identifier': {
      const token = tokens.get((node as jsep.Identifier).name) as Token;
      if (token.kind === 'number') return { kind: 'number', value: Number(token.text) };
      if (token.kind === 'string') return { kind: 'string', value: token.text };
      if (token.kind === 'ref') return { kind: 'ref', name: token.text };
      if (token.kind === 'current') return { kind: 'current' };
      if (token.kind === 'name') return { kind: 'name', name: token.text };
      if (token.kind === 'parent' && parentAllowed) return { kind: 'parent' };
      throw new XPathSyntaxError(
        'unsupported_syntax',
        token.position,
        { token: token.text },
        `unsupported '${token.text}'`,
      );
    }
    case 'UnaryExpression':
      return { kind: 'negate', argument: convert((node as jsep.UnaryExpression).argument, tokens) };
    case 'BinaryExpression': {
      const binary = node as jsep.BinaryExpression;
      return {
        kind: 'binary',
        operator: binary.operator as XPathBinaryOperator,
        left: convert(binary.left, tokens),
        right: convert(binary.right, tokens),
      };
    }
    case 'CallExpression':
      return convertCall(node as jsep.CallExpression, tokens);
    default:
      throw new XPathSyntaxError('unsupported_syntax', 0, {}, 'unsupported expression');
  }
}

function parseUncached(expression: string): XPathNode {
  if (expression.length > MAX_LENGTH)
    throw new XPathSyntaxError('too_long', MAX_LENGTH, { max: MAX_LENGTH }, 'expression too long');
  const tokens = tokenize(expression);
  const { source, byPlaceholder, starts } = rewrite(tokens);
  let tree: jsep.Expression;
  try {
    tree = jsep(source);
  } catch (error) {
    const token = tokenAt(tokens, starts, (error as { index?: number }).index ?? source.length);
    throw new XPathSyntaxError(
      'unexpected_token',
      token?.position ?? 0,
      { token: token?.text ?? '' },
      'unexpected token',
    );
  }
  return convert(tree, byPlaceholder);
}

/** Parses an XLSForm expression; the same text always gives the same (shared, not to be mutated) tree. */
export function parseXPath(expression: string): XPathNode {
  const cached = cache.get(expression);
  if (cached !== undefined) return cached;
  const node = parseUncached(expression);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(expression, node);
  return node;
}

function collectNames(node: XPathNode, into: Set<string>): void {
  if (node.kind === 'ref') into.add(node.name);
  else if (node.kind === 'negate') collectNames(node.argument, into);
  else if (node.kind === 'binary') {
    collectNames(node.left, into);
    collectNames(node.right, into);
  } else if (node.kind === 'call') for (const argument of node.args) collectNames(argument, into);
}

/** The `${name}`s an expression refers to, in order of first appearance. Throws `XPathSyntaxError`. */
export function referencedNames(expression: string): string[] {
  const names = new Set<string>();
  collectNames(parseXPath(expression), names);
  return [...names];
}
