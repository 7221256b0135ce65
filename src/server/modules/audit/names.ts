import { aliasedTable, and, desc, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  actorRelations,
  actors,
  assessments,
  auditLog,
  budgetLines,
  compactCommitments,
  consultations,
  coordinationActions,
  coordinationMechanisms,
  coordinationMeetings,
  customFrameworks,
  exchangeRates,
  funders,
  fundingFlows,
  iatiActivities,
  iatiImports,
  invitations,
  macroYears,
  memberships,
  needs,
  oversightNotes,
  planDependencies,
  planItems,
  planResources,
  planRisks,
  plans,
  swotEntries,
  users,
  workspaces,
} from '../../db/schema/index.ts';
import { integrityChannels, integrityRecipients } from '../../db/schema/integrity.ts';
import {
  monitoringCategories,
  monitoringCharts,
  monitoringDashboards,
  monitoringDataElements,
  monitoringDataSets,
  monitoringFlags,
  monitoringIndicators,
  monitoringOrgUnits,
  monitoringResults,
  monitoringTargets,
} from '../../db/schema/monitoring.ts';
import { surveys } from '../../db/schema/surveys.ts';

/** What a log entry names: the entity's name (in every language it has one in) and whether it still exists. */
export interface EntityLabel {
  name: string;
  nameTranslations: Record<string, string>;
  deleted: boolean;
}

type Found = { id: string; name: string; nameTranslations?: Record<string, string> | null };
type Lookup = (db: Db, workspaceId: string, ids: string[]) => Promise<Found[]>;

const clip = (text: string, length = 80) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);
const codeAndName = (code: string, name: string) => `${code} ${name}`;

const source = aliasedTable(actors, 'source_actor');
const target = aliasedTable(actors, 'target_actor');
const predecessor = aliasedTable(planItems, 'predecessor_item');
const successor = aliasedTable(planItems, 'successor_item');

