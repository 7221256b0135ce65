/**
 * The parts of the IATI 2.0x activity schema the reader checks while it streams, as tables: which
 * elements and attributes exist, which children may appear once, which are required, which
 * attributes are required or typed, and which elements carry a code but no text. A breach becomes
 * a warning (the file stays usable); legacy 1.0x files are not held to these rules.
 */

export interface ElementRule {
  /** Children allowed at most once inside this element. */
  once?: readonly string[];
  /** Children that must appear. */
  children?: readonly string[];
  attributes?: readonly string[];
  /** The element holds a code in its attributes, never text. */
  noText?: boolean;
  /** The element's text is a required xsd:decimal. */
  decimalText?: boolean;
}

const code = { attributes: ['code'], noText: true } as const;
const narrative = { children: ['narrative'], once: [] } as const;
const period = { attributes: ['iso-date'], noText: true } as const;
const periodicAmount = {
  once: ['period-start', 'period-end', 'value', 'provider-org', 'receiver-org'],
};

export const ELEMENT_RULES: ReadonlyMap<string, ElementRule> = new Map<string, ElementRule>(
  Object.entries({
    'iati-activity': {
      children: ['iati-identifier', 'reporting-org', 'title'],
      once: [
        'iati-identifier',
        'reporting-org',
        'title',
        'activity-status',
        'activity-scope',
        'country-budget-items',
        'collaboration-type',
        'default-flow-type',
        'default-finance-type',
        'default-tied-status',
        'capital-spend',
        'conditions',
        'crs-add',
        'fss',
      ],
    },
    'reporting-org': { attributes: ['ref', 'type'], children: ['narrative'] },
    title: narrative,
    description: narrative,
    comment: narrative,
    organisation: narrative,
    department: narrative,
    'person-name': narrative,
    'job-title': narrative,
    'mailing-address': narrative,
    'activity-description': narrative,
    name: narrative,
    'participating-org': { attributes: ['role'] },
    'other-identifier': { attributes: ['ref', 'type'], noText: true },
    'activity-status': code,
    'activity-scope': code,
    'activity-date': { attributes: ['type', 'iso-date'] },
    'contact-info': { once: ['organisation', 'department', 'person-name', 'job-title'] },
    'recipient-country': { attributes: ['code'] },
    'recipient-region': { attributes: ['code'] },
    location: {
      once: [
        'location-reach',
        'name',
        'description',
        'activity-description',
        'point',
        'exactness',
        'location-class',
        'feature-designation',
      ],
    },
    'location-reach': code,
    'location-id': { attributes: ['code', 'vocabulary'] },
    administrative: { attributes: ['code', 'vocabulary'] },
    point: { attributes: ['srsName'], children: ['pos'], once: ['pos'] },
    exactness: code,
    'location-class': code,
    'feature-designation': code,
    sector: { attributes: ['code'] },
    tag: { attributes: ['code', 'vocabulary'] },
    'country-budget-items': { attributes: ['vocabulary'], children: ['budget-item'] },
    'budget-item': { attributes: ['code'], once: ['description'] },
    'humanitarian-scope': { attributes: ['type', 'vocabulary', 'code'] },
    'policy-marker': { attributes: ['code'] },
    'collaboration-type': code,
    'default-flow-type': code,
    'default-finance-type': code,
    'default-aid-type': code,
    'default-tied-status': code,
    budget: { ...periodicAmount, children: ['period-start', 'period-end', 'value'] },
    'planned-disbursement': { ...periodicAmount, children: ['period-start', 'value'] },
    'period-start': period,
    'period-end': period,
    value: { attributes: ['value-date'], decimalText: true },
    'capital-spend': { attributes: ['percentage'], noText: true },
    transaction: {
      children: ['transaction-type', 'transaction-date', 'value'],
      once: [
        'transaction-type',
        'transaction-date',
        'value',
        'description',
        'provider-org',
        'receiver-org',
        'disbursement-channel',
        'recipient-country',
        'recipient-region',
        'flow-type',
        'finance-type',
        'tied-status',
      ],
    },
    'transaction-type': code,
    'transaction-date': period,
    'disbursement-channel': code,
    'flow-type': code,
    'finance-type': code,
    'aid-type': code,
    'tied-status': code,
    'document-link': { children: ['title', 'category'], once: ['title'] },
    category: code,
    language: code,
    'related-activity': { attributes: ['ref', 'type'], noText: true },
    'legacy-data': { attributes: ['name', 'value'], noText: true },
    conditions: { attributes: ['attached'] },
    condition: { attributes: ['type'], children: ['narrative'] },
    result: { attributes: ['type'], children: ['title', 'indicator'], once: ['title', 'description'] },
    reference: { attributes: ['code', 'vocabulary'] },
    indicator: { attributes: ['measure'], children: ['title'], once: ['title', 'description'] },
    baseline: { attributes: ['year'], once: ['comment'] },
    period: { children: ['period-start', 'period-end'], once: ['period-start', 'period-end'] },
    target: { once: ['comment'] },
    actual: { once: ['comment'] },
    'crs-add': { once: ['loan-terms', 'loan-status', 'channel-code'] },
    'loan-terms': {
      once: [
        'repayment-type',
        'repayment-plan',
        'commitment-date',
        'repayment-first-date',
        'repayment-final-date',
      ],
    },
    'loan-status': {
      attributes: ['year'],
      once: ['interest-received', 'principal-outstanding', 'principal-arrears', 'interest-arrears'],
    },
    'interest-received': { decimalText: true },
    'principal-outstanding': { decimalText: true },
    'principal-arrears': { decimalText: true },
    'interest-arrears': { decimalText: true },
    fss: { attributes: ['extraction-date'] },
    forecast: { attributes: ['year'], decimalText: true },
  }),
);

