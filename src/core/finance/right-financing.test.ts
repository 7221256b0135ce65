import { describe, expect, it } from 'vitest';
import { Converter } from './conversion.ts';
import { RateTable } from './currency.ts';
import { type BudgetLineInput, rightFinancing } from './right-financing.ts';

const line = (over: Partial<BudgetLineInput> & Pick<BudgetLineInput, 'id'>): BudgetLineInput => ({
  fiscalYear: 2024,
  actorId: null,
  cofog: '03.1',
  economicClass: 'personnel',
  currency: 'USD',
  approved: 0,
  revised: null,
  executed: null,
  sourceFunderId: null,
  secret: false,
  offBudget: false,
  ...over,
});

const lines = [
  line({ id: 'a', actorId: 'police', approved: 100, revised: 110, executed: 90 }),
  line({ id: 'b', actorId: 'police', economicClass: 'capital', currency: 'EUR', approved: 40, executed: 40 }),
  line({
    id: 'c',
    actorId: 'army',
    cofog: '02.1',
    approved: 150,
    revised: 150,
    executed: 120,
    sourceFunderId: 'eu',
    secret: true,
  }),
  line({
    id: 'd',
    actorId: 'army',
    cofog: '02.1',
    economicClass: 'goods_services',
    currency: 'XOF',
    approved: 1000,
  }),
];
const macro = [
  { fiscalYear: 2024, gdp: 10_000, revenue: 1_800, expenditure: 2_000 },
  { fiscalYear: 2025, gdp: 11_000, revenue: null, expenditure: null },
];

function analyse() {
  const converter = new Converter(
    new RateTable([{ fromCurrency: 'EUR', toCurrency: 'USD', rateDate: '2023-12-31', rate: 1.25 }]),
    'USD',
  );
  const years = rightFinancing(lines, macro, { converter, macroCurrency: 'USD', fiscalYearStartMonth: 1 });
  return { converter, years };
}

describe('right-financing analysis', () => {
  it('totals a year in one currency, leaving out and reporting what has no rate', () => {
    const { converter, years } = analyse();
    const [y2024] = years;
    expect(y2024.lineCount).toBe(4);
    expect(y2024.unconvertedLines).toBe(1);
    // revised is missing on line b, so the revised total is unknown rather than understated
    expect(y2024.total).toEqual({ approved: 300, revised: null, executed: 260 });
    expect(converter.ratesUsed()).toEqual([
      { fromCurrency: 'EUR', toCurrency: 'USD', rate: 1.25, rateDate: '2023-12-31' },
    ]);
    expect(converter.missingRates()).toEqual([
      expect.objectContaining({ currency: 'XOF', toCurrency: 'USD' }),
    ]);
  });

  it('gives shares of GDP and expenditure, composition and the personnel-to-capital ratio', () => {
    const [y2024] = analyse().years;
    expect(y2024.shareOfGdp).toEqual({ approved: 0.03, executed: 0.026 });
    expect(y2024.shareOfExpenditure).toEqual({ approved: 0.15, executed: 0.13 });
    expect(y2024.byCofogGroup).toEqual([
      { group: '02.1', approved: 150 },
      { group: '03.1', approved: 150 },
    ]);
    expect(y2024.byDivision).toEqual([
      { division: '02', approved: 150 },
      { division: '03', approved: 150 },
    ]);
    expect(y2024.byEconomicClass).toEqual([
      { economicClass: 'personnel', approved: 250 },
      { economicClass: 'capital', approved: 50 },
    ]);
    expect(y2024.personnelToCapital).toBe(5);
  });

  it('measures credibility per institution and overall, transparency and who pays', () => {
    const [y2024] = analyse().years;
    expect(y2024.byInstitution).toEqual([
      { actorId: 'police', approved: 150, revised: null, executed: 140, credibility: 140 / 150 },
      { actorId: 'army', approved: 150, revised: 150, executed: 120, credibility: 0.8 },
    ]);
    expect(y2024.credibility).toBeCloseTo(260 / 300);
    expect(y2024.aggregateDeviation).toBeCloseTo(-40 / 300);
    expect(y2024.opaque).toEqual({ approved: 150, share: 0.5 });
    expect(y2024.domestic).toEqual({ approved: 150, share: 0.5 });
    expect(y2024.donorFinanced).toEqual({
      approved: 150,
      share: 0.5,
      byFunder: [{ funderId: 'eu', approved: 150 }],
    });
  });

  it('shows a year with macro figures but no budget as explicit nulls', () => {
    const [, y2025] = analyse().years;
    expect(y2025.fiscalYear).toBe(2025);
    expect(y2025.gdp).toBe(11_000);
    expect(y2025.expenditure).toBeNull();
    expect(y2025.total).toEqual({ approved: 0, revised: null, executed: null });
    expect(y2025.shareOfGdp).toEqual({ approved: null, executed: null });
    expect(y2025.credibility).toBeNull();
    expect(y2025.personnelToCapital).toBeNull();
    expect(y2025.opaque.share).toBeNull();
  });

  it('converts at the rate in force on the first day of a fiscal year that starts in July', () => {
    const converter = new Converter(
      new RateTable([
        { fromCurrency: 'EUR', toCurrency: 'USD', rateDate: '2024-01-01', rate: 1 },
        { fromCurrency: 'EUR', toCurrency: 'USD', rateDate: '2024-07-01', rate: 2 },
      ]),
      'USD',
    );
    const [year] = rightFinancing([line({ id: 'x', currency: 'EUR', approved: 10, executed: 5 })], [], {
      converter,
      macroCurrency: 'USD',
      fiscalYearStartMonth: 7,
    });
    expect(year.total).toEqual({ approved: 20, revised: null, executed: 10 });
    expect(year.gdp).toBeNull();
  });
});