/** The entity tables as the log names them, each read only within the workspace. */
const LOOKUPS: Record<string, Lookup> = {
  integrity_channel: async (db, ws, ids) =>
    (
      await db
        .select({ id: integrityChannels.id, settings: integrityChannels.settings })
        .from(integrityChannels)
        .where(and(eq(integrityChannels.workspaceId, ws), inArray(integrityChannels.id, ids)))
    ).map(({ id, settings }) => {
      const { en, ...translations } = settings.name;
      return { id, name: en, nameTranslations: translations as Record<string, string> };
    }),
  // a recipient is named by the member they are
  integrity_recipient: (db, ws, ids) =>
    db
      .select({ id: integrityRecipients.id, name: users.name })
      .from(integrityRecipients)
      .innerJoin(users, eq(users.id, integrityRecipients.userId))
      .where(and(eq(integrityRecipients.workspaceId, ws), inArray(integrityRecipients.id, ids))),
  survey: (db, ws, ids) =>
    db
      .select({ id: surveys.id, name: surveys.title })
      .from(surveys)
      .where(and(eq(surveys.workspaceId, ws), inArray(surveys.id, ids))),
  // the responses of a survey are named by its title
  survey_responses: (db, ws, ids) =>
    db
      .select({ id: surveys.id, name: surveys.title })
      .from(surveys)
      .where(and(eq(surveys.workspaceId, ws), inArray(surveys.id, ids))),
  actor: (db, ws, ids) =>
    db
      .select({ id: actors.id, name: actors.name, nameTranslations: actors.nameTranslations })
      .from(actors)
      .where(and(eq(actors.workspaceId, ws), inArray(actors.id, ids))),
  actor_relation: async (db, ws, ids) =>
    (
      await db
        .select({ id: actorRelations.id, from: source.name, to: target.name })
        .from(actorRelations)
        .innerJoin(source, eq(source.id, actorRelations.sourceActorId))
        .innerJoin(target, eq(target.id, actorRelations.targetActorId))
        .where(and(eq(actorRelations.workspaceId, ws), inArray(actorRelations.id, ids)))
    ).map((row) => ({ id: row.id, name: `${row.from} → ${row.to}` })),
  assessment: (db, ws, ids) =>
    db
      .select({ id: assessments.id, name: assessments.title })
      .from(assessments)
      .where(and(eq(assessments.workspaceId, ws), inArray(assessments.id, ids))),
  need: (db, ws, ids) =>
    db
      .select({ id: needs.id, name: needs.title })
      .from(needs)
      .where(and(eq(needs.workspaceId, ws), inArray(needs.id, ids))),
  swot_entry: async (db, ws, ids) =>
    (
      await db
        .select({ id: swotEntries.id, text: swotEntries.text })
        .from(swotEntries)
        .where(and(eq(swotEntries.workspaceId, ws), inArray(swotEntries.id, ids)))
    ).map((row) => ({ id: row.id, name: clip(row.text) })),
  consultation: async (db, ws, ids) =>
    (
      await db
        .select({ id: consultations.id, place: consultations.place, heldOn: consultations.heldOn })
        .from(consultations)
        .where(and(eq(consultations.workspaceId, ws), inArray(consultations.id, ids)))
    ).map((row) => ({ id: row.id, name: `${row.place}, ${row.heldOn}` })),
  oversight_note: (db, ws, ids) =>
    db
      .select({ id: oversightNotes.id, name: oversightNotes.title })
      .from(oversightNotes)
      .where(and(eq(oversightNotes.workspaceId, ws), inArray(oversightNotes.id, ids))),
  plan: (db, ws, ids) =>
    db
      .select({ id: plans.id, name: plans.name })
      .from(plans)
      .where(and(eq(plans.workspaceId, ws), inArray(plans.id, ids))),
  plan_item: async (db, ws, ids) =>
    (
      await db
        .select({ id: planItems.id, code: planItems.code, name: planItems.name })
        .from(planItems)
        .where(and(eq(planItems.workspaceId, ws), inArray(planItems.id, ids)))
    ).map((row) => ({ id: row.id, name: codeAndName(row.code, row.name) })),
  plan_resource: (db, ws, ids) =>
    db
      .select({ id: planResources.id, name: planResources.name })
      .from(planResources)
      .innerJoin(plans, eq(plans.id, planResources.planId))
      .where(and(eq(plans.workspaceId, ws), inArray(planResources.id, ids))),
  plan_dependency: async (db, ws, ids) =>
    (
      await db
        .select({ id: planDependencies.id, from: predecessor.code, to: successor.code })
        .from(planDependencies)
        .innerJoin(predecessor, eq(predecessor.id, planDependencies.predecessorId))
        .innerJoin(successor, eq(successor.id, planDependencies.successorId))
        .where(and(eq(predecessor.workspaceId, ws), inArray(planDependencies.id, ids)))
    ).map((row) => ({ id: row.id, name: `${row.from} → ${row.to}` })),
  iati_import: (db, ws, ids) =>
    db
      .select({ id: iatiImports.id, name: iatiImports.fileName })
      .from(iatiImports)
      .where(and(eq(iatiImports.workspaceId, ws), inArray(iatiImports.id, ids))),
  iati_activity: async (db, ws, ids) =>
    (
      await db
        .select({
          id: iatiActivities.id,
          identifier: iatiActivities.iatiIdentifier,
          title: iatiActivities.title,
        })
        .from(iatiActivities)
        .where(and(eq(iatiActivities.workspaceId, ws), inArray(iatiActivities.id, ids)))
    ).map((row) => ({ id: row.id, name: clip(`${row.identifier} ${row.title}`) })),
  funder: (db, ws, ids) =>
    db
      .select({ id: funders.id, name: funders.name })
      .from(funders)
      .where(and(eq(funders.workspaceId, ws), inArray(funders.id, ids))),
  // a flow is named by its funder; the sentence adds the amount and currency
  funding_flow: (db, ws, ids) =>
    db
      .select({ id: fundingFlows.id, name: funders.name })
      .from(fundingFlows)
      .innerJoin(funders, eq(funders.id, fundingFlows.funderId))
      .where(and(eq(fundingFlows.workspaceId, ws), inArray(fundingFlows.id, ids))),
  risk: (db, ws, ids) =>
    db
      .select({ id: planRisks.id, name: planRisks.title })
      .from(planRisks)
      .where(and(eq(planRisks.workspaceId, ws), inArray(planRisks.id, ids))),
  coordination_mechanism: (db, ws, ids) =>
    db
      .select({ id: coordinationMechanisms.id, name: coordinationMechanisms.name })
      .from(coordinationMechanisms)
      .where(and(eq(coordinationMechanisms.workspaceId, ws), inArray(coordinationMechanisms.id, ids))),
  coordination_meeting: async (db, ws, ids) =>
    (
      await db
        .select({
          id: coordinationMeetings.id,
          heldOn: coordinationMeetings.heldOn,
          mechanism: coordinationMechanisms.name,
        })
        .from(coordinationMeetings)
        .innerJoin(coordinationMechanisms, eq(coordinationMechanisms.id, coordinationMeetings.mechanismId))
        .where(and(eq(coordinationMeetings.workspaceId, ws), inArray(coordinationMeetings.id, ids)))
    ).map((row) => ({ id: row.id, name: `${row.mechanism} ${row.heldOn}` })),
  coordination_action: async (db, ws, ids) =>
    (
      await db
        .select({ id: coordinationActions.id, name: coordinationActions.description })
        .from(coordinationActions)
        .where(and(eq(coordinationActions.workspaceId, ws), inArray(coordinationActions.id, ids)))
    ).map((row) => ({ id: row.id, name: clip(row.name) })),
  compact_commitment: async (db, ws, ids) =>
    (
      await db
        .select({ id: compactCommitments.id, name: compactCommitments.commitment })
        .from(compactCommitments)
        .where(and(eq(compactCommitments.workspaceId, ws), inArray(compactCommitments.id, ids)))
    ).map((row) => ({ id: row.id, name: clip(row.name) })),
  monitoring_result: async (db, ws, ids) =>
    (
      await db
        .select({ id: monitoringResults.id, code: monitoringResults.code, title: monitoringResults.title })
        .from(monitoringResults)
        .where(and(eq(monitoringResults.workspaceId, ws), inArray(monitoringResults.id, ids)))
    ).map((row) => ({ id: row.id, name: clip(codeAndName(row.code, row.title)) })),
  monitoring_indicator: (db, ws, ids) =>
    db
      .select({
        id: monitoringIndicators.id,
        name: monitoringIndicators.name,
        nameTranslations: monitoringIndicators.nameTranslations,
      })
      .from(monitoringIndicators)
      .where(and(eq(monitoringIndicators.workspaceId, ws), inArray(monitoringIndicators.id, ids))),
  // a baseline or target is named by its indicator's code, period, org unit and disaggregation
  monitoring_target: async (db, ws, ids) =>
    (
      await db
        .select({
          id: monitoringTargets.id,
          indicator: monitoringIndicators.code,
          period: monitoringTargets.period,
          unit: monitoringOrgUnits.code,
          disaggregation: monitoringTargets.disaggregation,
        })
        .from(monitoringTargets)
        .innerJoin(monitoringIndicators, eq(monitoringIndicators.id, monitoringTargets.indicatorId))
        .innerJoin(monitoringOrgUnits, eq(monitoringOrgUnits.id, monitoringTargets.orgUnitId))
        .where(and(eq(monitoringTargets.workspaceId, ws), inArray(monitoringTargets.id, ids)))
    ).map((row) => ({
      id: row.id,
      name: [row.indicator, row.period, row.unit, row.disaggregation].filter(Boolean).join(' · '),
    })),
  // a review flag reads as its indicator, in the reader's language
  monitoring_flag: (db, ws, ids) =>
    db
      .select({
        id: monitoringFlags.id,
        name: monitoringIndicators.name,
        nameTranslations: monitoringIndicators.nameTranslations,
      })
      .from(monitoringFlags)
      .innerJoin(monitoringIndicators, eq(monitoringIndicators.id, monitoringFlags.indicatorId))
      .where(and(eq(monitoringFlags.workspaceId, ws), inArray(monitoringFlags.id, ids))),
  monitoring_org_unit: (db, ws, ids) =>
    db
      .select({
        id: monitoringOrgUnits.id,
        name: monitoringOrgUnits.name,
        nameTranslations: monitoringOrgUnits.nameTranslations,
      })
      .from(monitoringOrgUnits)
      .where(and(eq(monitoringOrgUnits.workspaceId, ws), inArray(monitoringOrgUnits.id, ids))),
  monitoring_category: (db, ws, ids) =>
    db
      .select({
        id: monitoringCategories.id,
        name: monitoringCategories.name,
        nameTranslations: monitoringCategories.nameTranslations,
      })
      .from(monitoringCategories)
      .where(and(eq(monitoringCategories.workspaceId, ws), inArray(monitoringCategories.id, ids))),
  monitoring_data_element: (db, ws, ids) =>
    db
      .select({
        id: monitoringDataElements.id,
        name: monitoringDataElements.name,
        nameTranslations: monitoringDataElements.nameTranslations,
      })
      .from(monitoringDataElements)
      .where(and(eq(monitoringDataElements.workspaceId, ws), inArray(monitoringDataElements.id, ids))),
  monitoring_data_set: (db, ws, ids) =>
    db
      .select({
        id: monitoringDataSets.id,
        name: monitoringDataSets.name,
        nameTranslations: monitoringDataSets.nameTranslations,
      })
      .from(monitoringDataSets)
      .where(and(eq(monitoringDataSets.workspaceId, ws), inArray(monitoringDataSets.id, ids))),
  monitoring_dashboard: (db, ws, ids) =>
    db
      .select({ id: monitoringDashboards.id, name: monitoringDashboards.name })
      .from(monitoringDashboards)
      .where(and(eq(monitoringDashboards.workspaceId, ws), inArray(monitoringDashboards.id, ids))),
  monitoring_chart: (db, ws, ids) =>
    db
      .select({ id: monitoringCharts.id, name: monitoringCharts.title })
      .from(monitoringCharts)
      .where(and(eq(monitoringCharts.workspaceId, ws), inArray(monitoringCharts.id, ids))),
  member: (db, ws, ids) =>
    db
      .select({ id: memberships.id, name: users.name })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.organizationId, ws), inArray(memberships.id, ids))),
  invitation: (db, ws, ids) =>
    db
      .select({ id: invitations.id, name: invitations.email })
      .from(invitations)
      .where(and(eq(invitations.organizationId, ws), inArray(invitations.id, ids))),
  workspace: (db, ws, ids) =>
    db
      .select({ id: workspaces.id, name: workspaces.name })
      .from(workspaces)
      .where(and(eq(workspaces.id, ws), inArray(workspaces.id, ids))),
  budget_line: async (db, ws, ids) =>
    (
      await db
        .select({
          id: budgetLines.id,
          year: budgetLines.fiscalYear,
          cofog: budgetLines.cofog,
          description: budgetLines.description,
        })
        .from(budgetLines)
        .where(and(eq(budgetLines.workspaceId, ws), inArray(budgetLines.id, ids)))
    ).map((row) => ({ id: row.id, name: clip(`${row.year} ${row.cofog} ${row.description ?? ''}`.trim()) })),
  macro_year: async (db, ws, ids) =>
    (
      await db
        .select({ id: macroYears.id, year: macroYears.fiscalYear })
        .from(macroYears)
        .where(and(eq(macroYears.workspaceId, ws), inArray(macroYears.id, ids)))
    ).map((row) => ({ id: row.id, name: String(row.year) })),
  exchange_rate: async (db, ws, ids) =>
    (
      await db
        .select({
          id: exchangeRates.id,
          from: exchangeRates.fromCurrency,
          to: exchangeRates.toCurrency,
          date: exchangeRates.rateDate,
        })
        .from(exchangeRates)
        .where(and(eq(exchangeRates.workspaceId, ws), inArray(exchangeRates.id, ids)))
    ).map((row) => ({ id: row.id, name: `${row.from} → ${row.to} ${row.date}` })),
  framework: async (db, ws, ids) =>
    (
      await db
        .select({ id: customFrameworks.id, definition: customFrameworks.definition })
        .from(customFrameworks)
        .where(and(eq(customFrameworks.workspaceId, ws), inArray(customFrameworks.id, ids)))
    ).map((row) => {
      const name = (row.definition as { name?: Record<string, string> }).name ?? {};
      return { id: row.id, name: name.en ?? '', nameTranslations: name };
    }),
};

