import { AppError } from '../../../core/errors/app-error.ts';
import { ExpressionError, expressionOperands, parseExpression } from '../../../core/indicators/expression.ts';
import {
  isResolveError,
  type MetaDataElement,
  type MonitoringMetadata,
  resolveDataElement,
} from './metadata-repo.ts';

/**
 * Indicator expressions checked against a workspace's data elements: the syntax, each operand's data
 * element (by code or id) and, when given, its category option combo.
 */

export interface CheckedOperand {
  dataElement: string;
  name: string;
  combo: string | null;
  element: MetaDataElement;
}

/** What is wrong with an operand, for a translated message (the English one stays in `message`). */
export type OperandErrorCode = 'unknown_data_element' | 'ambiguous_data_element' | 'unknown_combo';

export class OperandError extends Error {
  constructor(
    message: string,
    readonly code: OperandErrorCode,
    readonly params: { dataElement: string; combo?: string },
  ) {
    super(message);
  }
}

/** The operands of a valid expression; throws ExpressionError (syntax) or OperandError (meaning). */
export function checkExpression(meta: MonitoringMetadata, text: string): CheckedOperand[] {
  const operands = expressionOperands(parseExpression(text));
  return operands.map((operand) => {
    const element = resolveDataElement(meta, operand.dataElement);
    if (isResolveError(element))
      throw element.error === 'ambiguous'
        ? new OperandError(
            `data element "${operand.dataElement}" is ambiguous; use its code`,
            'ambiguous_data_element',
            { dataElement: operand.dataElement },
          )
        : new OperandError(`unknown data element "${operand.dataElement}"`, 'unknown_data_element', {
            dataElement: operand.dataElement,
          });
    const combo = operand.categoryOptionCombo;
    if (combo !== null && !element.combos.some((known) => known.toLowerCase() === combo.toLowerCase()))
      throw new OperandError(
        `"${combo}" is not a category option combo of ${element.code}`,
        'unknown_combo',
        {
          dataElement: element.code,
          combo,
        },
      );
    return { dataElement: element.code, name: element.name, combo, element };
  });
}

/** The same check for a body field: 400 naming the field (`numerator: unknown data element "X"`). */
export function requireExpression(meta: MonitoringMetadata, field: string, text: string) {
  try {
    return checkExpression(meta, text);
  } catch (error) {
    if (error instanceof ExpressionError)
      throw new AppError('bad_request', `${field}: ${error.message}`, {
        field,
        ...(error.position === undefined ? {} : { position: error.position }),
      });
    if (error instanceof OperandError)
      throw new AppError('bad_request', `${field}: ${error.message}`, { field });
    throw error;
  }
}

/** The answer of the live check in the indicator form. */
export function expressionCheck(meta: MonitoringMetadata, text: string) {
  try {
    const operands = checkExpression(meta, text);
    return {
      valid: true,
      operands: operands.map(({ dataElement, name, combo }) => ({ dataElement, name, combo })),
    };
  } catch (error) {
    if (error instanceof ExpressionError)
      return {
        valid: false,
        message: error.message,
        code: error.code,
        params: error.params,
        ...(error.position === undefined ? {} : { position: error.position }),
        operands: [],
      };
    if (error instanceof OperandError)
      return { valid: false, message: error.message, code: error.code, params: error.params, operands: [] };
    throw error;
  }
}
