import { AppError } from '../../../core/errors/app-error.ts';
import { DEFAULT_COMBO } from '../../../core/indicators/types.ts';
import type { SurveyTable } from '../../../core/survey/estimate/index.ts';
import type { EstimateSpec } from '../../../core/survey/types.ts';
import type { PublishTarget, TargetCategory, TargetElement } from './analysis-publish-target.ts';

export interface PublishChoice {
  variable: string;
  categories: string[];
  orgUnitVariable?: string | null;
  categoryVariables?: Record<string, string>;
}

export interface PublishedCell {
  dataElementId: string;
  orgUnitId: string;
  combo: string;
  value: number;
}

/** A domain estimate to store: which spec gives it, and where its rows go. */
export interface DomainPlan {
  spec: EstimateSpec;
  /** Domain value (after `by=`) → org unit and disaggregation; null for a total. */
  place(domainValue: string | null): { orgUnitId: string; disaggregation: string } | null;
}

export interface PublishCells {
  values: PublishedCell[];
  /** The table with the columns the domain estimates need. */
  table: SurveyTable;
  plans: DomainPlan[];
}

const VALUE = '__published';
const UNIT = '__org_unit';
const categoryColumn = (code: string) => `__category_${code}`;
const unitCategoryColumn = (code: string) => `__org_unit_category_${code}`;

function refuse(field: string, message: string, params: Record<string, string | number> = {}): never {
  throw new AppError('bad_request', `${field}: ${message}`, { field, ...params });
}

/** A table with extra text columns (the estimator's `SurveyTable` shape). */
function withColumns(table: SurveyTable, extra: Map<string, (string | null)[]>): SurveyTable {
  return {
    rowCount: table.rowCount,
    has: (column) => extra.has(column) || table.has(column),
    text: (column) => extra.get(column) ?? table.text(column),
    numeric: (column) => {
      const values = extra.get(column);
      return values
        ? Float64Array.from(values, (v) => (v === null ? Number.NaN : Number(v)))
        : table.numeric(column);
    },
  };
}

function categoriesOf(target: PublishTarget): TargetCategory[] {
  const byCode = new Map<string, TargetCategory>();
  for (const c of [...target.numerator.categories, ...target.denominator.categories]) byCode.set(c.code, c);
  return [...byCode.values()];
}

function variableFor(code: string, given: Record<string, string>): string | undefined {
  return given[code] ?? Object.entries(given).find(([key]) => key.toLowerCase() === code.toLowerCase())?.[1];
}

/** Each row's option code of each category (null for rows not counted). */
function resolveCategories(
  table: SurveyTable,
  choice: PublishChoice,
  categories: TargetCategory[],
  counted: boolean[],
) {
  const given = choice.categoryVariables ?? {};
  for (const key of Object.keys(given))
    if (!categories.some((c) => c.code.toLowerCase() === key.toLowerCase()))
      refuse(`categoryVariables.${key}`, `the indicator's data elements have no category ${key}`);
  const options = new Map<string, (string | null)[]>();
  for (const category of categories) {
    const field = `categoryVariables.${category.code}`;
    const variable = variableFor(category.code, given);
    if (!variable) refuse(field, `name the question whose answers are ${category.code}'s options`);
    if (!table.has(variable)) refuse(field, `the form has no question "${variable}"`);
    const byCode = new Map(category.options.map((o) => [o.code.toLowerCase(), o.code]));
    options.set(
      category.code,
      table.text(variable).map((value, row) => {
        if (!counted[row]) return null;
        const option = value === null ? undefined : byCode.get(value.toLowerCase());
        if (option === undefined)
          refuse(
            field,
            `respondent ${row + 1} answered "${value ?? ''}" to ${variable}, which is no option of ${category.code}`,
            {
              row: row + 1,
              value: value ?? '',
            },
          );
        return option;
      }),
    );
  }
  return options;
}