type Changes = Record<string, { before: unknown; after: unknown }>;

/** The value a field had after the change, or before it when the change removed it. */
function latest(changes: Changes, field: string): unknown {
  const change = changes[field];
  return change ? (change.after ?? change.before) : undefined;
}

/**
 * The name an entry's own changes record for its entity, for entities deleted since: the name or title,
 * a plan item's code and name, an invitation's e-mail, a consultation's place.
 */
export function nameFromChanges(entityType: string, changes: Changes): string | null {
  const text = (field: string) => {
    const value = latest(changes, field);
    return typeof value === 'string' && value.trim() !== '' ? value : null;
  };
  if (entityType === 'plan_item') {
    const [code, name] = [text('code'), text('name')];
    return code && name ? codeAndName(code, name) : (name ?? code);
  }
  if (entityType === 'swot_entry') {
    const value = text('text');
    return value && clip(value);
  }
  if (entityType === 'coordination_action' || entityType === 'compact_commitment') {
    const value = text('description') ?? text('commitment');
    return value && clip(value);
  }
  if (entityType === 'coordination_meeting') return text('heldOn');
  if (entityType === 'monitoring_target') return text('period');
  if (entityType === 'budget_line' || entityType === 'macro_year') {
    const year = latest(changes, 'fiscalYear');
    const label = [year, text('cofog'), text('description')].filter((part) => part != null).join(' ');
    return label ? clip(label) : null;
  }
  if (entityType === 'exchange_rate') {
    const [from, to, date] = [text('fromCurrency'), text('toCurrency'), text('rateDate')];
    return from && to ? `${from} → ${to} ${date ?? ''}`.trim() : null;
  }
  return text('name') ?? text('title') ?? text('email') ?? text('place') ?? text('frameworkId');
}

