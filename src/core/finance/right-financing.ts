import { type CofogGroup, cofogDivision, ECONOMIC_CLASSES, type EconomicClass } from './codes.ts';
import type { Converter } from './conversion.ts';
import { fiscalYearStartDate } from './fiscal-year.ts';

export interface BudgetLineInput {
  id: string;
  fiscalYear: number;
  actorId: string | null;
  cofog: CofogGroup;
  economicClass: EconomicClass;
  currency: string;
  approved: number;
  revised: number | null;
  executed: number | null;
  /** Null: domestic resources. */
  sourceFunderId: string | null;
  secret: boolean;
  offBudget: boolean;
}

/** Macro figures of one fiscal year, in `macroCurrency`; a figure not entered is null. */
export interface MacroYearInput {
  fiscalYear: number;
  gdp: number | null;
  revenue: number | null;
  expenditure: number | null;
}

export interface RightFinancingOptions {
  converter: Converter;
  /** The currency macro figures are entered in (the workspace's reporting currency). */
  macroCurrency: string;
  fiscalYearStartMonth: number;
}

/** Approved, revised and executed totals; revised or executed is null unless every line counted has it. */
export interface Amounts {
  approved: number;
  revised: number | null;
  executed: number | null;
}

export interface RightFinancingYear {
  fiscalYear: number;
  lineCount: number;
  /** Lines left out because their currency has no rate to the target. */
  unconvertedLines: number;
  total: Amounts;
  gdp: number | null;
  revenue: number | null;
  expenditure: number | null;
  /** Security spending ÷ GDP and ÷ government expenditure (fractions), on approved and executed figures. */
  shareOfGdp: { approved: number | null; executed: number | null };
  shareOfExpenditure: { approved: number | null; executed: number | null };
  byInstitution: (Amounts & { actorId: string | null; credibility: number | null })[];
  byCofogGroup: { group: CofogGroup; approved: number }[];
  byDivision: { division: '02' | '03'; approved: number }[];
  byEconomicClass: { economicClass: EconomicClass; approved: number }[];
  /** Personnel ÷ capital (approved); null without capital spending. */
  personnelToCapital: number | null;
  /** Executed ÷ approved over all lines, and (executed − approved) ÷ approved. */
  credibility: number | null;
  aggregateDeviation: number | null;
  /** Approved amount in secret or off-budget lines, and its share of the total. */
  opaque: { approved: number; share: number | null };
  domestic: { approved: number; share: number | null };
  donorFinanced: {
    approved: number;
    share: number | null;
    byFunder: { funderId: string; approved: number }[];
  };
}

const ratio = (part: number | null, whole: number | null) =>
  part === null || whole === null || whole === 0 ? null : part / whole;

class AmountSum {
  approved = 0;
  revised: number | null = 0;
  executed: number | null = 0;
  add(approved: number, revised: number | null, executed: number | null) {
    this.approved += approved;
    this.revised = this.revised === null || revised === null ? null : this.revised + revised;
    this.executed = this.executed === null || executed === null ? null : this.executed + executed;
  }
  get amounts(): Amounts {
    return { approved: this.approved, revised: this.revised, executed: this.executed };
  }
}

function addTo<K>(map: Map<K, number>, key: K, amount: number) {
  map.set(key, (map.get(key) ?? 0) + amount);
}

/**
 * The right-financing analysis per fiscal year: every line converted to one currency at the rate in force
 * on the first day of its fiscal year (macro figures likewise), then totals, shares, composition, budget
 * credibility and the transparency indicator. Nothing is guessed: missing figures give nulls.
 */
