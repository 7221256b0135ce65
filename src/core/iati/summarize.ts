/**
 * The summary `custodes iati summarize` prints: activity count, activities per sector code, and
 * transaction totals of the four main types (commitment, disbursement, expenditure, incoming funds)
 * per currency code. Built incrementally so a file of any size is
 * summarised while it streams.
 */
import type { IatiActivity, TransactionTypeName } from './types';

export interface IatiSummary {
  version: string | null;
  activities: number;
  activitiesBySector: Record<string, number>;
  transactionTotals: Record<string, Record<string, number>>;
}

/** The types the totals report, always present even when a file has none of them. */
const MAIN_TYPES: TransactionTypeName[] = ['commitment', 'disbursement', 'expenditure', 'incoming-funds'];

/** Neumaier summation: millions of amounts add up without the float drift a plain sum shows. */
class CompensatedSum {
  private sum = 0;
  private compensation = 0;
  add(value: number): void {
    const next = this.sum + value;
    this.compensation +=
      Math.abs(this.sum) >= Math.abs(value) ? this.sum - next + value : value - next + this.sum;
    this.sum = next;
  }
  get value(): number {
    return this.sum + this.compensation;
  }
}

export class IatiSummaryBuilder {
  private activities = 0;
  private readonly bySector = new Map<string, number>();
  private readonly totals = new Map<string, Map<string, CompensatedSum>>(
    MAIN_TYPES.map((type) => [type, new Map()]),
  );

  add(activity: IatiActivity): void {
    this.activities++;
    const codes = new Set<string>();
    for (const sector of activity.sectors) codes.add(sector.code);
    for (const tx of activity.transactions) for (const sector of tx.sectors) codes.add(sector.code);
    for (const code of codes) this.bySector.set(code, (this.bySector.get(code) ?? 0) + 1);
    for (const tx of activity.transactions) {
      // the summary reports the four flows of aid; loan repayments, equity and the like are left out
      const byCurrency = this.totals.get(tx.type);
      if (!byCurrency) continue;
      const currency = (tx.value.currency || activity.defaultCurrency || 'XXX').toUpperCase();
      let sum = byCurrency.get(currency);
      if (!sum) {
        sum = new CompensatedSum();
        byCurrency.set(currency, sum);
      }
      sum.add(tx.value.value);
    }
  }

  result(version: string | null): IatiSummary {
    const round = (value: number) => Math.round(value * 1e6) / 1e6;
    const sortedEntries = <T>(map: Map<string, T>) =>
      [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return {
      version,
      activities: this.activities,
      activitiesBySector: Object.fromEntries(sortedEntries(this.bySector)),
      transactionTotals: Object.fromEntries(
        sortedEntries(this.totals)
          .sort(([a], [b]) => rank(a) - rank(b))
          .map(([type, byCurrency]) => [
            type,
            Object.fromEntries(
              sortedEntries(byCurrency).map(([currency, sum]) => [currency, round(sum.value)]),
            ),
          ]),
      ),
    };
  }
}

/** The four main types first, in the order of the printed shape, then the others by name. */
function rank(type: string): number {
  const index = MAIN_TYPES.indexOf(type as TransactionTypeName);
  return index >= 0 ? index : MAIN_TYPES.length;
}
