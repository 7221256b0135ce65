import { BUDGET_CSV_COLUMNS } from '../../../core/finance/budget-csv.ts';
import type { Db } from '../../db/client.ts';
import { type ExportCell, type SpreadsheetFormat, writeCsv, writeXlsx } from '../sector-map/spreadsheet.ts';
import type { WorkspaceActor } from '../workspaces/membership.ts';
import { listBudgetLines } from './budgets-service.ts';

/** The budget lines of a year (or all) in the columns the import reads, so the file can be edited and imported. */
export async function exportBudgetLines(options: {
  db: Db;
  actor: WorkspaceActor;
  year?: number;
  format: SpreadsheetFormat;
}) {
  const { lines } = await listBudgetLines(options.db, options.actor, options.year);
  const yesNo = (value: boolean) => (value ? 'yes' : 'no');
  const rows = lines.map((line) => {
    const cells: Record<(typeof BUDGET_CSV_COLUMNS)[number], ExportCell> = {
      fiscalYear: line.fiscalYear,
      institution: line.institution,
      cofog: line.cofog,
      economicClass: line.economicClass,
      description: line.description,
      currency: line.currency,
      approved: line.approved,
      revised: line.revised,
      executed: line.executed,
      source: line.source ?? 'domestic',
      secret: yesNo(line.secret),
      offBudget: yesNo(line.offBudget),
    };
    return BUDGET_CSV_COLUMNS.map((column) => cells[column]);
  });
  return options.format === 'xlsx'
    ? writeXlsx('budget lines', BUDGET_CSV_COLUMNS, rows)
    : writeCsv(BUDGET_CSV_COLUMNS, rows);
}
