import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { actors, monitoringFlags, planItems } from '../db/schema/index.ts';
import { waitForAnalytics } from '../modules/monitoring/analytics-refresh.ts';
import { syncAssessmentValuesByHand } from '../modules/monitoring/assessment-values-service.ts';
import { createCategory } from '../modules/monitoring/categories-service.ts';
import { createChart, createDashboard } from '../modules/monitoring/dashboards-service.ts';
import { createDataElement } from '../modules/monitoring/data-elements-service.ts';
import { createDataSet } from '../modules/monitoring/data-sets-service.ts';
import { importDataValues } from '../modules/monitoring/data-values-import.ts';
import { openScenarioFromFlag } from '../modules/monitoring/flags-service.ts';
import { createIndicator } from '../modules/monitoring/indicators-service.ts';
import { createOrgUnit } from '../modules/monitoring/org-units-service.ts';
import { createResult } from '../modules/monitoring/results-service.ts';
import { createTarget } from '../modules/monitoring/targets-service.ts';
import type { WorkspaceActor } from '../modules/workspaces/membership.ts';
import { type DemoMonitoring, readDemoMonitoring } from './monitoring-file.ts';
import { type ElementShape, generateDemoValues, valuesToCsv } from './monitoring-values.ts';

/** Codes the demo files use turned into the workspace's ids, failing loudly on a code nobody defined. */
class CodeMap {
  private readonly ids = new Map<string, string>();
  constructor(private readonly what: string) {}
  set(code: string, id: string) {
    this.ids.set(code, id);
  }
  id(code: string): string {
    const id = this.ids.get(code);
    if (!id) throw new Error(`demo monitoring: no ${this.what} "${code}"`);
    return id;
  }
}

async function workspaceLookups(db: Db, workspaceId: string, planId: string) {
  const actorRows = await db.select().from(actors).where(eq(actors.workspaceId, workspaceId));
  const itemRows = await db
    .select({ id: planItems.id, code: planItems.code })
    .from(planItems)
    .where(eq(planItems.planId, planId));
  const actorId = (nameOrAcronym: string) => {
    const row = actorRows.find((a) => a.acronym === nameOrAcronym || a.name === nameOrAcronym);
    if (!row) throw new Error(`demo monitoring: no actor "${nameOrAcronym}" in the sector map`);
    return row.id;
  };
  const itemId = (code: string) => {
    const row = itemRows.find((item) => item.code === code);
    if (!row) throw new Error(`demo monitoring: no item "${code}" in the demo plan`);
    return row.id;
  };
  return { actorId, itemId };
}

/** Org units, categories, data elements and data sets, as the Setup tab would enter them. */
async function seedMetadata(
  db: Db,
  owner: WorkspaceActor,
  demo: DemoMonitoring,
  actorId: (name: string) => string,
) {
  const orgUnits = new CodeMap('org unit');
  for (const { parent, actor, ...unit } of demo.metadata.orgUnits) {
    const input = {
      ...unit,
      parentId: parent ? orgUnits.id(parent) : null,
      actorId: actor ? actorId(actor) : null,
    };
    orgUnits.set(unit.code, (await createOrgUnit({ db, actor: owner, input })).id);
  }
  const categories = new CodeMap('category');
  for (const input of demo.metadata.categories)
    categories.set(input.code, (await createCategory({ db, actor: owner, input })).id);
  const elements = new CodeMap('data element');
  for (const { categories: codes, ...element } of demo.metadata.dataElements) {
    const input = { ...element, categoryIds: codes.map((code) => categories.id(code)) };
    elements.set(element.code, (await createDataElement({ db, actor: owner, input })).id);
  }
  for (const { dataElements, orgUnits: units, ...set } of demo.metadata.dataSets) {
    const input = {
      ...set,
      dataElementIds: dataElements.map((code) => elements.id(code)),
      orgUnitIds: units.map((code) => orgUnits.id(code)),
    };
    await createDataSet({ db, actor: owner, input });
  }
  return { orgUnits, categories, elements };
}

/** The results chain linked to the plan, then the indicators with their baselines and targets. */
async function seedResultsAndIndicators(
  db: Db,
  owner: WorkspaceActor,
  demo: DemoMonitoring,
  lookups: Awaited<ReturnType<typeof workspaceLookups>>,
  orgUnits: CodeMap,
) {
  const results = new CodeMap('result');
  for (const { parent, planItems: codes, ...result } of demo.metadata.results) {
    const input = {
      ...result,
      parentId: parent ? results.id(parent) : null,
      planItemIds: codes.map(lookups.itemId),
    };
    results.set(result.code, (await createResult({ db, actor: owner, input, language: 'en' })).id);
  }
  const indicators = new CodeMap('indicator');
  for (const { result, responsible, targets, ...indicator } of demo.indicators.indicators) {
    const input = {
      ...indicator,
      resultId: result ? results.id(result) : null,
      responsibleActorId: responsible ? lookups.actorId(responsible) : null,
    };
    const created = await createIndicator({ db, actor: owner, input });
    indicators.set(indicator.code, created.id);
    for (const { orgUnit, ...target } of targets)
      await createTarget({
        db,
        actor: owner,
        indicatorId: created.id,
        input: { ...target, orgUnitId: orgUnits.id(orgUnit) },
      });
  }
  return { results, indicators };
}