export function rightFinancing(
  lines: readonly BudgetLineInput[],
  macroYears: readonly MacroYearInput[],
  { converter, macroCurrency, fiscalYearStartMonth }: RightFinancingOptions,
): RightFinancingYear[] {
  const years = new Set([...lines.map((line) => line.fiscalYear), ...macroYears.map((m) => m.fiscalYear)]);
  return [...years]
    .sort((a, b) => a - b)
    .map((fiscalYear) => {
      const date = fiscalYearStartDate(fiscalYear, fiscalYearStartMonth);
      const macro = macroYears.find((m) => m.fiscalYear === fiscalYear);
      const macroValue = (value: number | null | undefined) =>
        value === null || value === undefined ? null : converter.convert(value, macroCurrency, date);
      const yearLines = lines.filter((line) => line.fiscalYear === fiscalYear);
      const total = new AmountSum();
      const institutions = new Map<string | null, AmountSum>();
      const groups = new Map<CofogGroup, number>();
      const divisions = new Map<'02' | '03', number>();
      const classes = new Map<EconomicClass, number>();
      const funders = new Map<string, number>();
      let unconvertedLines = 0;
      let opaque = 0;
      let domestic = 0;
      for (const line of yearLines) {
        const approved = converter.convert(line.approved, line.currency, date);
        if (approved === null) {
          unconvertedLines++;
          continue;
        }
        const rate = line.approved === 0 ? null : approved / line.approved;
        const convert = (value: number | null) =>
          value === null
            ? null
            : rate === null
              ? converter.convert(value, line.currency, date)
              : value * rate;
        const revised = convert(line.revised);
        const executed = convert(line.executed);
        total.add(approved, revised, executed);
        const institution = institutions.get(line.actorId) ?? new AmountSum();
        institution.add(approved, revised, executed);
        institutions.set(line.actorId, institution);
        addTo(groups, line.cofog, approved);
        addTo(divisions, cofogDivision(line.cofog), approved);
        addTo(classes, line.economicClass, approved);
        if (line.secret || line.offBudget) opaque += approved;
        if (line.sourceFunderId === null) domestic += approved;
        else addTo(funders, line.sourceFunderId, approved);
      }
      const counted = yearLines.length - unconvertedLines;
      const totals = counted === 0 ? { approved: 0, revised: null, executed: null } : total.amounts;
      const whole = counted === 0 ? null : totals.approved;
      const gdp = macroValue(macro?.gdp);
      const expenditure = macroValue(macro?.expenditure);
      const capital = classes.get('capital') ?? 0;
      return {
        fiscalYear,
        lineCount: yearLines.length,
        unconvertedLines,
        total: totals,
        gdp,
        revenue: macroValue(macro?.revenue),
        expenditure,
        shareOfGdp: { approved: ratio(whole, gdp), executed: ratio(totals.executed, gdp) },
        shareOfExpenditure: {
          approved: ratio(whole, expenditure),
          executed: ratio(totals.executed, expenditure),
        },
        byInstitution: [...institutions.entries()]
          .map(([actorId, sum]) => ({
            actorId,
            ...sum.amounts,
            credibility: ratio(sum.executed, sum.approved),
          }))
          .sort((a, b) => b.approved - a.approved),
        byCofogGroup: [...groups.entries()]
          .map(([group, approved]) => ({ group, approved }))
          .sort((a, b) => a.group.localeCompare(b.group)),
        byDivision: [...divisions.entries()]
          .map(([division, approved]) => ({ division, approved }))
          .sort((a, b) => a.division.localeCompare(b.division)),
        byEconomicClass: ECONOMIC_CLASSES.filter((c) => classes.has(c)).map((economicClass) => ({
          economicClass,
          approved: classes.get(economicClass) ?? 0,
        })),
        personnelToCapital: capital === 0 ? null : (classes.get('personnel') ?? 0) / capital,
        credibility: ratio(totals.executed, whole),
        aggregateDeviation:
          totals.executed === null || !whole ? null : (totals.executed - totals.approved) / whole,
        opaque: { approved: opaque, share: ratio(opaque, whole) },
        domestic: { approved: domestic, share: ratio(domestic, whole) },
        donorFinanced: {
          approved: (whole ?? 0) - domestic,
          share: ratio(whole === null ? null : whole - domestic, whole),
          byFunder: [...funders.entries()]
            .map(([funderId, approved]) => ({ funderId, approved }))
            .sort((a, b) => b.approved - a.approved),
        },
      };
    });
}
