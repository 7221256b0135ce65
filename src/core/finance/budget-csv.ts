import type { ImportRow, RowError } from '../sector-map/import-cells.ts';
import {
  COFOG_GROUPS,
  type CofogGroup,
  CURRENCY_CODE,
  ECONOMIC_CLASSES,
  type EconomicClass,
} from './codes.ts';
import { FinanceRowReader, nameIndex, readFinanceRows } from './csv-rows.ts';

export const BUDGET_CSV_COLUMNS = [
  'fiscalYear',
  'institution',
  'cofog',
  'economicClass',
  'description',
  'currency',
  'approved',
  'revised',
  'executed',
  'source',
  'secret',
  'offBudget',
] as const;
const REQUIRED = ['fiscalYear', 'cofog', 'economicClass', 'currency', 'approved'];

export const BUDGET_DESCRIPTION_MAX = 500;

export interface BudgetLineValues {
  fiscalYear: number;
  actorId: string | null;
  cofog: CofogGroup;
  economicClass: EconomicClass;
  description: string | null;
  currency: string;
  approved: number;
  revised: number | null;
  executed: number | null;
  sourceFunderId: string | null;
  secret: boolean;
  offBudget: boolean;
}

export interface Named {
  id: string;
  name: string;
  acronym: string | null;
}

/** "02.1", "2.1" and "021" all name COFOG group 02.1. */
export function parseCofog(raw: string): CofogGroup | null {
  const match = /^0?(\d)\.?(\d)$/.exec(raw.trim());
  const code = match ? `0${match[1]}.${match[2]}` : '';
  return (COFOG_GROUPS as readonly string[]).includes(code) ? (code as CofogGroup) : null;
}

const CLASS_ALIASES: Record<string, EconomicClass> = { goods_and_services: 'goods_services' };

/** "Goods services", "goods-services" and "goods and services" all name `goods_services`. */
export function parseEconomicClass(raw: string): EconomicClass | null {
  const code = raw
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  if ((ECONOMIC_CLASSES as readonly string[]).includes(code)) return code as EconomicClass;
  return CLASS_ALIASES[code] ?? null;
}

const DOMESTIC = ['domestic', 'national', 'government', 'domestique', 'nacional', 'محلي'];

/**
 * Budget lines from a spreadsheet, all or nothing: every row is checked and each error names its row and
 * column. Institutions are the workspace's actors, sources its funders (blank or "domestic": own resources).
 */
export function parseBudgetCsv(
  raw: readonly ImportRow[],
  lookups: { institutions: readonly Named[]; funders: readonly Named[] },
): { ok: true; lines: BudgetLineValues[] } | { ok: false; errors: RowError[] } {
  const { rows, errors } = readFinanceRows(raw, BUDGET_CSV_COLUMNS, REQUIRED);
  if (errors.length > 0) return { ok: false, errors };
  const institution = nameIndex(lookups.institutions);
  const funder = nameIndex(lookups.funders);
  const lines: BudgetLineValues[] = [];
  for (const source of rows) {
    const cells = new FinanceRowReader(source, errors);
    const fiscalYear = cells.year('fiscalYear');
    const cofogText = cells.cell('cofog');
    const cofog = cofogText
      ? (parseCofog(cofogText) ??
        cells.fail('cofog', `"${cofogText}" is not a COFOG group of divisions 02 or 03 (e.g. 02.1, 03.1)`))
      : cells.fail('cofog', 'is required');
    const classText = cells.cell('economicClass');
    const economicClass = classText
      ? (parseEconomicClass(classText) ??
        cells.fail('economicClass', `"${classText}" is not one of ${ECONOMIC_CLASSES.join(', ')}`))
      : cells.fail('economicClass', 'is required');
    const currencyText = cells.cell('currency').toUpperCase();
    const currency = CURRENCY_CODE.test(currencyText)
      ? currencyText
      : cells.fail('currency', currencyText ? `"${currencyText}" is not an ISO 4217 code` : 'is required');
    const approved = cells.amount('approved', true);
    const revised = cells.amount('revised');
    const executed = cells.amount('executed');
    const description = cells.text('description', BUDGET_DESCRIPTION_MAX);
    const actorId = resolve(cells, 'institution', institution, 'actor of the sector map');
    const sourceText = cells.cell('source');
    const sourceFunderId = DOMESTIC.includes(sourceText.toLowerCase())
      ? null
      : resolve(cells, 'source', funder, 'funder (or "domestic")');
    const secret = cells.flag('secret');
    const offBudget = cells.flag('offBudget');
    if (fiscalYear === null || cofog === null || economicClass === null || currency === null) continue;
    if (approved === null) continue;
    lines.push({
      fiscalYear,
      actorId,
      cofog,
      economicClass,
      description,
      currency,
      approved,
      revised,
      executed,
      sourceFunderId,
      secret,
      offBudget,
    });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, lines };
}

function resolve(
  cells: FinanceRowReader,
  field: string,
  find: ReturnType<typeof nameIndex>,
  what: string,
): string | null {
  const text = cells.cell(field);
  if (text === '') return null;
  const found = find(text);
  if (found === 'ambiguous') return cells.fail(field, `"${text}" names several records; use the full name`);
  return found?.id ?? cells.fail(field, `"${text}" is not the name or acronym of an ${what}`);
}
