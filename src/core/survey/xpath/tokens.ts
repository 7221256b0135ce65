// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm writes references as ${name} in plain strings
import { XPathSyntaxError } from './ast';

export type TokenKind =
  | 'number'
  | 'string'
  | 'ref'
  | 'current'
  | 'parent'
  | 'name'
  | 'function'
  | 'operator'
  | 'open'
  | 'close'
  | 'comma';

export interface Token {
  kind: TokenKind;
  /** The text as written (operators, names, numbers), or the value (strings, the name inside `${…}`). */
  text: string;
  position: number;
}

const TERMS = new Set<TokenKind>(['number', 'string', 'ref', 'current', 'parent', 'name']);
const WORD_OPERATORS = new Set(['and', 'or', 'div', 'mod']);
const SYMBOL_OPERATORS = ['!=', '<=', '>=', '=', '<', '>', '+', '-', '*'];
// `jr:choice-name` (a namespace prefix) or `label::English` (a choices sheet column in a choice_filter).
const NAME = /^[\p{L}_][\p{L}\p{N}_.-]*(?:::?[\p{L}_][\p{L}\p{N}_.-]*)?/u;
const NUMBER = /^(?:\d+(?:\.\d*)?|\.\d+)/;

/** Whether the token before ends a term, so that `and`, `or`, `div`, `mod` and `*` are operators (XPath 1.0 §3.7). */
function endsTerm(token: Token | undefined): boolean {
  return token !== undefined && (TERMS.has(token.kind) || token.kind === 'close');
}

function fail(code: 'unexpected_character' | 'unsupported_path', position: number, character: string): never {
  const message =
    code === 'unsupported_path'
      ? 'paths are not supported, use ${name}'
      : `unexpected character '${character}'`;
  throw new XPathSyntaxError(code, position, { character }, message);
}

function readDelimited(text: string, start: number): Token {
  const quote = text[start] as string;
  const end = text.indexOf(quote, start + 1);
  if (end < 0) throw new XPathSyntaxError('unclosed_string', start, {}, 'unclosed string');
  return { kind: 'string', text: text.slice(start + 1, end), position: start };
}

function readReference(text: string, start: number): Token {
  const end = text.indexOf('}', start + 2);
  if (end < 0) throw new XPathSyntaxError('unclosed_reference', start, {}, 'unclosed ${…}');
  const name = text.slice(start + 2, end).trim();
  if (name === '') throw new XPathSyntaxError('empty_reference', start, {}, 'empty ${}');
  return { kind: 'ref', text: name, position: start };
}

/** Splits an expression into tokens, telling operator names from names by what comes before (XPath's rule). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < text.length) {
    const char = text[index] as string;
    const rest = text.slice(index);
    const before = tokens[tokens.length - 1];
    let token: Token;
    if (/\s/.test(char)) {
      index += 1;
      continue;
    }
    if (char === '$' && text[index + 1] === '{') token = readReference(text, index);
    else if (char === "'" || char === '"') token = readDelimited(text, index);
    else if (NUMBER.test(rest))
      token = { kind: 'number', text: (NUMBER.exec(rest) as RegExpExecArray)[0], position: index };
    else if (rest.startsWith('..')) token = { kind: 'parent', text: '..', position: index };
    else if (char === '.') token = { kind: 'current', text: '.', position: index };
    else if (char === '(') token = { kind: 'open', text: char, position: index };
    else if (char === ')') token = { kind: 'close', text: char, position: index };
    else if (char === ',') token = { kind: 'comma', text: char, position: index };
    else if (NAME.test(rest)) {
      const name = (NAME.exec(rest) as RegExpExecArray)[0];
      const after = text.slice(index + name.length).trimStart();
      const kind =
        endsTerm(before) && WORD_OPERATORS.has(name)
          ? 'operator'
          : after.startsWith('(')
            ? 'function'
            : 'name';
      token = { kind, text: name, position: index };
      if (kind === 'name' && after.startsWith('/')) fail('unsupported_path', index, '/');
    } else {
      const operator = SYMBOL_OPERATORS.find((candidate) => rest.startsWith(candidate));
      if (operator === undefined)
        fail(char === '/' ? 'unsupported_path' : 'unexpected_character', index, char);
      token = { kind: 'operator', text: operator, position: index };
    }
    // `${a}` and `.` are written raw; everything else is as long as its text (strings add their quotes).
    index +=
      token.kind === 'ref'
        ? text.indexOf('}', index) + 1 - index
        : token.kind === 'string'
          ? token.text.length + 2
          : token.text.length;
    tokens.push(token);
  }
  checkOrder(tokens, text.length);
  return tokens;
}

function unexpected(token: Token): never {
  throw new XPathSyntaxError(
    'unexpected_token',
    token.position,
    { token: token.text },
    `unexpected '${token.text}'`,
  );
}

/** Terms and operators alternate, parentheses balance, commas only separate a function's arguments. */
function checkOrder(tokens: Token[], length: number): void {
  if (tokens.length === 0) throw new XPathSyntaxError('empty', 0, {}, 'empty expression');
  const open: Token[] = [];
  const isCall: boolean[] = [];
  let expectTerm = true;
  tokens.forEach((token, i) => {
    const before = tokens[i - 1];
    switch (token.kind) {
      case 'function':
        if (!expectTerm) unexpected(token);
        break;
      case 'open':
        if (!expectTerm) unexpected(token);
        open.push(token);
        isCall.push(before?.kind === 'function');
        break;
      case 'close': {
        const emptyCall = before?.kind === 'open' && isCall[isCall.length - 1] === true;
        if (open.length === 0 || (expectTerm && !emptyCall)) unexpected(token);
        open.pop();
        isCall.pop();
        expectTerm = false;
        break;
      }
      case 'comma':
        if (expectTerm || isCall[isCall.length - 1] !== true) unexpected(token);
        expectTerm = true;
        break;
      case 'operator':
        if (expectTerm && token.text !== '-') unexpected(token);
        expectTerm = true;
        break;
      default:
        if (!expectTerm) unexpected(token);
        expectTerm = false;
    }
  });
  const unclosed = open[open.length - 1];
  if (unclosed !== undefined)
    throw new XPathSyntaxError('unclosed_parenthesis', unclosed.position, {}, 'unclosed parenthesis');
  if (expectTerm) throw new XPathSyntaxError('unexpected_end', length, {}, 'unexpected end of expression');
}
