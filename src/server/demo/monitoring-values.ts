import { z } from '@hono/zod-openapi';
import { DEFAULT_COMBO } from '../../core/indicators/types.ts';
import { Rng } from '../../core/scheduling/random.ts';

/**
 * The demo's data values, written as compact parameters and grown into rows here, deterministically
 * (a seeded generator, never Math.random): a yearly figure per org unit, split by category options with
 * shares, spread over quarters or months, or derived from another element with a rate (complaints
 * resolved out of those received, pre-trial detainees out of all detainees…).
 */

const code = z.string().min(1);
const yearly = z.array(z.number().nonnegative());
/** One number per demo year, the same everywhere or per org unit. */
const perYear = z.union([yearly, z.record(code, yearly)]);

const SeriesBase = z.object({
  dataElement: code,
  periodType: z.enum(['yearly', 'quarterly', 'monthly']),
  /** The last period with data (the status date falls before the year ends); else the whole last year. */
  until: z
    .string()
    .regex(/^\d{4}(Q[1-4]|\d{2})$/, 'must be a quarter like 2026Q3 or a month like 202610')
    .optional(),
});

const TotalsSeries = SeriesBase.extend({
  /** The yearly figure per org unit code: a flow (sum elements) is spread over sub-periods, a stock repeated. */
  totals: z.record(code, yearly),
  /** Relative spread around each figure, drawn from the seeded generator. */
  noise: z.number().min(0).max(0.5).default(0),
  /** Per category code, the share of each option but the last (which takes the rest). */
  shares: z.record(code, z.record(code, perYear)).default({}),
}).strict();

const DerivedSeries = SeriesBase.extend({
  /** Each value is this element's value (same org unit, period and combo) × the year's rate. */
  of: code,
  /** One rate per year, or per option of the element's first category. */
  rates: perYear,
  regionFactors: z.record(code, z.number().positive()).default({}),
}).strict();

export const DemoValuesFile = z
  .object({
    seed: z.number().int(),
    years: z.array(z.number().int().min(1900).max(2100)).min(1),
    series: z.array(z.union([TotalsSeries, DerivedSeries])),
  })
  .strict();
export type DemoValues = z.infer<typeof DemoValuesFile>;

export interface ElementShape {
  aggregation: string;
  valueType: string;
  /** Category codes in order, with their option codes in order. */
  categories: { code: string; options: string[] }[];
}

export interface GeneratedValue {
  dataElement: string;
  period: string;
  orgUnit: string;
  categoryOptionCombo: string;
  value: number;
}

/** The periods of one year, up to `until` when it falls in that year. */
function periodsOfYear(year: number, type: 'yearly' | 'quarterly' | 'monthly', until?: string): string[] {
  if (type === 'yearly') return [String(year)];
  const all =
    type === 'quarterly'
      ? [1, 2, 3, 4].map((q) => `${year}Q${q}`)
      : Array.from({ length: 12 }, (_, m) => `${year}${String(m + 1).padStart(2, '0')}`);
  const last = until?.startsWith(String(year)) ? all.indexOf(until) : all.length - 1;
  return all.slice(0, last + 1);
}

const atYear = (values: z.infer<typeof perYear>, orgUnit: string, index: number, what: string) => {
  const series = Array.isArray(values) ? values : values[orgUnit];
  const value = series?.[index];
  if (value === undefined)
    throw new Error(`demo values: ${what} has no figure for ${orgUnit}, year ${index + 1}`);
  return value;
};

/** Every option combination of the categories with its share, in category order (`F_Y15_24`…). */
function comboShares(
  element: ElementShape,
  shares: Record<string, Record<string, z.infer<typeof perYear>>>,
  orgUnit: string,
  index: number,
  name: string,
): Array<{ combo: string; options: string[]; share: number }> {
  let combos = [{ options: [] as string[], share: 1 }];
  for (const category of element.categories) {
    const given = shares[category.code] ?? {};
    const parts = category.options.slice(0, -1).map((option) => {
      const share = given[option];
      return share === undefined ? 1 / category.options.length : atYear(share, orgUnit, index, name);
    });
    parts.push(1 - parts.reduce((sum, share) => sum + share, 0));
    combos = combos.flatMap((combo) =>
      category.options.map((option, at) => ({
        options: [...combo.options, option],
        share: combo.share * parts[at],
      })),
    );
  }
  return combos.map(({ options, share }) => ({
    combo: options.length ? options.join('_') : DEFAULT_COMBO,
    options,
    share,
  }));
}

/** Grows the compact parameters into data values, in file order (an element derived from another follows it). */
export function generateDemoValues(
  file: DemoValues,
  elements: ReadonlyMap<string, ElementShape>,
): GeneratedValue[] {
  const rng = new Rng(file.seed);
  const rows: GeneratedValue[] = [];
  const byElement = new Map<string, Array<{ row: GeneratedValue; options: string[] }>>();
  for (const series of file.series) {
    const element = elements.get(series.dataElement);
    if (!element) throw new Error(`demo values: no data element "${series.dataElement}"`);
    const round = (value: number) =>
      element.valueType === 'integer' ? Math.round(value) : Math.round(value * 100) / 100;
    const made: Array<{ row: GeneratedValue; options: string[] }> = [];
    if ('totals' in series) {
      for (const [orgUnit, figures] of Object.entries(series.totals))
        file.years.forEach((year, index) => {
          const periods = periodsOfYear(year, series.periodType, series.until);
          const spread =
            element.aggregation === 'sum'
              ? series.periodType === 'yearly'
                ? 1
                : series.periodType === 'quarterly'
                  ? 4
                  : 12
              : 1;
          for (const period of periods)
            for (const { combo, options, share } of comboShares(
              element,
              series.shares,
              orgUnit,
              index,
              series.dataElement,
            )) {
              const jitter = 1 + series.noise * (2 * rng.next() - 1);
              const value = round(
                ((atYear(figures, orgUnit, index, series.dataElement) * share) / spread) * jitter,
              );
              const row = {
                dataElement: series.dataElement,
                period,
                orgUnit,
                categoryOptionCombo: combo,
                value,
              };
              made.push({ row, options });
            }
        });
    } else {
      const base = byElement.get(series.of);
      if (!base)
        throw new Error(
          `demo values: "${series.dataElement}" is derived from "${series.of}", which comes later or not at all`,
        );
      for (const { row, options } of base) {
        const index = file.years.indexOf(Number(row.period.slice(0, 4)));
        const rate = atYear(series.rates, options[0] ?? DEFAULT_COMBO, index, series.dataElement);
        const factor = series.regionFactors[row.orgUnit] ?? 1;
        const value = round(row.value * rate * factor);
        made.push({ row: { ...row, dataElement: series.dataElement, value }, options });
      }
    }
    byElement.set(series.dataElement, made);
    for (const { row } of made) rows.push(row);
  }
  return rows;
}

/** The rows as the CSV the data import takes. */
export function valuesToCsv(rows: readonly GeneratedValue[]): string {
  const lines = ['dataElement,period,orgUnit,categoryOptionCombo,value'];
  for (const row of rows)
    lines.push(`${row.dataElement},${row.period},${row.orgUnit},${row.categoryOptionCombo},${row.value}`);
  return `${lines.join('\n')}\n`;
}
