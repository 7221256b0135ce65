/**
 * Writes IATI 2.03 activity XML from the plain model. Elements follow the order the 2.03 schema
 * requires; the schema's mandatory parts that the model may lack are filled as documented on
 * `iatiActivityXml`. `iatiDocumentChunks` streams a document activity by activity, so an export
 * of any size never builds one big string.
 */
import {
  type IatiActivity,
  type IatiBudget,
  type IatiMoney,
  type IatiResult,
  TRANSACTION_TYPES,
} from './types';

export interface IatiWriteOptions {
  /** Stamped as generated-datetime and last-updated-datetime. */
  generatedAt: Date;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};
const escapeXml = (text: string): string => text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]);

/** Attributes with a value; null and undefined ones are left out. */
function attrs(pairs: Record<string, string | number | null | undefined>): string {
  let out = '';
  for (const [name, value] of Object.entries(pairs))
    if (value !== null && value !== undefined) out += ` ${name}="${escapeXml(String(value))}"`;
  return out;
}

const narrative = (text: string | null): string =>
  text ? `<narrative>${escapeXml(text)}</narrative>` : '<narrative/>';

/** xsd:decimal has no exponent: tiny or huge numbers are spelled out. */
export function decimalText(value: number): string {
  const plain = String(value);
  if (!/e/i.test(plain)) return plain;
  if (Number.isInteger(value)) return BigInt(value).toString();
  return value
    .toFixed(20)
    .replace(/(\.\d*?)0+$/, '$1')
    .replace(/\.$/, '');
}

function money(value: IatiMoney, fallbackDate: string): string {
  return `<value${attrs({ currency: value.currency, 'value-date': value.valueDate ?? fallbackDate })}>${decimalText(value.value)}</value>`;
}

function period(budget: IatiBudget, tag: string, fallbackDate: string): string {
  const start = budget.periodStart ?? budget.value.valueDate ?? fallbackDate;
  // planned-disbursement may omit its end; a budget may not
  const end = budget.periodEnd ?? (tag === 'budget' ? start : null);
  return (
    `<${tag}${attrs({ type: budget.type, status: tag === 'budget' ? budget.status : null })}>` +
    `<period-start iso-date="${escapeXml(start)}"/>` +
    (end ? `<period-end iso-date="${escapeXml(end)}"/>` : '') +
    money(budget.value, start) +
    `</${tag}>`
  );
}

function result(res: IatiResult): string {
  let out = `<result type="${escapeXml(res.type ?? '1')}"><title>${narrative(res.title)}</title>`;
  for (const indicator of res.indicators) {
    out += `<indicator measure="${escapeXml(indicator.measure ?? '1')}"><title>${narrative(indicator.title)}</title>`;
    if (indicator.baseline?.year)
      out += `<baseline${attrs({ year: indicator.baseline.year, value: indicator.baseline.value })}/>`;
    for (const target of indicator.targets) {
      if (!target.periodStart || !target.periodEnd) continue;
      out +=
        `<period><period-start iso-date="${escapeXml(target.periodStart)}"/><period-end iso-date="${escapeXml(target.periodEnd)}"/>` +
        (target.target !== null ? `<target value="${escapeXml(target.target)}"/>` : '') +
        (target.actual !== null ? `<actual value="${escapeXml(target.actual)}"/>` : '') +
        '</period>';
    }
    out += '</indicator>';
  }
  return `${out}</result>`;
}

/** The date an activity falls back on where the schema wants one the model lacks. */
function firstKnownDate(activity: IatiActivity, options: IatiWriteOptions): string {
  const candidates = [
    activity.plannedStart,
    activity.actualStart,
    ...activity.budgets.map((b) => b.periodStart),
    ...activity.transactions.map((t) => t.date),
  ].filter((d): d is string => Boolean(d));
  return candidates.sort()[0] ?? options.generatedAt.toISOString().slice(0, 10);
}

/**
 * One `<iati-activity>`. Where the schema requires what the model may not hold: a missing status
 * is written as 2 (implementation); an activity without any date gets its earliest budget or
 * transaction date as planned start; without participating organisations the reporting
 * organisation is written as funder; results without indicators are left out (the schema needs one).
 */
