/**
 * The plain model of one IATI activity, as the streaming reader emits it and the writer consumes it.
 * Codes are kept as IATI writes them; transaction types are normalised to one name per v2 code
 * (code 2, outgoing commitment, is 'commitment', as in `custodes iati summarize`).
 */
export const TRANSACTION_TYPES = [
  'incoming-funds',
  'commitment',
  'disbursement',
  'expenditure',
  'interest-payment',
  'loan-repayment',
  'reimbursement',
  'purchase-of-equity',
  'sale-of-equity',
  'credit-guarantee',
  'incoming-commitment',
  'outgoing-pledge',
  'incoming-pledge',
] as const;
export type TransactionTypeName = (typeof TRANSACTION_TYPES)[number];

export interface IatiOrganisation {
  ref: string | null;
  name: string | null;
  /** v2 role code ('1' funding … '4' implementing) or v1 role name, as read. */
  role: string | null;
  type: string | null;
}

export interface IatiSector {
  code: string;
  /** '1' (DAC 5-digit) by default, '2' (DAC 3-digit), or another vocabulary. */
  vocabulary: string;
  percentage: number | null;
}

export interface IatiMoney {
  value: number;
  currency: string | null;
  valueDate: string | null;
}

export interface IatiBudget {
  type: string | null;
  status: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  value: IatiMoney;
}

export interface IatiTransaction {
  /** v2 name; v1 letter codes (C, D, E, IF, …) and v2 numbers are mapped to it. */
  type: TransactionTypeName;
  date: string | null;
  value: IatiMoney;
  description: string | null;
  providerOrg: string | null;
  receiverOrg: string | null;
  sectors: IatiSector[];
}

export interface IatiIndicator {
  title: string | null;
  measure: string | null;
  baseline: { year: string | null; value: string | null } | null;
  targets: {
    periodStart: string | null;
    periodEnd: string | null;
    target: string | null;
    actual: string | null;
  }[];
}

export interface IatiResult {
  type: string | null;
  title: string | null;
  indicators: IatiIndicator[];
}

export interface IatiActivity {
  identifier: string;
  /** First narrative (or v1 text) of the title, in document order. */
  title: string;
  description: string | null;
  defaultCurrency: string | null;
  language: string | null;
  reportingOrg: IatiOrganisation | null;
  participatingOrgs: IatiOrganisation[];
  /** Activity status code as read. */
  status: string | null;
  /** planned/actual start and end dates, ISO YYYY-MM-DD when given. */
  plannedStart: string | null;
  actualStart: string | null;
  plannedEnd: string | null;
  actualEnd: string | null;
  recipientCountries: string[];
  sectors: IatiSector[];
  budgets: IatiBudget[];
  plannedDisbursements: IatiBudget[];
  transactions: IatiTransaction[];
  results: IatiResult[];
}

/** A problem in a file that is still usable; `key` is a message key rendered in the reader's language. */
export interface IatiWarning {
  line: number;
  key: string;
  params: Record<string, string | number>;
}
