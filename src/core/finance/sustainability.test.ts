import { describe, expect, it } from 'vitest';
import type { PlanItemData } from '../planning/types.ts';
import { Converter } from './conversion.ts';
import { RateTable } from './currency.ts';
import { projectMacro, resolveAssumptions, scenarioAssumptionsSchema } from './projection.ts';
import { type RecurrentItem, recurrentCostByYear, recurrentStarts } from './recurrent.ts';
import type { BudgetLineInput } from './right-financing.ts';
import { type DonorFlowInput, sustainability } from './sustainability.ts';

// Fiscal years start in July: FY 2025 runs 2025-07 … 2026-06.
const FY_START = 7;
const rates = new RateTable([{ fromCurrency: 'EUR', toCurrency: 'USD', rateDate: '2025-01-01', rate: 1.25 }]);

const budget = (over: Partial<BudgetLineInput> & Pick<BudgetLineInput, 'id'>): BudgetLineInput => ({
  fiscalYear: 2025,
  actorId: 'police',
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
const budgetLines = [
  budget({ id: 'own-pay', approved: 20 }),
  budget({ id: 'own-capital', economicClass: 'capital', approved: 5 }), // not recurrent
  budget({
    id: 'eu-upkeep',
    economicClass: 'goods_services',
    currency: 'EUR',
    approved: 3.2,
    sourceFunderId: 'eu',
  }),
  budget({ id: 'uk-pay', approved: 3, sourceFunderId: 'uk' }),
  budget({ id: 'old-pay', fiscalYear: 2023, approved: 999 }), // an older budget is not the baseline
];

const activity = (over: Partial<RecurrentItem> & Pick<RecurrentItem, 'id'>): RecurrentItem => ({
  parentId: null,
  kind: 'activity',
  code: over.id,
  name: over.id,
  phase: 'main',
  quickImpact: false,
  duration: 9,
  releaseMonth: null,
  deadlineMonth: null,
  weight: 1,
  startMonth: 0,
  baselineStart: null,
  baselineFinish: null,
  status: 'not_started',
  percentComplete: 0,
  actualStart: null,
  actualFinish: null,
  demands: {},
  recurrentCost: 12,
  recurrentCurrency: 'USD',
  recurrentFromMonth: null,
  ...over,
});

const flows: DonorFlowInput[] = [
  { funderId: 'eu', kind: 'disbursement', amount: 1.6, currency: 'EUR', flowDate: '2026-08-01' }, // FY2026: 2 USD
  { funderId: 'eu', kind: 'commitment', amount: 5, currency: 'USD', flowDate: '2028-09-01' }, // FY2028
  { funderId: 'eu', kind: 'commitment', amount: 5, currency: 'USD', flowDate: '2029-09-01' }, // FY2029
  { funderId: 'uk', kind: 'commitment', amount: 3, currency: 'USD', flowDate: '2027-03-01' }, // FY2026 …
  { funderId: 'uk', kind: 'disbursement', amount: 1, currency: 'USD', flowDate: '2027-05-01' }, // … disbursed 1
  { funderId: 'uk', kind: 'expenditure', amount: 50, currency: 'USD', flowDate: '2027-05-01' }, // not financing
];

function run(donorExits: { funderId: string; lastYear: number }[]) {
  const converter = new Converter(rates, 'USD');
  const assumptions = scenarioAssumptionsSchema.parse({
    horizonYears: 4,
    gdpGrowthPct: 10,
    revenueToGdpPct: 20,
    expenditureToRevenuePct: 125,
    securityShareOfExpenditurePct: 10,
    donorExits,
  });
  const base = { fiscalYear: 2025, gdp: 1000, revenue: 200, expenditure: 250 };
  const resolved = resolveAssumptions(assumptions, [base], () => null);
  if (!resolved) throw new Error('no base year');
  const macro = projectMacro(resolved, base);
  // Plan from 2025-07; the activity runs 9 months, so its recurrent cost starts 2026-04 (FY 2025, 3 months).
  const starts = recurrentStarts({ startMonth: '2025-07' }, [activity({ id: 'recruit' })], FY_START);
  const years = macro.map((row) => row.fiscalYear);
  const reformRecurrent = recurrentCostByYear(starts, years, FY_START, converter);
  return sustainability({
    resolved,
    macro,
    budgetLines,
    reformRecurrent,
    donorFlows: flows,
    fiscalYearStartMonth: FY_START,
    converter,
  });
}

const columns = (result: ReturnType<typeof run>) =>
  result.years.map((y) => [
    y.fiscalYear,
    y.fiscalSpace,
    y.baselineRecurrent,
    y.takeOvers,
    y.reformRecurrent,
    y.bill,
    y.donorFinancing,
    y.gap,
    y.surplus,
  ]);

describe('sustainability gap', () => {
  it('the EU leaves in 2028: its recurrent line falls on the state, its later funding disappears', () => {
    const result = run([{ funderId: 'eu', lastYear: 2028 }]);
    expect(result.budgetYear).toBe(2025);
    // year, fiscal space, baseline, take-overs, reform, bill, donors, gap, surplus
    const expected = [
      [2025, 25, 20, 0, 3, 23, 0, 0, 2],
      [2026, 27.5, 20, 0, 12, 32, 3, 1.5, 0],
      [2027, 30.25, 20, 0, 12, 32, 0, 1.75, 0],
      [2028, 33.275, 20, 0, 12, 32, 5, 0, 6.275],
      [2029, 36.6025, 20, 4, 12, 36, 0, 0, 0.6025],
    ];
    columns(result).forEach((row, i) => {
      row.forEach((value, j) => {
        expect(value, `row ${i} column ${j}`).toBeCloseTo(expected[i][j] as number, 6);
      });
    });
    expect(result.totalGap).toBeCloseTo(3.25);
    expect(result.totalSurplus).toBeCloseTo(8.8775);
    expect(result.firstGapYear).toBe(2026);
  });

  it('when the EU stays, nothing is taken over and its 2029 commitment still counts', () => {
    const last = run([]).years.at(-1);
    expect(last?.takeOvers).toBe(0);
    expect(last?.bill).toBe(32);
    expect(last?.donorFinancing).toBe(5);
    expect(last?.surplus).toBeCloseTo(9.6025);
  });
});

describe('scenario assumptions', () => {
  const observed = [
    { fiscalYear: 2023, gdp: 1000, revenue: 180, expenditure: 200 },
    { fiscalYear: 2025, gdp: 1210, revenue: 242, expenditure: 302.5 },
    { fiscalYear: 2026, gdp: null, revenue: null, expenditure: null },
  ];

  it('defaults from the last observed year: trend growth and base-year ratios', () => {
    const resolved = resolveAssumptions(
      scenarioAssumptionsSchema.parse({ horizonYears: 2 }),
      observed,
      (year) => (year === 2025 ? 30.25 : null),
    );
    expect(resolved?.baseYear).toBe(2025);
    expect(resolved?.gdpGrowthPct['2026']).toBeCloseTo(10);
    expect(resolved?.gdpGrowthPct['2027']).toBeCloseTo(10);
    expect(resolved?.revenueToGdpPct).toBeCloseTo(20);
    expect(resolved?.expenditureToRevenuePct).toBeCloseTo(125);
    expect(resolved?.securityShareOfExpenditurePct).toBeCloseTo(10);
  });

  it('a per-year growth map carries each rate forward, the trend before the first', () => {
    const resolved = resolveAssumptions(
      scenarioAssumptionsSchema.parse({ horizonYears: 4, gdpGrowthPct: { '2027': 5, '2029': -2 } }),
      observed,
      () => null,
    );
    const growth = resolved?.gdpGrowthPct ?? {};
    expect(Object.keys(growth)).toEqual(['2026', '2027', '2028', '2029']);
    expect(growth['2026']).toBeCloseTo(10);
    expect([growth['2027'], growth['2028'], growth['2029']]).toEqual([5, 5, -2]);
    expect(resolved?.securityShareOfExpenditurePct).toBeNull();
  });

  it('cannot project without a GDP, and leaves fiscal space unknown without a security share', () => {
    expect(resolveAssumptions(scenarioAssumptionsSchema.parse({}), [], () => null)).toBeNull();
    const resolved = resolveAssumptions(
      scenarioAssumptionsSchema.parse({ horizonYears: 1 }),
      observed,
      () => null,
    );
    if (!resolved) throw new Error('expected a resolution');
    const rows = projectMacro(resolved, observed[1]);
    expect(rows.map((r) => [r.fiscalYear, r.observed, r.fiscalSpace])).toEqual([
      [2025, true, null],
      [2026, false, null],
    ]);
    expect(rows[1].gdp).toBeCloseTo(1331);
  });

  it('refuses a horizon beyond 15 years and unknown fields', () => {
    expect(scenarioAssumptionsSchema.safeParse({ horizonYears: 16 }).success).toBe(false);
    expect(scenarioAssumptionsSchema.safeParse({ growth: 3 }).success).toBe(false);
    expect(scenarioAssumptionsSchema.safeParse({ gdpGrowthPct: { next: 3 } }).success).toBe(false);
  });
});

describe('recurrent costs of the reform', () => {
  const plan = { startMonth: '2026-01', statusDate: '2026-12' };
  const item = (over: Partial<RecurrentItem> & Pick<RecurrentItem, 'id'>) =>
    activity({ recurrentCost: 120, ...over }) as PlanItemData & RecurrentItem;

  it.each([
    // case, item, fiscal-year start, first month, first fiscal year, months paid in it
    [
      'scheduled: month after start + duration',
      item({ id: 'a', startMonth: 2, duration: 4 }),
      1,
      '2026-07',
      2026,
      6,
    ],
    ['an explicit start month wins', item({ id: 'b', recurrentFromMonth: 18 }), 1, '2027-07', 2027, 6],
    ['same, July fiscal year', item({ id: 'c', recurrentFromMonth: 18 }), 7, '2027-07', 2027, 12],
    [
      'finished early: the actual finish',
      item({
        id: 'd',
        startMonth: 0,
        duration: 10,
        status: 'done',
        actualStart: '2026-01-10',
        actualFinish: '2026-03-20',
      }),
      1,
      '2026-04',
      2026,
      9,
    ],
    [
      'under way: actual start plus what remains from the status date',
      item({
        id: 'e',
        startMonth: 0,
        duration: 10,
        status: 'on_track',
        actualStart: '2026-06-01',
        percentComplete: 50,
      }),
      4,
      '2027-05',
      2027,
      11,
    ],
  ])('%s', (_case, it, start, fromMonth, firstFiscalYear, firstYearMonths) => {
    const [found] = recurrentStarts(plan, [it], start as number);
    expect(found).toMatchObject({ fromMonth, firstFiscalYear, firstYearMonths });
  });

  it('leaves out items without a cost, a currency or a schedule, and programmes', () => {
    const starts = recurrentStarts(
      plan,
      [
        item({ id: 'none', recurrentCost: null }),
        item({ id: 'nocurrency', recurrentCurrency: null }),
        item({ id: 'unscheduled', startMonth: null }),
        item({ id: 'programme', kind: 'programme' }),
      ],
      1,
    );
    expect(starts).toEqual([]);
  });

  it('prorates the first fiscal year, converts, and skips a currency without a rate', () => {
    const converter = new Converter(rates, 'USD');
    const starts = recurrentStarts(
      plan,
      [
        item({ id: 'a', startMonth: 2, duration: 4 }),
        item({ id: 'eur', recurrentFromMonth: 12, recurrentCost: 100, recurrentCurrency: 'EUR' }),
        item({ id: 'xof', recurrentFromMonth: 0, recurrentCurrency: 'XOF' }),
      ],
      1,
    );
    const byYear = recurrentCostByYear(starts, [2025, 2026, 2027], 1, converter);
    expect([...byYear.entries()]).toEqual([
      [2025, 0],
      [2026, 60],
      [2027, 120 + 125],
    ]);
    expect(converter.missingRates()).toEqual([
      expect.objectContaining({ currency: 'XOF', toCurrency: 'USD' }),
    ]);
  });
});
