import type { budgetRoutes } from '../../../../server/modules/finance/budgets-routes';
import type { BodyOf, ResponseOf } from '../../../api/contract';
import { apiRequest, apiUpload, queryString } from '../../../api/http';
import { financePath } from '../financeQueries';

export type BudgetLineList = ResponseOf<typeof budgetRoutes.list>;
export type BudgetLine = BudgetLineList['lines'][number];
export type BudgetTotal = BudgetLineList['total'];
export type NewBudgetLine = BodyOf<typeof budgetRoutes.create>;
export type BudgetLinePatch = BodyOf<typeof budgetRoutes.update>;
export type ImportResult = ResponseOf<typeof budgetRoutes.import, 201>;

const linesPath = (slug: string) => `${financePath(slug)}/budget-lines`;

export const budgetsApi = {
  list: (slug: string, year: number | null) =>
    apiRequest<BudgetLineList>('GET', `${linesPath(slug)}${queryString({ year })}`),
  create: (slug: string, input: NewBudgetLine) =>
    apiRequest<{ line: BudgetLine }>('POST', linesPath(slug), input),
  update: (slug: string, id: string, patch: BudgetLinePatch) =>
    apiRequest<{ line: BudgetLine }>('PATCH', `${linesPath(slug)}/${encodeURIComponent(id)}`, patch),
  remove: (slug: string, id: string) =>
    apiRequest<void>('DELETE', `${linesPath(slug)}/${encodeURIComponent(id)}`),
  exportUrl: (slug: string, year: number, format: 'csv' | 'xlsx') =>
    `${linesPath(slug)}/export${queryString({ year, format })}`,
  importFile: (slug: string, file: File) => apiUpload<ImportResult>(`${linesPath(slug)}/import`, file),
};

/** Sums of the lines by currency, in the order currencies first appear: amounts in different currencies are never added. */
export function totalsByCurrency(lines: readonly BudgetLine[]) {
  const totals = new Map<string, { currency: string; approved: number; revised: number; executed: number }>();
  for (const line of lines) {
    const total = totals.get(line.currency) ?? {
      currency: line.currency,
      approved: 0,
      revised: 0,
      executed: 0,
    };
    total.approved += line.approved;
    // a line not revised keeps its approved amount
    total.revised += line.revised ?? line.approved;
    total.executed += line.executed ?? 0;
    totals.set(line.currency, total);
  }
  return [...totals.values()];
}
