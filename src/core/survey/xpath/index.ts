export type { XPathBinaryOperator, XPathContext, XPathErrorCode, XPathNode, XPathValue } from './ast';
export { XPATH_ERROR_CODES, XPathSyntaxError } from './ast';
export { equals, toBoolean, toNumber, toText } from './convert';
export { evaluateXPath } from './evaluate';
export { XPATH_FUNCTIONS } from './functions';
export { parseXPath, referencedNames } from './parse';