function resolveUnits(table: SurveyTable, choice: PublishChoice, target: PublishTarget, counted: boolean[]) {
  const variable = choice.orgUnitVariable;
  if (!variable) return counted.map((c) => (c ? target.orgUnit.id : null));
  if (!table.has(variable)) refuse('orgUnitVariable', `the form has no question "${variable}"`);
  return table.text(variable).map((value, row) => {
    if (!counted[row]) return null;
    const unit = value === null ? undefined : target.unitsByCode.get(value.toLowerCase());
    if (!unit)
      refuse(
        'orgUnitVariable',
        `respondent ${row + 1} answered "${value ?? ''}" to ${variable}, which is no org unit code under ${target.orgUnit.code}`,
        {
          row: row + 1,
          value: value ?? '',
        },
      );
    return unit.id;
  });
}

function comboOf(element: TargetElement, options: Map<string, (string | null)[]>, row: number): string {
  if (element.categories.length === 0) return DEFAULT_COMBO;
  return element.categories.map((c) => options.get(c.code)?.[row]).join('_');
}

/**
 * The numerator and denominator cells (weighted counts by org unit and option combo, the weights scaled
 * to add up to the number of respondents) and the domain
 * estimates to keep with them, so that Monitor's A ÷ B equals the design-based proportion everywhere.
 */
export function publishCells(
  table: SurveyTable,
  weights: Float64Array,
  target: PublishTarget,
  choice: PublishChoice,
): PublishCells {
  if (!table.has(choice.variable)) refuse('variable', `the form has no question "${choice.variable}"`);
  const wanted = new Set(choice.categories);
  const answers = table.text(choice.variable);
  const counted = answers.map((value) => value !== null);
  const inNumerator = answers.map((value) => value?.split(/\s+/).some((v) => wanted.has(v)));
  const categories = categoriesOf(target);
  const options = resolveCategories(table, choice, categories, counted);
  const units = resolveUnits(table, choice, target, counted);

  // weights scaled to add up to the number of respondents: the denominator then reads as respondents (as
  // the element's earlier, unweighted values do) and the ratio, Monitor's indicator, is unchanged
  const weightTotal = weights.reduce((sum, w) => sum + w, 0);
  const scale = weightTotal > 0 ? table.rowCount / weightTotal : 1;
  const sums = new Map<string, PublishedCell>();
  const add = (element: TargetElement, orgUnitId: string, combo: string, value: number) => {
    const key = `${element.id}\u0001${orgUnitId}\u0001${combo}`;
    const cell = sums.get(key) ?? { dataElementId: element.id, orgUnitId, combo, value: 0 };
    cell.value += value;
    sums.set(key, cell);
  };
  for (let row = 0; row < table.rowCount; row++) {
    const unit = units[row];
    if (!counted[row] || !unit) continue;
    const w = (weights[row] as number) * scale;
    add(target.numerator, unit, comboOf(target.numerator, options, row), inNumerator[row] ? w : 0);
    add(target.denominator, unit, comboOf(target.denominator, options, row), w);
  }

  const extra = new Map<string, (string | null)[]>();
  extra.set(
    VALUE,
    counted.map((c, row) => (c ? (inNumerator[row] ? '1' : '0') : null)),
  );
  extra.set(UNIT, units);
  for (const category of categories) {
    const codes = options.get(category.code) ?? [];
    extra.set(categoryColumn(category.code), codes);
    extra.set(
      unitCategoryColumn(category.code),
      codes.map((code, row) => (code === null ? null : `${units[row]}|${code}`)),
    );
  }
  const total = target.orgUnit.id;
  const plans: DomainPlan[] = [
    { spec: { stat: 'mean', variable: VALUE }, place: () => ({ orgUnitId: total, disaggregation: '' }) },
  ];
  for (const category of categories)
    plans.push({
      spec: { stat: 'mean', variable: VALUE, by: categoryColumn(category.code) },
      place: (value) => ({ orgUnitId: total, disaggregation: `${category.code}=${value}` }),
    });
  if (choice.orgUnitVariable) {
    plans.push({
      spec: { stat: 'mean', variable: VALUE, by: UNIT },
      place: (value) => (value === total ? null : { orgUnitId: value ?? '', disaggregation: '' }),
    });
    for (const category of categories)
      plans.push({
        spec: { stat: 'mean', variable: VALUE, by: unitCategoryColumn(category.code) },
        place: (value) => {
          const [unit, option] = (value ?? '').split('|');
          return unit === total
            ? null
            : { orgUnitId: unit ?? '', disaggregation: `${category.code}=${option}` };
        },
      });
  }
  return { values: [...sums.values()], table: withColumns(table, extra), plans };
}
