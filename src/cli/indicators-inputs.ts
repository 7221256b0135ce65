import { createReadStream } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { parse } from 'csv-parse';
import { z } from 'zod';
import { AggregationError, createAggregator } from '../core/indicators/aggregate.ts';
import {
  type CompiledIndicator,
  compileIndicator,
  IndicatorComputeError,
} from '../core/indicators/compute.ts';
import {
  AGGREGATIONS,
  type Aggregation,
  type DataElementRule,
  type DataValue,
  DEFAULT_COMBO,
  type IndicatorFormula,
  type OrgUnitNode,
} from '../core/indicators/types.ts';
import {
  createValueRowMapper,
  type DisaggregationCell,
  parseDataValueSets,
  type ValueRow,
  type ValueRowMapper,
} from '../core/indicators/value-rows.ts';
import { guessCsvDelimiter } from '../core/tables/csv-delimiter.ts';

/**
 * The inputs of `custodes indicators compute`: the metadata file (org units, data elements, indicators) and
 * the values file (DHIS2 dataValueSets JSON or CSV, streamed). Every problem is an InputError whose message
 * names the file and the line or field.
 */

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

export interface Metadata {
  orgUnits: OrgUnitNode[];
  dataElements: DataElementRule[];
  indicators: IndicatorFormula[];
  /** The categories of the elements whose META entry lists them (`[]`: none), in the element's order. */
  categories?: Map<string, ElementCategory[]>;
}

/** A category of a data element: the names a CSV column may give it, and its options when listed. */
export interface ElementCategory {
  /** Lower-cased id, code and name: a disaggregation column matches any of them. */
  names: string[];
  label: string;
  /** Option code by lower-cased option id, code or name; null when META lists no options. */
  options: Map<string, string> | null;
}

const id = z.union([z.string().trim().min(1), z.number()]).transform(String);
const named = z.object({ id: id.optional(), code: id.optional(), name: z.string().trim().min(1).optional() });
// a category: its id or name, or `{ id | code | name, options? }` (options likewise)
const categorySchema = z.union([
  id,
  named
    .extend({ options: z.array(z.union([id, named])).optional() })
    .refine((c) => c.id ?? c.code ?? c.name, 'give the category an id, code or name'),
]);

type CategoryEntry = z.infer<typeof categorySchema>;

function namesOf(entry: string | z.infer<typeof named>): string[] {
  const names = typeof entry === 'string' ? [entry] : [entry.id, entry.code, entry.name];
  return [...new Set(names.filter((n): n is string => !!n).map((n) => n.toLowerCase()))];
}

function elementCategory(entry: CategoryEntry): ElementCategory {
  const names = namesOf(entry);
  const label = typeof entry === 'string' ? entry : (entry.code ?? entry.name ?? entry.id ?? '');
  if (typeof entry === 'string' || !entry.options) return { names, label, options: null };
  const options = new Map<string, string>();
  for (const option of entry.options) {
    const code = typeof option === 'string' ? option : (option.code ?? option.id ?? option.name ?? '');
    if (code === '') continue;
    for (const name of namesOf(option)) options.set(name, code);
  }
  return { names, label, options };
}
const metadataSchema = z.object({
  orgUnits: z.array(
    z.object({
      id,
      name: z.string().optional(),
      // a code, or `{ "id": … }` as in DHIS2's metadata export
      parent: z.union([id, z.object({ id }).transform((parent) => parent.id)]).nullish(),
    }),
  ),
  dataElements: z.array(
    z.object({ id, aggregation: z.string(), categories: z.array(categorySchema).optional() }),
  ),
  indicators: z.array(
    z.object({
      code: id,
      numerator: z.string(),
      denominator: z.string().default('1'),
      factor: z.union([z.number(), z.string().trim().min(1).transform(Number)]).default(1),
    }),
  ),
});

