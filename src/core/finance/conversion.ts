import type { RateTable } from './currency.ts';

/** A rate that was applied, to be shown beside the totals it produced. */
export interface RateUsed {
  fromCurrency: string;
  toCurrency: string;
  rate: number;
  rateDate: string;
}

/** A currency that could not be converted because no rate links it to the target. */
export interface MissingRate {
  currency: string;
  toCurrency: string;
}

/**
 * Converts many amounts to one currency and remembers which rates were used and which currencies had
 * none, so every total can be shown with the rates behind it.
 */
export class Converter {
  private readonly used = new Map<string, RateUsed>();
  private readonly missing = new Set<string>();

  constructor(
    private readonly rates: RateTable,
    readonly targetCurrency: string,
  ) {}

  /** The amount in the target currency, or null (and the currency noted as missing) without a rate. */
  convert(amount: number, currency: string, date: string): number | null {
    const found = this.rates.convert(amount, currency, this.targetCurrency, date);
    if (!found) {
      this.missing.add(currency);
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
    return [...this.missing].sort().map((currency) => ({ currency, toCurrency: this.targetCurrency }));
  }
}
