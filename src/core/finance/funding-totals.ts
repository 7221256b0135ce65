import { FLOW_KINDS, type FlowKind, odaEligibility } from './codes.ts';
import type { RateTable } from './currency.ts';

/** A flow as the totals need it: its own amount and currency, its date and purpose code. */
export interface FlowAmount {
  kind: FlowKind;
  amount: number;
  currency: string;
  /** YYYY-MM-DD */
  flowDate: string;
  purposeCode: string | null;
}

export type OdaStatus = 'yes' | 'partly' | 'unknown';
export const ODA_STATUSES: readonly OdaStatus[] = ['yes', 'partly', 'unknown'];

/** A rate that was applied to at least one flow, so the reader can see what the totals rest on. */
export interface RateUsed {
  fromCurrency: string;
  toCurrency: string;
  rate: number;
  rateDate: string;
  flowCount: number;
}

/** Flows in a currency no rate links to the chosen one: left out of the totals, never guessed. */
export interface MissingRate {
  currency: string;
  flowCount: number;
  /** Their sum in their own currency. */
  amount: number;
}

export interface FundingTotals {
  currency: string;
  byKind: Record<FlowKind, number>;
  /** Each kind's converted total split by the ODA status of the flows' purpose codes. */
  odaByKind: Record<FlowKind, Record<OdaStatus, number>>;
  ratesUsed: RateUsed[];
  missingRates: MissingRate[];
}

const zeroByKind = () => Object.fromEntries(FLOW_KINDS.map((kind) => [kind, 0])) as Record<FlowKind, number>;
const zeroOda = () =>
  Object.fromEntries(FLOW_KINDS.map((kind) => [kind, { yes: 0, partly: 0, unknown: 0 }])) as Record<
    FlowKind,
    Record<OdaStatus, number>
  >;

/** Money is kept to the cent once converted, so sums of many flows stay readable and stable. */
export const roundMoney = (value: number) => Math.round(value * 100) / 100;

/** One flow converted to `currency` with the rate of its date, or null when no rate links the two. */
export function convertFlow(
  table: RateTable,
  flow: Pick<FlowAmount, 'amount' | 'currency' | 'flowDate'>,
  currency: string,
) {
  const conversion = table.convert(flow.amount, flow.currency, currency, flow.flowDate);
  return conversion ? { ...conversion, amount: roundMoney(conversion.amount) } : null;
}

/** Totals by kind (and by ODA status) in one currency, with the rates used and the flows no rate could convert. */
export function fundingTotals(
  flows: readonly FlowAmount[],
  table: RateTable,
  currency: string,
): FundingTotals {
  const byKind = zeroByKind();
  const odaByKind = zeroOda();
  const used = new Map<string, RateUsed>();
  const missing = new Map<string, MissingRate>();
  for (const flow of flows) {
    const converted = convertFlow(table, flow, currency);
    if (!converted) {
      const entry = missing.get(flow.currency) ?? { currency: flow.currency, flowCount: 0, amount: 0 };
      entry.flowCount += 1;
      entry.amount = roundMoney(entry.amount + flow.amount);
      missing.set(flow.currency, entry);
      continue;
    }
    byKind[flow.kind] += converted.amount;
    odaByKind[flow.kind][odaEligibility(flow.purposeCode)] += converted.amount;
    if (converted.rateDate !== null) {
      const key = `${flow.currency}|${converted.rateDate}`;
      const entry = used.get(key) ?? {
        fromCurrency: flow.currency,
        toCurrency: currency,
        rate: converted.rate,
        rateDate: converted.rateDate,
        flowCount: 0,
      };
      entry.flowCount += 1;
      used.set(key, entry);
    }
  }
  for (const kind of FLOW_KINDS) {
    byKind[kind] = roundMoney(byKind[kind]);
    for (const status of ODA_STATUSES) odaByKind[kind][status] = roundMoney(odaByKind[kind][status]);
  }
  const ratesUsed = [...used.values()].sort(
    (a, b) => a.fromCurrency.localeCompare(b.fromCurrency) || a.rateDate.localeCompare(b.rateDate),
  );
  const missingRates = [...missing.values()].sort((a, b) => a.currency.localeCompare(b.currency));
  return { currency, byKind, odaByKind, ratesUsed, missingRates };
}

/**
 * The part of a kind's total under purpose codes that count as ODA in full (`yes`) and in part (`partly`),
 * as fractions of the total; null when the total is zero.
 */
export function odaShare(totals: FundingTotals, kind: FlowKind): Record<OdaStatus, number> | null {
  const total = totals.byKind[kind];
  if (total <= 0) return null;
  const split = totals.odaByKind[kind];
  return {
    yes: split.yes / total,
    partly: split.partly / total,
    unknown: split.unknown / total,
  };
}
