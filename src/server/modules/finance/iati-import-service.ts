import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { flowWriteRefusal } from '../../../core/access/funding-policy.ts';
import { AppError } from '../../../core/errors/app-error.ts';
import {
  flowKindOfTransaction,
  funderTypeOfIatiOrg,
  fundingOrganisation,
  purposeCodeOf,
  storableDate,
} from '../../../core/iati/import-mapping.ts';
import { type MatchCandidate, matchActivity } from '../../../core/iati/match.ts';
import type { IatiActivity, IatiOrganisation, IatiWarning } from '../../../core/iati/types.ts';
import type { Db } from '../../db/client.ts';
import { type CopyValue, copyRows } from '../../db/copy.ts';
import { funders, iatiImports } from '../../db/schema/index.ts';
import { appendAudit } from '../audit/repo.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';
import { fundingActing } from './funders-repo.ts';
import {
  deleteActivities,
  existingActivities,
  matchCandidates,
  matchingPlan,
  workspaceFunders,
} from './iati-repo.ts';

/** Reads a file, handing over one activity at a time (awaited) and each warning; resolves to the file's version. */
export type IatiActivitySource = (handlers: {
  onActivity: (activity: IatiActivity) => Promise<void>;
  onWarning: (warning: IatiWarning) => void;
}) => Promise<{ version: string }>;

export interface IatiImportResult {
  importId: string;
  fileName: string;
  version: string;
  planId: string | null;
  activities: number;
  transactions: number;
  matched: number;
  warnings: IatiWarning[];
  warningCount: number;
}

/** Activities held before they are written with COPY: bounds memory whatever the file size. */
const BATCH_ACTIVITIES = 2000;
/** Warnings kept with the import (the count says how many there were in all). */
const MAX_STORED_WARNINGS = 200;

const ACTIVITY_COLUMNS = [
  'id',
  'workspace_id',
  'import_id',
  'iati_identifier',
  'title',
  'description',
  'funder_id',
  'default_currency',
  'start_date',
  'end_date',
  'sectors',
  'details',
  'matched_plan_item_id',
  'match_kind',
  'match_reviewed',
];
const FLOW_COLUMNS = [
  'id',
  'workspace_id',
  'funder_id',
  'kind',
  'amount',
  'currency',
  'flow_date',
  'purpose_code',
  'plan_item_id',
  'iati_activity_id',
  'description',
  'created_by',
];

// Warnings of the import itself (the reader's are in the iatiWarnings namespace): `iati:` keys, naming
// the activity rather than a line (line 0).
const warning = (line: number, key: string, params: Record<string, string | number> = {}): IatiWarning => ({
  line,
  key: `iati:importWarnings.${key}`,
  params,
});

/**
 * Imports an IATI file into the workspace in one transaction: the import record, funders found or created
 * from the paying organisation, the activities (matched to the plan's reform activities) and their
 * transactions as funding flows, written with COPY in batches. Re-importing an identifier replaces the
 * activity and its flows but keeps a match made by hand. Any error leaves nothing written.
 */