export function iatiActivityXml(activity: IatiActivity, options: IatiWriteOptions): string {
  const fallbackDate = firstKnownDate(activity, options);
  const reporting = activity.reportingOrg;
  let out =
    `<iati-activity${attrs({
      'last-updated-datetime': options.generatedAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      'xml:lang': activity.language,
      'default-currency': activity.defaultCurrency,
    })}>` +
    `<iati-identifier>${escapeXml(activity.identifier)}</iati-identifier>` +
    `<reporting-org${attrs({ ref: reporting?.ref ?? '', type: reporting?.type ?? '10' })}>${narrative(reporting?.name ?? null)}</reporting-org>` +
    `<title>${narrative(activity.title)}</title>` +
    `<description type="1">${narrative(activity.description)}</description>`;
  const participants = activity.participatingOrgs.length
    ? activity.participatingOrgs
    : [
        {
          ref: reporting?.ref ?? null,
          name: reporting?.name ?? null,
          role: '1',
          type: reporting?.type ?? null,
        },
      ];
  for (const org of participants)
    out += `<participating-org${attrs({ ref: org.ref, type: org.type, role: org.role ?? '1' })}>${org.name ? narrative(org.name) : ''}</participating-org>`;
  out += `<activity-status code="${escapeXml(activity.status ?? '2')}"/>`;
  const dates: [string, string | null][] = [
    ['1', activity.plannedStart],
    ['2', activity.actualStart],
    ['3', activity.plannedEnd],
    ['4', activity.actualEnd],
  ];
  if (dates.every(([, date]) => !date)) dates[0][1] = fallbackDate;
  for (const [type, date] of dates)
    if (date) out += `<activity-date type="${type}" iso-date="${escapeXml(date)}"/>`;
  for (const country of activity.recipientCountries)
    out += `<recipient-country code="${escapeXml(country)}"/>`;
  for (const sector of activity.sectors)
    out += `<sector${attrs({ vocabulary: sector.vocabulary, code: sector.code, percentage: sector.percentage })}/>`;
  for (const budget of activity.budgets) out += period(budget, 'budget', fallbackDate);
  for (const planned of activity.plannedDisbursements)
    out += period(planned, 'planned-disbursement', fallbackDate);
  for (const tx of activity.transactions) {
    const date = tx.date ?? tx.value.valueDate ?? fallbackDate;
    out +=
      `<transaction><transaction-type code="${TRANSACTION_TYPES.indexOf(tx.type) + 1}"/>` +
      `<transaction-date iso-date="${escapeXml(date)}"/>${money(tx.value, date)}` +
      (tx.description !== null ? `<description>${narrative(tx.description)}</description>` : '') +
      (tx.providerOrg !== null ? `<provider-org>${narrative(tx.providerOrg)}</provider-org>` : '') +
      (tx.receiverOrg !== null ? `<receiver-org>${narrative(tx.receiverOrg)}</receiver-org>` : '');
    for (const sector of tx.sectors)
      out += `<sector${attrs({ vocabulary: sector.vocabulary, code: sector.code })}/>`;
    out += '</transaction>';
  }
  for (const res of activity.results) if (res.indicators.length) out += result(res);
  return `${out}</iati-activity>\n`;
}

function documentOpening(options: IatiWriteOptions): string {
  const stamp = options.generatedAt.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03" generated-datetime="${stamp}">\n`;
}
const DOCUMENT_CLOSING = '</iati-activities>\n';

/** A whole document as one string, for small exports and tests. */
export function writeIatiXml(activities: readonly IatiActivity[], options: IatiWriteOptions): string {
  return (
    documentOpening(options) + activities.map((a) => iatiActivityXml(a, options)).join('') + DOCUMENT_CLOSING
  );
}

/** The document in pieces (opening, one per activity, closing), for streaming to a response or file. */
export async function* iatiDocumentChunks(
  activities: Iterable<IatiActivity> | AsyncIterable<IatiActivity>,
  options: IatiWriteOptions,
): AsyncGenerator<string> {
  yield documentOpening(options);
  for await (const activity of activities) yield iatiActivityXml(activity, options);
  yield DOCUMENT_CLOSING;
}
