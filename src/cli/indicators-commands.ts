import type { Command } from 'commander';
import { AggregationError } from '../core/indicators/aggregate.ts';
import { computeIndicators, IndicatorComputeError } from '../core/indicators/compute.ts';
import { parsePeriod } from '../core/indicators/periods.ts';
import type { IndicatorValue } from '../core/indicators/types.ts';
import { InputError, readMetadata, readValues } from './indicators-inputs.ts';

/**
 * `custodes indicators compute --metadata META.json --values FILE --json [--period P] [--orgunit OU]`:
 * computes DHIS2-style indicators from a metadata file and a values file (dataValueSets JSON or CSV), with
 * neither database nor server, so that M&E officers can check figures outside the platform.
 */

interface ComputeOptions {
  metadata: string;
  values: string;
  json?: boolean;
  period?: string;
  orgunit?: string;
}

function list(text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined;
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

const number = (value: number | null) => (value === null ? '' : String(value));

function printTable(rows: IndicatorValue[]): void {
  const lines = [['indicator', 'period', 'orgUnit', 'numerator', 'denominator', 'value'].join('\t')];
  for (const row of rows) {
    lines.push(
      [
        row.indicator,
        row.period,
        row.orgUnit,
        number(row.numerator),
        number(row.denominator),
        number(row.value),
      ].join('\t'),
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

async function computeCommand(options: ComputeOptions): Promise<void> {
  const periods = list(options.period);
  for (const period of periods ?? []) {
    if (!parsePeriod(period)) throw new InputError(`--period: unknown period ${period}`);
  }
  const { metadata } = await readMetadata(options.metadata);
  const orgUnitIds = list(options.orgunit);
  const units = new Set(metadata.orgUnits.map((unit) => unit.id));
  for (const id of orgUnitIds ?? []) {
    if (!units.has(id))
      throw new InputError(`--orgunit: unknown org unit ${id} (not in ${options.metadata})`);
  }
  const values = await readValues(options.values, metadata);
  let rows: IndicatorValue[];
  try {
    rows = computeIndicators({ ...metadata, values, periods, orgUnitIds });
  } catch (error) {
    if (error instanceof AggregationError || error instanceof IndicatorComputeError)
      throw new InputError(`${options.metadata}: ${error.message}`);
    throw error;
  }
  if (options.json) process.stdout.write(`${JSON.stringify({ rows })}\n`);
  else printTable(rows);
}

export function registerIndicatorsCommands(program: Command): Command {
  const indicators = program.command('indicators').description('DHIS2-style indicators, computed from files');
  indicators
    .command('compute')
    .description(
      'compute indicators from a metadata file (orgUnits, dataElements, indicators) and a values file (DHIS2 dataValueSets JSON or CSV), without database or server',
    )
    .requiredOption(
      '--metadata <file>',
      'JSON with orgUnits (id, name, parent), dataElements (id, aggregation, [categories]), indicators (code, numerator, denominator, factor). ' +
        "An element's categories (ids/names, or {id|code|name, options}) order its CSV disaggregation columns into the server's combo (matched by name, any case); " +
        'with categories: [] its disaggregation columns are ignored (default); without categories the columns are joined in file order',
    )
    .requiredOption(
      '--values <file>',
      'DHIS2 dataValueSets JSON, or CSV with dataElement, period, orgUnit, [categoryOptionCombo | disaggregation columns], value',
    )
    .option('--json', 'print {"rows":[…]} as one line of JSON (else a tab-separated table)')
    .option(
      '--period <periods>',
      'comma-separated periods (2026, 2026Q1, 202603, 2026W10, 2026July…); default: every period in the values',
    )
    .option(
      '--orgunit <ids>',
      'comma-separated org units, each aggregated over its subtree; default: every org unit with data below it',
    )
    .action(async (options: ComputeOptions) => {
      try {
        await computeCommand(options);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        console.error(`error: ${error.message}`);
        process.exitCode = 1;
      }
    });
  return indicators;
}
