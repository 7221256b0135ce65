import { FLOW_KINDS, type FlowKind, odaEligibility } from './codes.ts';
import { Converter, type MissingRate, type RateUsed, roundMoney } from './conversion.ts';
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
  const converter = new Converter(table, currency);
  for (const flow of flows) {
    const converted = converter.convert(flow.amount, flow.currency, flow.flowDate);
    if (converted === null) continue;
    const amount = roundMoney(converted);
    byKind[flow.kind] += amount;
    odaByKind[flow.kind][odaEligibility(flow.purposeCode)] += amount;
  }
  for (const kind of FLOW_KINDS) {
    byKind[kind] = roundMoney(byKind[kind]);
    for (const status of ODA_STATUSES) odaByKind[kind][status] = roundMoney(odaByKind[kind][status]);
  }
  return {
    currency,
    byKind,
    odaByKind,
    ratesUsed: converter.ratesUsed(),
    missingRates: converter.missingRates(),
  };
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
