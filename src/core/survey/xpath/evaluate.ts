import type { XPathBinaryOperator, XPathContext, XPathNode, XPathValue } from './ast';
import { equals, fromAnswer, toBoolean, toNumber, toText } from './convert';
import { NODESET_FUNCTIONS } from './functions';
import { parseXPath } from './parse';

const regexCache = new Map<string, RegExp | null>();

function compile(pattern: string): RegExp | null {
  let regex = regexCache.get(pattern);
  if (regex === undefined) {
    try {
      regex = new RegExp(pattern);
    } catch {
      regex = null;
    }
    if (regexCache.size > 1000) regexCache.clear();
    regexCache.set(pattern, regex);
  }
  return regex;
}

function choiceNames(value: XPathValue): string[] {
  return toText(value)
    .split(/\s+/)
    .filter((name) => name !== '');
}

/** XPath's round(): halves go up (`round(-2.5)` is -2); ODK's second argument gives decimal places. */
function round(value: number, digits: number): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** digits;
  return Math.floor(value * factor + 0.5) / factor;
}

/** The values of `${name}` across repeat instances, or of any other argument as a single value. */
function nodeset(node: XPathNode, context: XPathContext): XPathValue[] {
  if (node.kind === 'ref' && context.values) return context.values(node.name).map(fromAnswer);
  return [evaluate(node, context)];
}

function nodesetCall(name: string, args: XPathNode[], context: XPathContext): XPathValue {
  const first = nodeset(args[0] as XPathNode, context);
  switch (name) {
    case 'sum':
      return first.reduce<number>((total, value) => total + toNumber(value), 0);
    case 'count':
      return first.length;
    case 'join':
      return first.map(toText).join(toText(evaluate(args[1] as XPathNode, context)));
    case 'indexed-repeat':
      return first[toNumber(evaluate(args[2] as XPathNode, context)) - 1] ?? '';
    default: {
      const numbers = [...first, ...args.slice(1).map((argument) => evaluate(argument, context))].map(
        toNumber,
      );
      if (numbers.length === 0 || numbers.some(Number.isNaN)) return Number.NaN;
      return name === 'min' ? Math.min(...numbers) : Math.max(...numbers);
    }
  }
}

function call(name: string, args: XPathNode[], context: XPathContext): XPathValue {
  if (NODESET_FUNCTIONS.has(name)) return nodesetCall(name, args, context);
  if (name === 'if')
    return evaluate(args[toBoolean(evaluate(args[0] as XPathNode, context)) ? 1 : 2] as XPathNode, context);
  if (name === 'position') return context.position ?? 1;
  const values = args.map((argument) => evaluate(argument, context));
  const [a = fromAnswer(context.current), b = '', c] = values;
  switch (name) {
    case 'true':
      return true;
    case 'false':
      return false;
    case 'not':
      return !toBoolean(a);
    case 'boolean':
      return toBoolean(a);
    case 'boolean-from-string':
      return toText(a) === 'true' || toText(a) === '1';
    case 'number':
      return toNumber(a);
    case 'string':
      return toText(a);
    case 'concat':
      return values.map(toText).join('');
    case 'int':
      return Math.trunc(toNumber(a));
    case 'round':
      return round(toNumber(a), values.length > 1 ? Math.trunc(toNumber(b)) : 0);
    case 'floor':
      return Math.floor(toNumber(a));
    case 'ceiling':
      return Math.ceil(toNumber(a));
    case 'abs':
      return Math.abs(toNumber(a));
    case 'pow':
      return toNumber(a) ** toNumber(b);
    case 'coalesce':
      return toText(a) !== '' ? a : b;
    case 'selected':
      return choiceNames(a).includes(toText(b).trim());
    case 'count-selected':
      return choiceNames(a).length;
    case 'selected-at':
      return choiceNames(a)[toNumber(b)] ?? '';
    case 'string-length':
      return [...toText(a)].length;
    case 'normalize-space':
      return toText(a).trim().replace(/\s+/g, ' ');
    case 'contains':
      return toText(a).includes(toText(b));
    case 'starts-with':
      return toText(a).startsWith(toText(b));
    case 'ends-with':
      return toText(a).endsWith(toText(b));
    case 'substr': {
      const chars = [...toText(a)];
      const start = toNumber(b);
      const end = c === undefined ? chars.length : toNumber(c);
      return chars.slice(start, end).join('');
    }
    case 'regex':
      return compile(toText(b))?.test(toText(a)) ?? false;
    case 'today':
      return context.today;
    case 'once':
      return a;
    default:
      // parseXPath refuses unknown functions; a hand-built tree may not.
      throw new Error(`unknown function ${name}()`);
  }
}

function binary(
  operator: XPathBinaryOperator,
  left: XPathNode,
  right: XPathNode,
  context: XPathContext,
): XPathValue {
  if (operator === 'and') return toBoolean(evaluate(left, context)) && toBoolean(evaluate(right, context));
  if (operator === 'or') return toBoolean(evaluate(left, context)) || toBoolean(evaluate(right, context));
  const a = evaluate(left, context);
  const b = evaluate(right, context);
  switch (operator) {
    case '=':
      return equals(a, b);
    case '!=':
      return !equals(a, b);
    case '<':
      return toNumber(a) < toNumber(b);
    case '<=':
      return toNumber(a) <= toNumber(b);
    case '>':
      return toNumber(a) > toNumber(b);
    case '>=':
      return toNumber(a) >= toNumber(b);
    case '+':
      return toNumber(a) + toNumber(b);
    case '-':
      return toNumber(a) - toNumber(b);
    case '*':
      return toNumber(a) * toNumber(b);
    case 'div':
      return toNumber(a) / toNumber(b);
    case 'mod':
      return toNumber(a) % toNumber(b);
  }
}

function evaluate(node: XPathNode, context: XPathContext): XPathValue {
  switch (node.kind) {
    case 'number':
    case 'string':
      return node.value;
    case 'ref':
      return fromAnswer(context.value(node.name));
    case 'current':
      return fromAnswer(context.current);
    case 'parent':
      return '';
    case 'name':
      return fromAnswer(context.column?.(node.name));
    case 'negate':
      return -toNumber(evaluate(node.argument, context));
    case 'binary':
      return binary(node.operator, node.left, node.right, context);
    case 'call':
      return call(node.name, node.args, context);
  }
}

/**
 * Evaluates an expression (a tree from `parseXPath`, or its text, parsed once and remembered) with XPath
 * 1.0's conversions. Throws `XPathSyntaxError` for text that does not parse, never for answers.
 */
export function evaluateXPath(node: XPathNode | string, context: XPathContext): XPathValue {
  return evaluate(typeof node === 'string' ? parseXPath(node) : node, context);
}