/** Five years of values, grown from the file's parameters and loaded through the CSV import. */
async function seedValues(db: Db, owner: WorkspaceActor, demo: DemoMonitoring) {
  const options = new Map(
    demo.metadata.categories.map((category) => [
      category.code,
      { code: category.code, options: category.options.map((option) => option.code) },
    ]),
  );
  const shapes = new Map<string, ElementShape>(
    demo.metadata.dataElements.map((element) => [
      element.code,
      {
        aggregation: element.aggregation ?? 'sum',
        valueType: element.valueType ?? 'number',
        categories: element.categories.map((code) => options.get(code) as ElementShape['categories'][number]),
      },
    ]),
  );
  const csv = valuesToCsv(generateDemoValues(demo.values, shapes));
  const file = { name: 'kasora-monitoring-values.csv', bytes: new TextEncoder().encode(csv) };
  const summary = await importDataValues({ db, actor: owner, file });
  // The import refreshes the analytics table in the background; the flags follow each refresh.
  await waitForAnalytics(owner.workspace.id);
  return summary;
}

/** The "Programme overview" dashboard; chart queries name things by code, the API takes ids. */
async function seedDashboard(
  db: Db,
  owner: WorkspaceActor,
  demo: DemoMonitoring,
  codes: { orgUnits: CodeMap; categories: CodeMap; elements: CodeMap; indicators: CodeMap },
) {
  const { charts, ...input } = demo.indicators.dashboard;
  const dashboard = await createDashboard({ db, actor: owner, input });
  for (const { config, ...chart } of charts) {
    const { items, orgUnits, disaggregation, ...query } = config;
    const ids = (list: string[] | undefined) => list?.map((code) => codes.orgUnits.id(code));
    const withIds = {
      ...query,
      items: items.map((item) => ({
        ...item,
        id: (item.type === 'indicator' ? codes.indicators : codes.elements).id(item.id),
      })),
      orgUnits: {
        ...orgUnits,
        ids: ids(orgUnits.ids),
        parentId: orgUnits.parentId ? codes.orgUnits.id(orgUnits.parentId) : undefined,
      },
      disaggregation: disaggregation && { categoryId: codes.categories.id(disaggregation.categoryId) },
    };
    await createChart({ db, actor: owner, dashboardId: dashboard.id, input: { ...chart, config: withIds } });
  }
  return dashboard.id;
}

/**
 * The demo's monitoring and evaluation, entered through the monitoring services as a user would:
 * org units (Kasora and its four regions), sex and age categories, data elements and data sets, a results
 * chain linked to the plan's items and to assessment criteria, twenty indicators with baselines and
 * targets, five years of values imported from a CSV, the analytics refreshed and the off-track flags
 * raised; one flag already turned into a re-planning scenario, and the "Programme overview" dashboard.
 */
export async function seedMonitoring(
  db: Db,
  owner: WorkspaceActor,
  planId: string,
  demo: DemoMonitoring = readDemoMonitoring(),
) {
  const lookups = await workspaceLookups(db, owner.workspace.id, planId);
  const { orgUnits, categories, elements } = await seedMetadata(db, owner, demo, lookups.actorId);
  const { indicators } = await seedResultsAndIndicators(db, owner, demo, lookups, orgUnits);
  // The two expert indicators read the validated governance assessments already in the demo.
  const assessed = await syncAssessmentValuesByHand({ db, actor: owner });
  const imported = await seedValues(db, owner, demo);

  const { scenarioFrom, scenario } = demo.indicators.review;
  const [flag] = await db
    .select({ id: monitoringFlags.id })
    .from(monitoringFlags)
    .where(
      and(
        eq(monitoringFlags.workspaceId, owner.workspace.id),
        eq(monitoringFlags.indicatorId, indicators.id(scenarioFrom.indicator)),
        eq(monitoringFlags.orgUnitId, orgUnits.id(scenarioFrom.orgUnit)),
        isNull(monitoringFlags.decision),
      ),
    );
  if (!flag) throw new Error(`demo monitoring: ${scenarioFrom.indicator} raised no flag to re-plan from`);
  const reviewed = await openScenarioFromFlag({
    db,
    actor: owner,
    language: 'en',
    flagId: flag.id,
    input: scenario,
  });
  const dashboardId = await seedDashboard(db, owner, demo, { orgUnits, categories, elements, indicators });
  return {
    assessed,
    imported,
    elements,
    indicators,
    orgUnits,
    dashboardId,
    scenarioPlanId: reviewed.scenario?.id ?? null,
  };
}
