import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { type BudgetLineValues, parseBudgetCsv } from '../../../core/finance/budget-csv.ts';
import type { ImportRow } from '../../../core/sector-map/import-cells.ts';
import type { Db } from '../../db/client.ts';
import { copyRows } from '../../db/copy.ts';
import { actors, funders } from '../../db/schema/index.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';
import { auditBudgetLine } from './budgets-service.ts';
import { unwrapRows } from './csv-upload.ts';

const COPY_COLUMNS = [
  'id',
  'workspace_id',
  'fiscal_year',
  'actor_id',
  'cofog',
  'economic_class',
  'description',
  'currency',
  'approved',
  'revised',
  'executed',
  'source_funder_id',
  'secret',
  'off_budget',
] as const;

/** Adds every line of the file in one transaction, or none (422 listing each row's problems). */
export async function importBudgetLines(options: {
  db: Db;
  actor: WorkspaceActor;
  rows: readonly ImportRow[];
  fileName: string;
}) {
  const { db, actor } = options;
  authorize(actor, 'finance:write');
  const imported = await db.transaction(async (tx) => {
    const workspaceId = actor.workspace.id;
    const [institutions, sources] = await Promise.all([
      tx
        .select({ id: actors.id, name: actors.name, acronym: actors.acronym })
        .from(actors)
        .where(eq(actors.workspaceId, workspaceId))
        .for('share'),
      tx
        .select({ id: funders.id, name: funders.name, acronym: funders.acronym })
        .from(funders)
        .where(eq(funders.workspaceId, workspaceId))
        .for('share'),
    ]);
    const { lines } = unwrapRows(parseBudgetCsv(options.rows, { institutions, funders: sources }));
    const count = await copyRows(
      tx,
      'budget_lines',
      COPY_COLUMNS,
      lines.map((line) => copyRow(workspaceId, line)),
    );
    await auditBudgetLine(tx, actor, 'budget_line.import', null, null, { count, fileName: options.fileName });
    return count;
  });
  return { imported };
}

const copyRow = (workspaceId: string, line: BudgetLineValues) => [
  randomUUID(),
  workspaceId,
  line.fiscalYear,
  line.actorId,
  line.cofog,
  line.economicClass,
  line.description,
  line.currency,
  line.approved,
  line.revised,
  line.executed,
  line.sourceFunderId,
  line.secret,
  line.offBudget,
];