/** Every element name of the 2.0x activity schema; others must carry a namespace prefix. */
export const KNOWN_ELEMENTS: ReadonlySet<string> = new Set(
  `activity-date activity-description activity-scope activity-status actual administrative aid-type baseline budget
  budget-item capital-spend category channel-code collaboration-type comment commitment-date condition conditions
  contact-info country-budget-items crs-add default-aid-type default-finance-type default-flow-type
  default-tied-status department description dimension disbursement-channel document-date document-link email
  exactness feature-designation finance-type flow-type forecast fss humanitarian-scope iati-activities iati-activity
  iati-identifier indicator interest-arrears interest-received job-title language legacy-data loan-status loan-terms
  location location-class location-id location-reach mailing-address name narrative organisation other-flags
  other-identifier owner-org participating-org period period-end period-start person-name planned-disbursement point
  policy-marker pos principal-arrears principal-outstanding provider-org receiver-org recipient-country
  recipient-region reference related-activity repayment-final-date repayment-first-date repayment-plan repayment-type
  reporting-org result sector tag target telephone tied-status title transaction transaction-date transaction-type
  value website`.split(/\s+/),
);

/** Every attribute name of the schema; others must carry a namespace prefix. */
export const KNOWN_ATTRIBUTES: ReadonlySet<string> = new Set(
  `activity-id aggregation-status ascending attached budget-not-provided code crs-channel-code currency
  default-currency extraction-date format generated-datetime hierarchy humanitarian iati-equivalent indicator-uri
  iso-date last-updated-datetime level linked-data-default linked-data-uri measure name percentage phaseout-year
  priority provider-activity-id rate-1 rate-2 receiver-activity-id ref role secondary-reporter significance srsName
  status type url value value-date version vocabulary vocabulary-uri year`.split(/\s+/),
);

/** Known attributes that an element may still not carry where it stands. */
export function forbiddenAttributes(name: string, parent: string | undefined): readonly string[] | undefined {
  if (name === 'iati-activity') return ['version']; // removed in 2.01
  if (parent === 'transaction' && (name === 'recipient-country' || name === 'recipient-region'))
    return ['percentage'];
  return undefined;
}

/** Attributes that must not be empty when present. */
export const NON_EMPTY_ATTRIBUTES: ReadonlySet<string> = new Set(['activity-id']);

export type ValueKind = 'date' | 'dateTime' | 'decimal' | 'integer' | 'positiveInteger' | 'boolean';

export const ATTRIBUTE_KINDS: ReadonlyMap<string, ValueKind> = new Map<string, ValueKind>([
  ['iso-date', 'date'],
  ['value-date', 'date'],
  ['extraction-date', 'date'],
  ['generated-datetime', 'dateTime'],
  ['last-updated-datetime', 'dateTime'],
  ['hierarchy', 'integer'],
  ['percentage', 'decimal'],
  ['rate-1', 'decimal'],
  ['rate-2', 'decimal'],
  ['year', 'positiveInteger'],
  ['attached', 'boolean'],
  ['ascending', 'boolean'],
  ['aggregation-status', 'boolean'],
  ['humanitarian', 'boolean'],
]);

const DATE = /^-?\d{4}-(\d{2})-(\d{2})(Z|[+-]\d{2}:\d{2})?$/;
const DATE_TIME = /^-?\d{4}-(\d{2})-(\d{2})T([01]\d|2[0-4]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

function validMonthDay(match: RegExpExecArray | null): boolean {
  if (!match) return false;
  const month = Number(match[1]);
  const day = Number(match[2]);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

const isDigit = (code: number) => code >= 48 && code <= 57;

/** Fast path for the common YYYY-MM-DD (checked without a regular expression: dates are everywhere). */
function isPlainDate(value: string): boolean {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  for (let i = 0; i < 10; i++) if (i !== 4 && i !== 7 && !isDigit(value.charCodeAt(i))) return false;
  const month = (value.charCodeAt(5) - 48) * 10 + value.charCodeAt(6) - 48;
  const day = (value.charCodeAt(8) - 48) * 10 + value.charCodeAt(9) - 48;
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** Whether `value` (already trimmed by the caller when XML allows) is a valid value of the kind. */
export function isValidValue(kind: ValueKind, value: string): boolean {
  if (kind === 'date' && isPlainDate(value)) return true;
  const text = value.trim();
  switch (kind) {
    case 'date':
      return validMonthDay(DATE.exec(text));
    case 'dateTime':
      return validMonthDay(DATE_TIME.exec(text));
    case 'decimal':
      // a valid decimal too large for a double cannot be counted: reported like text that is not a number
      return DECIMAL.test(text) && Number.isFinite(Number(text));
    case 'integer':
      return /^[+-]?\d+$/.test(text);
    case 'positiveInteger':
      return /^\+?\d+$/.test(text) && Number(text) > 0;
    case 'boolean':
      return text === 'true' || text === 'false' || text === '1' || text === '0';
  }
}
