import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { z } from 'zod';
import { estimate, SurveyDataError, SurveyDesignError, tableFromCsv } from '../core/survey/estimate/index.ts';
import { ESTIMATE_STATS, type EstimateResult, LONELY_PSU_RULES } from '../core/survey/types.ts';

/**
 * `custodes survey estimate --data FILE.csv --design DESIGN.json [--json]`: design-based estimates
 * (R's survey package, Taylor linearisation) from a CSV of responses, with neither database nor server.
 */

class InputError extends Error {}

const column = z.string().min(1);
const estimateSpec = z
  .object({
    stat: z.enum(ESTIMATE_STATS),
    variable: column,
    denominator: column.nullish(),
    by: column.nullish(),
  })
  .strict()
  .refine((spec) => spec.stat !== 'ratio' || !!spec.denominator, {
    message: 'a ratio needs a denominator',
    path: ['denominator'],
  });

const designFile = z
  .object({
    ids: z.array(column).default([]),
    strata: column.nullish(),
    weights: column.nullish(),
    fpc: z.union([column, z.array(column)]).nullish(),
    lonelyPsu: z.enum(LONELY_PSU_RULES).optional(),
    estimates: z.array(estimateSpec).min(1),
  })
  .strict();

function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
    .join('');
}

function readText(file: string, option: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : (error as Error).message;
    throw new InputError(`${option} ${file}: ${reason}`);
  }
}

function readDesign(file: string): z.infer<typeof designFile> {
  let json: unknown;
  try {
    json = JSON.parse(readText(file, '--design').toString('utf8'));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = designFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${fieldPath(issue.path)}: ` : '';
    throw new InputError(`${file}: ${where}${issue?.message ?? 'invalid design'}`);
  }
  return parsed.data;
}

function printTable(rows: readonly EstimateResult[]): void {
  const number = (x: number) => (Number.isFinite(x) ? Number(x.toPrecision(6)).toString() : String(x));
  const lines = [
    ['stat', 'variable', 'category', 'domain', 'estimate', 'se', 'ci low', 'ci high'],
    ...rows.map((r) => [
      r.stat,
      r.variable,
      r.category ?? '',
      r.domain ?? '',
      number(r.estimate),
      number(r.se),
      number(r.ci[0]),
      number(r.ci[1]),
    ]),
  ];
  const widths = lines[0]?.map((_, c) => Math.max(...lines.map((line) => (line[c] ?? '').length))) ?? [];
  const text = lines.map((line) =>
    line
      .map((cell, c) => cell.padEnd(widths[c] ?? 0))
      .join('  ')
      .trimEnd(),
  );
  process.stdout.write(`${text.join('\n')}\n`);
}

interface EstimateOptions {
  data: string;
  design: string;
  json?: boolean;
}

function estimateCommand(options: EstimateOptions): void {
  const { estimates: specs, ...design } = readDesign(options.design);
  const csv = readText(options.data, '--data');
  let rows: EstimateResult[];
  try {
    const table = tableFromCsv(csv);
    rows = estimate(
      table,
      {
        ids: design.ids,
        strata: design.strata ?? null,
        weights: design.weights ?? null,
        fpc: design.fpc ?? null,
        lonelyPsu: design.lonelyPsu,
      },
      specs,
    );
  } catch (error) {
    if (error instanceof SurveyDesignError) throw new InputError(`${options.design}: ${error.message}`);
    if (error instanceof SurveyDataError) throw new InputError(`${options.data}: ${error.message}`);
    if (error instanceof Error && error.name === 'CsvError')
      throw new InputError(`${options.data}: ${error.message}`);
    throw error;
  }
  if (!options.json) {
    printTable(rows);
    return;
  }
  const estimates = rows.map(({ stat, variable, category, domain, estimate, se, ci }) => ({
    stat,
    variable,
    category,
    domain,
    estimate,
    se,
    ci,
  }));
  process.stdout.write(`${JSON.stringify({ estimates })}\n`);
}

export function addSurveyEstimateCommand(survey: Command): void {
  survey
    .command('estimate')
    .description(
      "design-based estimates (means, totals, proportions, ratios, by domain) with Taylor-linearised standard errors as R's survey package, from a CSV, without database or server",
    )
    .requiredOption('--data <file>', 'CSV of responses with a header row; NA and empty cells are missing')
    .requiredOption(
      '--design <file>',
      'JSON: {"ids": [...], "strata", "weights", "fpc": column or [per stage], "lonelyPsu"?, "estimates": [{"stat": "mean"|"total"|"proportion"|"ratio", "variable", "denominator"?, "by"?}]}',
    )
    .option('--json', 'print {"estimates":[…]} as one line of JSON (else a table)')
    .action((options: EstimateOptions) => {
      try {
        estimateCommand(options);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        console.error(`error: ${error.message}`);
        process.exitCode = 1;
      }
    });
}
