/**
 * Conversion between currencies with rates by date. A rate applies from its date until the next one;
 * an amount dated before the first rate uses the first. The rate used is always returned with the amount.
 */
export interface ExchangeRate {
  fromCurrency: string;
  toCurrency: string;
  /** YYYY-MM-DD */
  rateDate: string;
  /** 1 fromCurrency = rate toCurrency */
  rate: number;
}

export interface Conversion {
  amount: number;
  /** Units of the target currency per unit of the source; 1 for the same currency. */
  rate: number;
  /** Date of the rate used; null for the same currency. */
  rateDate: string | null;
}

/** Rates indexed by pair, each list sorted by date, ready for many conversions. */
export class RateTable {
  private readonly byPair = new Map<string, { date: string; rate: number }[]>();

  constructor(rates: readonly ExchangeRate[]) {
    for (const r of rates) {
      if (!(r.rate > 0)) continue;
      this.add(r.fromCurrency, r.toCurrency, r.rateDate, r.rate);
      this.add(r.toCurrency, r.fromCurrency, r.rateDate, 1 / r.rate, true);
    }
    for (const list of this.byPair.values()) list.sort((a, b) => a.date.localeCompare(b.date));
  }

  private add(from: string, to: string, date: string, rate: number, derived = false) {
    const key = `${from}>${to}`;
    const list = this.byPair.get(key) ?? [];
    // A rate given directly wins over one derived from the inverse pair on the same date.
    const existing = list.find((entry) => entry.date === date);
    if (existing) {
      if (!derived) existing.rate = rate;
      return;
    }
    list.push({ date, rate });
    this.byPair.set(key, list);
  }

  /** The rate from one currency to another on a date, or null when no rate links them. */
  rateOn(from: string, to: string, date: string): { rate: number; rateDate: string | null } | null {
    if (from === to) return { rate: 1, rateDate: null };
    const list = this.byPair.get(`${from}>${to}`);
    if (!list || list.length === 0) return null;
    let chosen = list[0];
    for (const entry of list) {
      if (entry.date <= date) chosen = entry;
      else break;
    }
    return { rate: chosen.rate, rateDate: chosen.date };
  }

  convert(amount: number, from: string, to: string, date: string): Conversion | null {
    const found = this.rateOn(from, to, date);
    return found ? { amount: amount * found.rate, rate: found.rate, rateDate: found.rateDate } : null;
  }
}
