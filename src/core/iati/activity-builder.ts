/**
 * Builds `IatiActivity` objects from element events. Handles both the 2.0x layout (text in
 * `<narrative>`, numeric codes) and legacy 1.0x (text directly in the element, letter codes and
 * named date types), since the same elements carry the same meaning in both.
 */
import { DATE_FIELDS, namedTransactionType, transactionTypeName, V1_VOCABULARIES } from './codes';
import type { AttributeSource } from './structure-check';
import type {
  IatiActivity,
  IatiBudget,
  IatiIndicator,
  IatiOrganisation,
  IatiResult,
  IatiSector,
  IatiTransaction,
  IatiWarning,
  TransactionTypeName,
} from './types';

/** Elements whose text the builder keeps (own text, or the first `<narrative>` inside). */
const TEXT_ELEMENTS = new Set([
  'iati-identifier',
  'title',
  'description',
  'reporting-org',
  'participating-org',
  'provider-org',
  'receiver-org',
  'value',
]);

type Attr = (name: string) => string | null;

function emptyActivity(): IatiActivity {
  return {
    identifier: '',
    title: '',
    description: null,
    defaultCurrency: null,
    language: null,
    reportingOrg: null,
    participatingOrgs: [],
    status: null,
    plannedStart: null,
    actualStart: null,
    plannedEnd: null,
    actualEnd: null,
    recipientCountries: [],
    sectors: [],
    budgets: [],
    plannedDisbursements: [],
    transactions: [],
    results: [],
  };
}

interface PendingTransaction extends Omit<IatiTransaction, 'type' | 'value'> {
  type: TransactionTypeName | null;
  value: IatiTransaction['value'] | null;
}
type Target = IatiIndicator['targets'][number];

export class ActivityBuilder {
  private activity: IatiActivity | null = null;
  private transaction: PendingTransaction | null = null;
  private budget: IatiBudget | null = null;
  private result: IatiResult | null = null;
  private indicator: IatiIndicator | null = null;
  private target: Target | null = null;
  private organisation: IatiOrganisation | null = null;
  /** Text capture: depth of the element, its own text, its first narrative's text. */
  private captureDepth = -1;
  private ownText = '';
  private narrativeText: string | null = null;
  private narrativeDepth = -1;
  private currency: string | null = null;
  private valueDate: string | null = null;

  constructor(
    private readonly emit: (activity: IatiActivity) => void,
    private readonly warn: (warning: IatiWarning) => void,
  ) {}

  get wantsText(): boolean {
    return this.captureDepth >= 0;
  }

  text(text: string, depth: number): void {
    if (depth === this.captureDepth) this.ownText += text;
    else if (depth === this.narrativeDepth) this.narrativeText += text;
  }

  /** `depth` is the new element's depth (root = 0); `parent` its parent's name. */
  open(
    name: string,
    parent: string,
    depth: number,
    attrs: AttributeSource & { attribute: Attr; currentLine(): number },
  ): void {
    const attr: Attr = attrs.attribute;
    if (name === 'iati-activity' && depth === 1) {
      this.activity = emptyActivity();
      this.activity.defaultCurrency = attr('default-currency');
      this.activity.language = attr('xml:lang');
      return;
    }
    const activity = this.activity;
    if (!activity) return;
    if (name === 'narrative') {
      if (depth === this.captureDepth + 1 && this.narrativeText === null) {
        this.narrativeText = '';
        this.narrativeDepth = depth;
      }
      return;
    }
    if (TEXT_ELEMENTS.has(name) && this.captureDepth < 0) {
      this.captureDepth = depth;
      this.ownText = '';
      this.narrativeText = null;
    }
    switch (name) {
      case 'reporting-org':
      case 'participating-org':
        if (parent === 'iati-activity')
          this.organisation = {
            ref: attr('ref'),
            name: null,
            role: name === 'participating-org' ? attr('role') : null,
            type: attr('type'),
          };
        return;
      case 'activity-status':
        if (parent === 'iati-activity') activity.status = attr('code');
        return;
      case 'activity-date': {
        const field = DATE_FIELDS[attr('type') ?? ''];
        if (field) activity[field] = attr('iso-date');
        return;
      }
      case 'recipient-country': {
        const country = attr('code');
        if (parent === 'iati-activity' && country) activity.recipientCountries.push(country);
        return;
      }
      case 'sector':
        this.openSector(parent, attr);
        return;
      case 'budget':
      case 'budget-planned': // drafts before 1.0
      case 'planned-disbursement':
        if (parent === 'iati-activity')
          this.budget = {
            type: attr('type'),
            status: attr('status'),
            periodStart: null,
            periodEnd: null,
            value: { value: Number.NaN, currency: null, valueDate: null },
          };
        return;
      case 'period-start':
      case 'period-end':
        this.openPeriod(name, attr('iso-date'));
        return;
      case 'value':
        this.currency = attr('currency');
        this.valueDate = attr('value-date');
        return;
      case 'transaction':
        this.transaction = {
          type: namedTransactionType(attr('type')), // drafts before 1.0
          date: null,
          value: null,
          description: null,
          providerOrg: null,
          receiverOrg: null,
          sectors: [],
        };
        return;
      case 'transaction-type':
        if (this.transaction) {
          const raw = attr('code') ?? '';
          this.transaction.type = transactionTypeName(raw);
          if (!this.transaction.type && raw)
            this.warn({ line: attrs.currentLine(), key: 'unknownTransactionType', params: { code: raw } });
        }
        return;
      case 'transaction-date':
        if (this.transaction) this.transaction.date = attr('iso-date');
        return;
      case 'result':
        this.result = { type: attr('type'), title: null, indicators: [] };
        return;
      case 'indicator':
        if (this.result)
          this.indicator = { title: null, measure: attr('measure'), baseline: null, targets: [] };
        return;
      case 'baseline':
        if (this.indicator) this.indicator.baseline = { year: attr('year'), value: attr('value') };
        return;
      case 'period':
        if (this.indicator) this.target = { periodStart: null, periodEnd: null, target: null, actual: null };
        return;
      case 'target':
      case 'actual':
        if (this.target) this.target[name] = attr('value');
        return;
    }
  }

