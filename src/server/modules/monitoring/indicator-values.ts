import { and, eq, inArray } from 'drizzle-orm';
import { AppError } from '../../../core/errors/app-error.ts';
import { comboMatches } from '../../../core/indicators/combos.ts';
import { indicatorRatio } from '../../../core/indicators/compute.ts';
import {
  evaluateExpression,
  type Operand,
  type ParsedExpression,
  parseExpression,
} from '../../../core/indicators/expression.ts';
import { parsePeriod } from '../../../core/indicators/periods.ts';
import type { Db } from '../../db/client.ts';
import { monitoringIndicators } from '../../db/schema/index.ts';
import { type AnalyticsCells, cellKey, readCells } from './analytics-read.ts';
import {
  categoriesOf,
  isResolveError,
  loadMonitoringMetadata,
  type MetaDataElement,
  type MonitoringMetadata,
  resolveDataElement,
} from './metadata-repo.ts';

/**
 * Indicator values from the analytics table only: one query for every operand of every indicator, then
 * DHIS2's rules (an operand without a combo sums the element's combos; SKIP_IF_ALL_VALUES_MISSING; a zero
 * denominator gives null), value = numerator ÷ denominator × factor.
 */

export interface IndicatorValueRow {
  indicatorId: string;
  code: string;
  period: string;
  orgUnitId: string;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
}

/** `CAT=OPT` (category and option codes): only the combos holding that option count. */
export interface ComboFilter {
  category: string;
  option: string;
}

export function parseDisaggregation(text: string | undefined): ComboFilter | null {
  if (!text) return null;
  const [category, option, ...rest] = text.split('=');
  if (!category?.trim() || !option?.trim() || rest.length > 0) return null;
  return { category: category.trim(), option: option.trim() };
}

export interface Formula {
  id: string;
  code: string;
  factor: number;
  numerator: ParsedExpression | null;
  denominator: ParsedExpression | null;
}

function safeParse(text: string): ParsedExpression | null {
  try {
    return parseExpression(text);
  } catch {
    return null;
  }
}

export async function loadFormulas(db: Db, workspaceId: string, indicatorIds?: string[]): Promise<Formula[]> {
  if (indicatorIds && indicatorIds.length === 0) return [];
  const rows = await db
    .select({
      id: monitoringIndicators.id,
      code: monitoringIndicators.code,
      numerator: monitoringIndicators.numerator,
      denominator: monitoringIndicators.denominator,
      factor: monitoringIndicators.factor,
    })
    .from(monitoringIndicators)
    .where(
      and(
        eq(monitoringIndicators.workspaceId, workspaceId),
        indicatorIds ? inArray(monitoringIndicators.id, indicatorIds) : undefined,
      ),
    )
    .orderBy(monitoringIndicators.code);
  return rows.map(toFormula);
}

/** An indicator row's expressions, parsed (an expression that no longer parses counts as missing). */
export function toFormula(row: {
  id: string;
  code: string;
  numerator: string;
  denominator: string;
  factor: number;
}): Formula {
  return {
    id: row.id,
    code: row.code,
    factor: row.factor,
    numerator: safeParse(row.numerator),
    denominator: safeParse(row.denominator),
  };
}

/**
 * The value of one element (one combo of it, or all its combos summed) in one cell, counting only the
 * combos that hold the filter's option; null when nothing counted.
 */
export function elementValue(
  cells: AnalyticsCells,
  meta: MonitoringMetadata,
  element: MetaDataElement,
  combo: string | null,
  orgUnitId: string,
  period: string,
  filter: ComboFilter | null,
): number | null {
  const list = cells.get(cellKey(element.id, orgUnitId, period));
  if (!list) return null;
  const categories = filter ? categoriesOf(meta, element) : [];
  let total: number | null = null;
  for (const cell of list) {
    if (combo !== null && cell.combo.toLowerCase() !== combo.toLowerCase()) continue;
    if (filter && !comboMatches(cell.combo, categories, filter)) continue;
    total = (total ?? 0) + cell.value;
  }
  return total;
}

export function operandElements(meta: MonitoringMetadata, formulas: Formula[]): Map<string, MetaDataElement> {
  const elements = new Map<string, MetaDataElement>();
  for (const formula of formulas) {
    for (const parsed of [formula.numerator, formula.denominator]) {
      for (const operand of parsed?.operands ?? []) {
        const found = resolveDataElement(meta, operand.dataElement);
        if (!isResolveError(found)) elements.set(operand.dataElement, found);
      }
    }
  }
  return elements;
}

export interface IndicatorContext {
  meta: MonitoringMetadata;
  formulas: Formula[];
  cells: AnalyticsCells;
}

/** Loads what evaluating these indicators over these periods and org units needs (one analytics query). */
export async function loadIndicatorContext(
  db: Db,
  workspaceId: string,
  indicatorIds: string[] | undefined,
  periods: string[],
  orgUnitIds: string[],
  meta?: MonitoringMetadata,
): Promise<IndicatorContext> {
  const metadata = meta ?? (await loadMonitoringMetadata(db, workspaceId));
  const formulas = await loadFormulas(db, workspaceId, indicatorIds);
  const elementIds = [...new Set([...operandElements(metadata, formulas).values()].map((e) => e.id))];
  const cells = await readCells(db, workspaceId, [{ elementIds, orgUnitIds, periods }]);
  return { meta: metadata, formulas, cells };
}

/** Evaluates every indicator in every period and org unit of the context, with an optional combo filter. */
export function evaluateIndicators(
  context: IndicatorContext,
  periods: string[],
  orgUnitIds: string[],
  filter: ComboFilter | null,
): IndicatorValueRow[] {
  const elements = operandElements(context.meta, context.formulas);
  const rows: IndicatorValueRow[] = [];
  for (const formula of context.formulas) {
    for (const period of periods) {
      for (const orgUnitId of orgUnitIds) {
        const lookup = (operand: Operand) => {
          const element = elements.get(operand.dataElement);
          if (!element) return null;
          return elementValue(
            context.cells,
            context.meta,
            element,
            operand.categoryOptionCombo,
            orgUnitId,
            period,
            filter,
          );
        };
        const numerator = formula.numerator ? evaluateExpression(formula.numerator, lookup) : null;
        const denominator = formula.denominator ? evaluateExpression(formula.denominator, lookup) : null;
        const value = indicatorRatio(numerator, denominator, formula.factor);
        rows.push({
          indicatorId: formula.id,
          code: formula.code,
          period,
          orgUnitId,
          numerator,
          denominator,
          value,
        });
      }
    }
  }
  return rows;
}

/**
 * The values of the workspace's indicators (or the given ones) for each period and org unit, from the
 * analytics table. Periods may be written in any accepted form (`2026-03`); rows carry canonical ids.
 */
export async function computeIndicatorValues({
  db,
  workspaceId,
  indicatorIds,
  periods,
  orgUnitIds,
  disaggregation,
}: {
  db: Db;
  workspaceId: string;
  indicatorIds?: string[];
  periods: string[];
  orgUnitIds: string[];
  disaggregation?: string;
}): Promise<IndicatorValueRow[]> {
  const canonical = [...new Set(periods.map((p) => parsePeriod(p)?.id ?? p))];
  const units = [...new Set(orgUnitIds)];
  const context = await loadIndicatorContext(db, workspaceId, indicatorIds, canonical, units);
  const filter = parseDisaggregation(disaggregation);
  if (disaggregation && !filter)
    throw new AppError('bad_request', `disaggregation: expected CATEGORY=OPTION, got "${disaggregation}"`);
  return evaluateIndicators(context, canonical, units, filter);
}
