import type { RateTable } from './currency.ts';

/** Money is kept to the cent once converted, so sums of many amounts stay readable and stable. */
export const roundMoney = (value: number) => Math.round(value * 100) / 100;

/** A rate that was applied (1 fromCurrency = rate toCurrency, in force from rateDate), shown beside the totals it produced. */
export interface RateUsed {
  fromCurrency: string;
  toCurrency: string;
  rate: number;
  rateDate: string;
}

/** Amounts in a currency no rate links to the target: left out of the totals, never guessed. */
export interface MissingRate {
  currency: string;
  toCurrency: string;
  /** How many amounts (flows, budget lines, figures) were left out. */
  count: number;
  /** Their sum in their own currency. */
  amount: number;
}

/**
 * Converts many amounts to one currency and remembers which rates were used and what no rate could
 * convert, so every total can be shown with the rates behind it.
 */
export class Converter {
  private readonly used = new Map<string, RateUsed>();
  private readonly missing = new Map<string, MissingRate>();

  constructor(
    private readonly rates: RateTable,
    readonly targetCurrency: string,
  ) {}

  /** The amount in the target currency, or null (and the amount noted as missing) without a rate. */
  convert(amount: number, currency: string, date: string): number | null {
    const found = this.rates.convert(amount, currency, this.targetCurrency, date);
    if (!found) {
      const entry = this.missing.get(currency) ?? {
        currency,
        toCurrency: this.targetCurrency,
        count: 0,
        amount: 0,
      };
      entry.count += 1;
      entry.amount = roundMoney(entry.amount + amount);
      this.missing.set(currency, entry);
      return null;
    }
    if (found.rateDate !== null) {
      const key = `${currency}|${found.rateDate}`;
      if (!this.used.has(key))
        this.used.set(key, {
          fromCurrency: currency,
          toCurrency: this.targetCurrency,
          rate: found.rate,
          rateDate: found.rateDate,
        });
    }
    return found.amount;
  }

  ratesUsed(): RateUsed[] {
    return [...this.used.values()].sort(
      (a, b) => a.fromCurrency.localeCompare(b.fromCurrency) || a.rateDate.localeCompare(b.rateDate),
    );
  }

  missingRates(): MissingRate[] {
    return [...this.missing.values()]
      .sort((a, b) => a.currency.localeCompare(b.currency))
      .map((entry) => ({ ...entry }));
  }
}
