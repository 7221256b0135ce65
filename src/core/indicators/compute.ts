import { createAggregator } from './aggregate.ts';
import { ExpressionError, evaluateExpression, type ParsedExpression, parseExpression } from './expression.ts';
import { type Period, parsePeriod } from './periods.ts';
import type { DataElementRule, DataValue, IndicatorFormula, IndicatorValue, OrgUnitNode } from './types.ts';

export class IndicatorComputeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IndicatorComputeError';
  }
}

export interface CompiledIndicator {
  code: string;
  numerator: ParsedExpression;
  denominator: ParsedExpression;
  factor: number;
}

/** Parses an indicator's expressions and checks that their data elements exist. */
export function compileIndicator(
  indicator: IndicatorFormula,
  knownDataElements: ReadonlySet<string>,
): CompiledIndicator {
  const compile = (part: 'numerator' | 'denominator'): ParsedExpression => {
    let parsed: ParsedExpression;
    try {
      parsed = parseExpression(indicator[part]);
    } catch (error) {
      if (error instanceof ExpressionError)
        throw new IndicatorComputeError(`indicator ${indicator.code} ${part}: ${error.message}`);
      throw error;
    }
    for (const operand of parsed.operands) {
      if (!knownDataElements.has(operand.dataElement))
        throw new IndicatorComputeError(
          `indicator ${indicator.code} ${part}: unknown data element ${operand.dataElement}`,
        );
    }
    return parsed;
  };
  if (!Number.isFinite(indicator.factor))
    throw new IndicatorComputeError(`indicator ${indicator.code} factor: not a number`);
  return {
    code: indicator.code,
    numerator: compile('numerator'),
    denominator: compile('denominator'),
    factor: indicator.factor,
  };
}

/** numerator / denominator × factor; null when either is missing or the denominator is zero. */
export function indicatorRatio(
  numerator: number | null,
  denominator: number | null,
  factor: number,
): number | null {
  if (numerator === null || denominator === null || denominator === 0) return null;
  const value = (numerator / denominator) * factor;
  return Number.isFinite(value) ? value : null;
}

/**
 * Every indicator (in the given order) for every period (the given ones, else every period present in the
 * values, sorted) and every org unit (the given ones, else every org unit with a value in its subtree, in
 * the given order); each org unit aggregates its whole subtree.
 */
export function computeIndicators(input: {
  orgUnits: readonly OrgUnitNode[];
  dataElements: readonly DataElementRule[];
  indicators: readonly IndicatorFormula[];
  values: Iterable<DataValue>;
  periods?: readonly string[];
  orgUnitIds?: readonly string[];
}): IndicatorValue[] {
  const known = new Set(input.dataElements.map((element) => element.id));
  const compiled = input.indicators.map((indicator) => compileIndicator(indicator, known));
  const requestedPeriods = input.periods?.map((text): Period => {
    const period = parsePeriod(text);
    if (!period) throw new IndicatorComputeError(`unknown period ${text}`);
    return period;
  });
  const orgUnitIds = new Set(input.orgUnits.map((unit) => unit.id));
  for (const id of input.orgUnitIds ?? []) {
    if (!orgUnitIds.has(id)) throw new IndicatorComputeError(`unknown org unit ${id}`);
  }
  const aggregator = createAggregator(input);
  const periods = requestedPeriods ?? aggregator.periods();
  const orgUnits =
    input.orgUnitIds ?? input.orgUnits.map((unit) => unit.id).filter((id) => aggregator.hasData(id));
  const rows: IndicatorValue[] = [];
  for (const indicator of compiled) {
    for (const period of periods) {
      for (const orgUnit of orgUnits) {
        const lookup = (operand: Parameters<typeof aggregator.value>[0]) =>
          aggregator.value(operand, period, orgUnit);
        const numerator = evaluateExpression(indicator.numerator, lookup);
        const denominator = evaluateExpression(indicator.denominator, lookup);
        rows.push({
          indicator: indicator.code,
          period: period.id,
          orgUnit,
          numerator,
          denominator,
          value: indicatorRatio(numerator, denominator, indicator.factor),
        });
      }
    }
  }
  return rows;
}