/** Entries whose changes name a user rather than the entity (memberships): that user's id. */
function userIdFromChanges(changes: Changes): string | null {
  const value = latest(changes, 'userId');
  return typeof value === 'string' ? value : null;
}

const keyOf = (entityType: string, entityId: string) => `${entityType}\u0000${entityId}`;

/**
 * Names for the entities of a page of log entries: read from the entity tables where the entity still
 * exists, otherwise the last name its own log entries recorded (deleted entities keep their name).
 */
export async function entityLabels(
  db: Db,
  workspaceId: string,
  entries: readonly { entityType: string; entityId: string | null }[],
): Promise<Map<string, EntityLabel>> {
  const wanted = new Map<string, Set<string>>();
  for (const { entityType, entityId } of entries) {
    if (!entityId || !LOOKUPS[entityType]) continue;
    const ids = wanted.get(entityType) ?? new Set<string>();
    ids.add(entityId);
    wanted.set(entityType, ids);
  }
  const labels = new Map<string, EntityLabel>();
  await Promise.all(
    [...wanted].map(async ([entityType, ids]) => {
      for (const row of await LOOKUPS[entityType](db, workspaceId, [...ids])) {
        labels.set(keyOf(entityType, row.id), {
          name: row.name,
          nameTranslations: row.nameTranslations ?? {},
          deleted: false,
        });
      }
    }),
  );
  const gone = [...wanted].flatMap(([entityType, ids]) =>
    [...ids].filter((id) => !labels.has(keyOf(entityType, id))).map((id) => ({ entityType, id })),
  );
  if (gone.length > 0) await addRecordedNames(db, workspaceId, gone, labels);
  return labels;
}