  private openSector(parent: string, attr: Attr): void {
    const code = attr('code') ?? attr('ref'); // drafts before 1.0 wrote @ref
    if (!code) return; // reported by the structure check
    const vocabulary = attr('vocabulary') ?? '1';
    const rawPercentage = attr('percentage');
    const percentage = rawPercentage === null ? null : Number(rawPercentage);
    const sector: IatiSector = {
      code,
      vocabulary: V1_VOCABULARIES[vocabulary] ?? vocabulary,
      percentage: percentage === null || Number.isNaN(percentage) ? null : percentage,
    };
    if (parent === 'iati-activity') this.activity?.sectors.push(sector);
    else if (parent === 'transaction' && this.transaction) this.transaction.sectors.push(sector);
  }

  private openPeriod(name: 'period-start' | 'period-end', date: string | null): void {
    const field = name === 'period-start' ? 'periodStart' : 'periodEnd';
    if (this.target) this.target[field] = date;
    else if (this.budget) this.budget[field] = date;
  }

  close(name: string, parent: string, depth: number): void {
    const activity = this.activity;
    if (!activity) return;
    let text: string | null = null;
    if (depth === this.captureDepth) {
      text = (this.narrativeText ?? this.ownText).trim() || null;
      this.captureDepth = -1;
      this.narrativeDepth = -1;
    } else if (name === 'narrative' && depth === this.narrativeDepth) {
      this.narrativeDepth = -2; // keep only the first narrative
      return;
    }
    switch (name) {
      case 'iati-activity':
        if (depth !== 1) return;
        this.activity = null;
        this.emit(activity);
        return;
      case 'iati-identifier':
        if (parent === 'iati-activity') activity.identifier = text ?? '';
        return;
      case 'title':
        if (parent === 'iati-activity' && !activity.title) activity.title = text ?? '';
        else if (parent === 'result' && this.result && !this.indicator) this.result.title = text;
        else if (parent === 'indicator' && this.indicator) this.indicator.title = text;
        return;
      case 'description':
        if (parent === 'iati-activity' && activity.description === null) activity.description = text;
        else if (parent === 'transaction' && this.transaction) this.transaction.description = text;
        return;
      case 'reporting-org':
      case 'participating-org':
        if (this.organisation && parent === 'iati-activity') {
          this.organisation.name = text;
          if (name === 'reporting-org') activity.reportingOrg ??= this.organisation;
          else activity.participatingOrgs.push(this.organisation);
          this.organisation = null;
        }
        return;
      case 'provider-org':
      case 'receiver-org':
        if (this.transaction)
          this.transaction[name === 'provider-org' ? 'providerOrg' : 'receiverOrg'] = text;
        return;
      case 'value':
        this.closeValue(parent, text);
        return;
      case 'budget':
      case 'budget-planned':
      case 'planned-disbursement':
        if (this.budget && parent === 'iati-activity') {
          if (!Number.isNaN(this.budget.value.value))
            (name === 'planned-disbursement' ? activity.plannedDisbursements : activity.budgets).push(
              this.budget,
            );
          this.budget = null;
        }
        return;
      case 'transaction':
        this.closeTransaction(activity);
        return;
      case 'period':
        if (this.indicator && this.target) this.indicator.targets.push(this.target);
        this.target = null;
        return;
      case 'indicator':
        if (this.result && this.indicator) this.result.indicators.push(this.indicator);
        this.indicator = null;
        return;
      case 'result':
        if (this.result) activity.results.push(this.result);
        this.result = null;
        return;
    }
  }

  private closeValue(parent: string, text: string | null): void {
    const value = text === null ? Number.NaN : Number(text);
    if (!Number.isFinite(value)) return; // reported by the structure check as not a decimal
    const money = { value, currency: this.currency, valueDate: this.valueDate };
    if (parent === 'transaction' && this.transaction) this.transaction.value = money;
    else if (this.budget) this.budget.value = money;
  }

  private closeTransaction(activity: IatiActivity): void {
    const pending = this.transaction;
    this.transaction = null;
    if (!pending?.type || !pending.value) return; // missing parts are reported by the structure check
    activity.transactions.push({ ...pending, type: pending.type, value: pending.value });
  }
}
