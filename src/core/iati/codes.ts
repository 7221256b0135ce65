/**
 * How the codes of each IATI generation map to the model: v2 numeric transaction types and v1
 * letters, activity date types (numbers, v1 names, pre-1.0 drafts), v1 sector vocabularies.
 */
import { TRANSACTION_TYPES, type TransactionTypeName } from './types';

const V1_TRANSACTION_CODES: Record<string, TransactionTypeName> = {
  IF: 'incoming-funds',
  C: 'commitment',
  D: 'disbursement',
  E: 'expenditure',
  IR: 'interest-payment',
  LR: 'loan-repayment',
  R: 'reimbursement',
  QP: 'purchase-of-equity',
  QS: 'sale-of-equity',
  CG: 'credit-guarantee',
};

/** The transaction type name of a v2 number (1–13) or v1 letter code; null when unknown. */
export function transactionTypeName(code: string): TransactionTypeName | null {
  const trimmed = code.trim();
  if (/^\d+$/.test(trimmed)) return TRANSACTION_TYPES[Number(trimmed) - 1] ?? null;
  return V1_TRANSACTION_CODES[trimmed.toUpperCase()] ?? null;
}

/** A transaction type written by name (drafts before 1.0 wrote `<transaction type="disbursement">`). */
export function namedTransactionType(name: string | null): TransactionTypeName | null {
  return name !== null && (TRANSACTION_TYPES as readonly string[]).includes(name)
    ? (name as TransactionTypeName)
    : null;
}

export const DATE_FIELDS: Record<string, 'plannedStart' | 'actualStart' | 'plannedEnd' | 'actualEnd'> = {
  '1': 'plannedStart',
  'start-planned': 'plannedStart',
  '2': 'actualStart',
  'start-actual': 'actualStart',
  '3': 'plannedEnd',
  'end-planned': 'plannedEnd',
  '4': 'actualEnd',
  'end-actual': 'actualEnd',
  // drafts before 1.0
  start: 'plannedStart',
  completion: 'plannedEnd',
};
export const V1_VOCABULARIES: Record<string, string> = { DAC: '1', 'DAC-3': '2' };