function issuePath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index ? '.' : ''}${String(part)}`))
    .join('');
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new InputError(`${file}: ${fileProblem(error)}`);
  }
}

function fileProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES') return 'permission denied';
  return (error as Error).message;
}

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InputError(`${file}: not valid JSON (${(error as Error).message})`);
  }
}

export async function readMetadata(
  file: string,
): Promise<{ metadata: Metadata; compiled: CompiledIndicator[] }> {
  const parsed = metadataSchema.safeParse(parseJson(file, await readText(file)));
  if (!parsed.success) {
    const issue = parsed.error.issues[0] as z.core.$ZodIssue;
    throw new InputError(`${file}: ${issuePath(issue.path) || 'metadata'}: ${issue.message}`);
  }
  const { orgUnits, dataElements, indicators } = parsed.data;
  const rules: DataElementRule[] = dataElements.map((element) => {
    if (!(AGGREGATIONS as readonly string[]).includes(element.aggregation))
      throw new InputError(
        `${file}: data element ${element.id}: unknown aggregation "${element.aggregation}" (expected ${AGGREGATIONS.join(', ')})`,
      );
    return { id: element.id, aggregation: element.aggregation as Aggregation };
  });
  const known = new Set<string>();
  for (const rule of rules) {
    if (known.has(rule.id)) throw new InputError(`${file}: data element ${rule.id}: listed twice`);
    known.add(rule.id);
  }
  const formulas: IndicatorFormula[] = indicators.map((indicator) => ({ ...indicator }));
  const compiled = formulas.map((formula) => {
    if (!Number.isFinite(formula.factor))
      throw new InputError(`${file}: indicator ${formula.code}: factor: not a number`);
    try {
      return compileIndicator(formula, known);
    } catch (error) {
      if (error instanceof IndicatorComputeError) throw new InputError(`${file}: ${error.message}`);
      throw error;
    }
  });
  const categories = new Map(
    dataElements.flatMap((element) =>
      element.categories ? [[element.id, element.categories.map(elementCategory)] as const] : [],
    ),
  );
  const metadata = {
    orgUnits: orgUnits.map((unit) => ({ id: unit.id, parent: unit.parent ?? null })),
    dataElements: rules,
    indicators: formulas,
    categories,
  };
  try {
    // checks the org unit tree (unknown parents, cycles, repeated ids) before the values are read
    createAggregator({ ...metadata, values: [] });
  } catch (error) {
    if (error instanceof AggregationError) throw new InputError(`${file}: ${error.message}`);
    throw error;
  }
  return { metadata, compiled };
}

/** Checks a value's data element and org unit against the metadata. */
function checkKnown(row: DataValue, metadata: { elements: Set<string>; units: Set<string> }): string | null {
  if (!metadata.elements.has(row.dataElement)) return `dataElement: unknown data element ${row.dataElement}`;
  if (!metadata.units.has(row.orgUnit)) return `orgUnit: unknown org unit ${row.orgUnit}`;
  return null;
}

function toDataValue(row: ValueRow): DataValue {
  return {
    dataElement: row.dataElement,
    period: row.period,
    orgUnit: row.orgUnit,
    categoryOptionCombo: row.categoryOptionCombo,
    value: row.value,
  };
}

async function looksLikeJson(file: string): Promise<boolean> {
  if (/\.json$/i.test(file)) return true;
  if (/\.csv$/i.test(file)) return false;
  try {
    const handle = await open(file, 'r');
    try {
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(64), 0, 64, 0);
      return buffer
        .subarray(0, bytesRead)
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .trimStart()
        .startsWith('{');
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw new InputError(`${file}: ${fileProblem(error)}`);
  }
}

async function firstLine(file: string): Promise<string> {
  const handle = await open(file, 'r').catch((error) => {
    throw new InputError(`${file}: ${fileProblem(error)}`);
  });
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4096), 0, 4096, 0);
    return buffer.subarray(0, bytesRead).toString('utf8').split(/\r?\n/)[0] ?? '';
  } finally {
    await handle.close();
  }
}

function csvRecords(file: string, delimiter: string, info: boolean): AsyncIterable<unknown> {
  const source = createReadStream(file);
  const parser = source.pipe(
    parse({ bom: true, delimiter, skip_empty_lines: true, relax_column_count: true, info }),
  );
  source.on('error', (error) => parser.destroy(error));
  return parser;
}

/**
 * The file line of a record (0 = the header). Only errors need it: csv-parse's per-record `info` would
 * triple the time of a big file, so the file is read again up to the faulty record.
 */
async function lineOfRecord(file: string, delimiter: string, recordIndex: number): Promise<number> {
  let index = 0;
  for await (const { info } of csvRecords(file, delimiter, true) as AsyncIterable<{
    info: { lines: number };
  }>) {
    if (index === recordIndex) return info.lines;
    index++;
  }
  return recordIndex + 1;
}

class RecordProblem {
  constructor(
    readonly index: number,
    readonly message: string,
  ) {}
}

/**
 * The combo of a CSV row's disaggregation columns. An element whose META entry lists its categories
 * takes their option codes in its category order (the server's combo), columns matched to categories
 * by id, code or name case-insensitively; one listing none (`[]`) stays `default` whatever the columns.
 * Otherwise the columns are joined in file order.
 */
function comboOf(
  cells: DisaggregationCell[],
  categories: ElementCategory[] | undefined,
  element: string,
): string | { problem: string } {
  if (!categories) return cells.map((cell) => cell.value).join('_');
  if (categories.length === 0) return DEFAULT_COMBO;
  const stray = cells.find((cell) => !categories.some((c) => c.names.includes(cell.column.toLowerCase())));
  if (stray) return { problem: `${stray.column}: not a category of data element ${element}` };
  const codes: string[] = [];
  for (const category of categories) {
    const cell = cells.find((c) => category.names.includes(c.column.toLowerCase()));
    if (!cell) return { problem: `${category.label}: required for data element ${element}` };
    const code = category.options ? category.options.get(cell.value.toLowerCase()) : cell.value;
    if (code === undefined)
      return { problem: `${cell.column}: "${cell.value}" is not an option of ${category.label}` };
    codes.push(code);
  }
  return codes.join('_');
}

async function readCsvValues(
  file: string,
  known: { elements: Set<string>; units: Set<string> },
  categories: Map<string, ElementCategory[]> | undefined,
): Promise<DataValue[]> {
  const delimiter = guessCsvDelimiter(await firstLine(file));
  const values: DataValue[] = [];
  let map: ValueRowMapper | null = null;
  let index = 0;
  try {
    for await (const record of csvRecords(file, delimiter, false) as AsyncIterable<string[]>) {
      if (!map) {
        const mapper = createValueRowMapper(record);
        if (!mapper.ok) throw new RecordProblem(index, mapper.error.message);
        map = mapper.map;
        index++;
        continue;
      }
      const result = map(record, index + 1);
      if (!result.ok) throw new RecordProblem(index, result.error.message);
      const row = result.row;
      if (result.disaggregation.length > 0) {
        const combo = comboOf(result.disaggregation, categories?.get(row.dataElement), row.dataElement);
        if (typeof combo !== 'string') throw new RecordProblem(index, combo.problem);
        row.categoryOptionCombo = combo;
      }
      const problem = checkKnown(row, known);
      if (problem) throw new RecordProblem(index, problem);
      values.push(toDataValue(row));
      index++;
    }
  } catch (error) {
    if (error instanceof RecordProblem) {
      const line = await lineOfRecord(file, delimiter, error.index);
      throw new InputError(`${file}: line ${line}: ${error.message}`);
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES')
      throw new InputError(`${file}: ${fileProblem(error)}`);
    const lines = (error as { lines?: number }).lines;
    throw new InputError(`${file}: ${lines ? `line ${lines}: ` : ''}${(error as Error).message}`);
  }
  if (!map) throw new InputError(`${file}: the file is empty`);
  return values;
}

/** The values of a dataValueSets JSON or CSV file, checked against the metadata. */
export async function readValues(file: string, metadata: Metadata): Promise<DataValue[]> {
  const known = {
    elements: new Set(metadata.dataElements.map((element) => element.id)),
    units: new Set(metadata.orgUnits.map((unit) => unit.id)),
  };
  if (!(await looksLikeJson(file))) return readCsvValues(file, known, metadata.categories);
  const { rows, lines, errors } = parseDataValueSets(parseJson(file, await readText(file)));
  const first = errors[0];
  if (first)
    throw new InputError(`${file}: ${first.line ? `dataValues #${first.line}: ` : ''}${first.message}`);
  return rows.map((row, index) => {
    const problem = checkKnown(row, known);
    if (problem) throw new InputError(`${file}: dataValues #${lines[index]}: ${problem}`);
    return toDataValue(row);
  });
}