export async function importIatiActivities(options: {
  db: Db;
  actor: WorkspaceActor;
  fileName: string;
  read: IatiActivitySource;
  planId?: string | null;
}): Promise<IatiImportResult> {
  const { db, actor, fileName, read } = options;
  authorize(actor, 'funding:write');
  const workspaceId = actor.workspace.id;
  const acting = await fundingActing(db, actor);
  const plan = await matchingPlan(db, workspaceId, options.planId);
  const candidates: MatchCandidate[] = plan ? await matchCandidates(db, plan.id) : [];
  const importId = randomUUID();

  return db.transaction(async (tx) => {
    const txDb = tx as unknown as Db;
    await txDb.insert(iatiImports).values({
      id: importId,
      workspaceId,
      fileName,
      version: '',
      activityCount: 0,
      transactionCount: 0,
      importedBy: actor.user.id,
    });
    const funderIndex = await loadFunderIndex(txDb, workspaceId);
    const warnings: IatiWarning[] = [];
    let warningCount = 0;
    const warn = (item: IatiWarning) => {
      warningCount++;
      if (warnings.length < MAX_STORED_WARNINGS) warnings.push(item);
    };
    const skippedTypes = new Map<string, number>();
    let pending: IatiActivity[] = [];
    let activities = 0;
    let transactions = 0;
    let matched = 0;

    const funderFor = async (activity: IatiActivity): Promise<string | null> => {
      const org = fundingOrganisation(activity.reportingOrg, activity.participatingOrgs);
      if (!org) {
        if (acting.role === 'donor')
          throw new AppError(
            'forbidden',
            `"${activity.identifier}" names no reporting organisation: you may import only your own funding`,
          );
        warn(warning(0, 'noFunder', { identifier: activity.identifier }));
        return null;
      }
      const id = await findOrCreateFunder(txDb, workspaceId, funderIndex, org, acting.role === 'donor');
      const name = org.name ?? org.ref ?? '';
      const refusal = flowWriteRefusal(acting, { id: id ?? '', name });
      if (refusal)
        throw new AppError(
          'forbidden',
          `${refusal.reason} (reporting organisation of "${activity.identifier}")`,
          { org: name },
        );
      return id;
    };

    const flush = async () => {
      const batch = new Map(pending.map((activity) => [activity.identifier, activity]));
      pending = [];
      const kept = await existingActivities(txDb, workspaceId, [...batch.keys()]);
      // replacing an activity deletes its flows: only someone who may write its funder's flows may do it
      for (const previous of kept.values()) {
        const refusal = flowWriteRefusal(acting, {
          id: previous.funderId ?? '',
          name: previous.funderName ?? '',
        });
        if (refusal)
          throw new AppError(
            'forbidden',
            `${refusal.reason} ("${previous.identifier}" was imported for ${previous.funderName ?? 'no funder'})`,
            { identifier: previous.identifier },
          );
      }
      await deleteActivities(
        txDb,
        workspaceId,
        [...kept.values()].map((row) => row.id),
      );
      const activityRows: CopyValue[][] = [];
      const flowRows: CopyValue[][] = [];
      for (const activity of batch.values()) {
        const previous = kept.get(activity.identifier);
        const funderId = await funderFor(activity);
        const manual = previous?.matchKind === 'manual';
        const match = manual ? null : matchActivity(activity, candidates);
        const planItemId = manual ? previous.matchedPlanItemId : (match?.planItemId ?? null);
        const id = previous?.id ?? randomUUID();
        if (planItemId) matched++;
        activityRows.push([
          id,
          workspaceId,
          importId,
          activity.identifier,
          activity.title,
          activity.description,
          funderId,
          activity.defaultCurrency,
          storableDate(activity.actualStart ?? activity.plannedStart),
          storableDate(activity.actualEnd ?? activity.plannedEnd),
          activity.sectors,
          {
            reportingOrg: activity.reportingOrg,
            participatingOrgs: activity.participatingOrgs,
            status: activity.status,
            recipientCountries: activity.recipientCountries,
            budgets: activity.budgets,
            plannedDisbursements: activity.plannedDisbursements,
            results: activity.results,
          },
          planItemId,
          manual ? 'manual' : (match?.kind ?? null),
          manual ? previous.matchReviewed : false,
        ]);
        for (const transaction of activity.transactions) {
          const kind = flowKindOfTransaction(transaction.type);
          if (!kind) {
            skippedTypes.set(transaction.type, (skippedTypes.get(transaction.type) ?? 0) + 1);
            continue;
          }
          const currency = transaction.value.currency ?? activity.defaultCurrency;
          const date = storableDate(transaction.date ?? transaction.value.valueDate);
          if (!funderId || !currency || !date) {
            if (funderId)
              warn(
                warning(0, currency ? 'transactionWithoutDate' : 'transactionWithoutCurrency', {
                  identifier: activity.identifier,
                }),
              );
            continue;
          }
          transactions++;
          flowRows.push([
            randomUUID(),
            workspaceId,
            funderId,
            kind,
            transaction.value.value,
            currency.toUpperCase(),
            date,
            purposeCodeOf(transaction, activity.sectors),
            planItemId,
            id,
            transaction.description,
            actor.user.id,
          ]);
        }
      }
      activities += activityRows.length;
      await copyRows(tx, 'iati_activities', ACTIVITY_COLUMNS, activityRows);
      await copyRows(tx, 'funding_flows', FLOW_COLUMNS, flowRows);
    };

    const { version } = await read({
      onActivity: async (activity) => {
        if (!activity.identifier.trim()) {
          warn(warning(0, 'noIdentifier', { title: activity.title }));
          return;
        }
        pending.push(activity);
        if (pending.length >= BATCH_ACTIVITIES) await flush();
      },
      onWarning: warn,
    });
    await flush();
    for (const [type, count] of skippedTypes) warn(warning(0, 'transactionTypeSkipped', { type, count }));

    await txDb
      .update(iatiImports)
      .set({ version, activityCount: activities, transactionCount: transactions, warnings })
      .where(eq(iatiImports.id, importId));
    await appendAudit(txDb, {
      workspaceId,
      actorId: actor.user.id,
      action: 'iati.import',
      entityType: 'iati_import',
      entityId: importId,
      after: {
        fileName,
        version,
        activities,
        transactions,
        matched,
        warnings: warningCount,
        planId: plan?.id ?? null,
      },
    });
    return {
      importId,
      fileName,
      version,
      planId: plan?.id ?? null,
      activities,
      transactions,
      matched,
      warnings,
      warningCount,
    };
  });
}

interface FunderIndex {
  byRef: Map<string, string>;
  byName: Map<string, string>;
}

async function loadFunderIndex(db: Db, workspaceId: string): Promise<FunderIndex> {
  const rows = await workspaceFunders(db, workspaceId);
  return {
    byRef: new Map(rows.filter((row) => row.iatiRef).map((row) => [row.iatiRef as string, row.id])),
    byName: new Map(rows.map((row) => [row.name.toLowerCase(), row.id])),
  };
}

/**
 * The funder of an IATI organisation: by its IATI ref, else by its name; created when neither is known
 * (never for a donor-role importer, who may only bring in the funders they speak for: null then).
 */
async function findOrCreateFunder(
  db: Db,
  workspaceId: string,
  index: FunderIndex,
  org: IatiOrganisation,
  mayNotCreate: boolean,
): Promise<string | null> {
  const ref = org.ref?.trim() || null;
  const name = (org.name?.trim() || ref || '').slice(0, 200);
  const known = (ref && index.byRef.get(ref)) || index.byName.get(name.toLowerCase());
  if (known) return known;
  if (mayNotCreate) return null;
  const id = randomUUID();
  await db
    .insert(funders)
    .values({ id, workspaceId, name, iatiRef: ref, type: funderTypeOfIatiOrg(org.type) });
  if (ref) index.byRef.set(ref, id);
  index.byName.set(name.toLowerCase(), id);
  return id;
}