/** For deleted entities: walks their own log entries, newest first, for the last name recorded. */
async function addRecordedNames(
  db: Db,
  workspaceId: string,
  gone: { entityType: string; id: string }[],
  labels: Map<string, EntityLabel>,
) {
  const byType: SQL[] = [];
  for (const entityType of new Set(gone.map((entry) => entry.entityType))) {
    const ids = gone.filter((entry) => entry.entityType === entityType).map((entry) => entry.id);
    byType.push(and(eq(auditLog.entityType, entityType), inArray(auditLog.entityId, ids)) as SQL);
  }
  const rows = await db
    .select({ entityType: auditLog.entityType, entityId: auditLog.entityId, changes: auditLog.changes })
    .from(auditLog)
    .where(and(eq(auditLog.chain, workspaceId), or(...byType)))
    .orderBy(desc(auditLog.seq));
  const userIds = new Map<string, string>();
  for (const row of rows) {
    if (!row.entityId) continue;
    const key = keyOf(row.entityType, row.entityId);
    if (labels.has(key)) continue;
    const changes = row.changes as Changes;
    const name = nameFromChanges(row.entityType, changes);
    if (name) labels.set(key, { name, nameTranslations: {}, deleted: true });
    else if (row.entityType === 'member' && !userIds.has(key)) {
      const userId = userIdFromChanges(changes);
      if (userId) userIds.set(key, userId);
    }
  }
  const pending = [...userIds].filter(([key]) => !labels.has(key));
  if (pending.length === 0) return;
  const people = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(
      inArray(
        users.id,
        pending.map(([, userId]) => userId),
      ),
    );
  const nameOf = new Map(people.map((person) => [person.id, person.name]));
  for (const [key, userId] of pending) {
    const name = nameOf.get(userId);
    if (name) labels.set(key, { name, nameTranslations: {}, deleted: true });
  }
}

export function labelFor(
  labels: Map<string, EntityLabel>,
  entityType: string,
  entityId: string | null,
): EntityLabel | null {
  return entityId ? (labels.get(keyOf(entityType, entityId)) ?? null) : null;
}
