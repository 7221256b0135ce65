import { readFileSync } from 'node:fs';
import { z } from '@hono/zod-openapi';
import { describeZodError } from '../http/errors.ts';
import { CreateChartBody, CreateDashboardBody } from '../modules/monitoring/dashboards-schemas.ts';
import { ScenarioBody } from '../modules/monitoring/flags-schemas.ts';
import { CreateIndicatorBody } from '../modules/monitoring/indicators-schemas.ts';
import {
  CodeField,
  CreateCategoryBody,
  CreateDataElementBody,
  CreateDataSetBody,
  CreateOrgUnitBody,
} from '../modules/monitoring/metadata-schemas.ts';
import { CreateResultBody } from '../modules/monitoring/results-schemas.ts';
import { CreateTargetBody } from '../modules/monitoring/targets-schemas.ts';
import { type DemoValues, DemoValuesFile } from './monitoring-values.ts';

/**
 * The demo's monitoring files: the bodies the monitoring API takes, except that rows name each other the
 * way a person writing the file would: org units, categories, data elements, results and indicators by
 * code, plan items by code in the demo plan, institutions by acronym or name on the sector map. Chart
 * queries name indicators, org units and categories by code too.
 */
const name = z.string().min(1);

const DemoOrgUnit = CreateOrgUnitBody.omit({ parentId: true, actorId: true }).extend({
  parent: CodeField.optional(),
  actor: name.optional(),
});

const DemoDataElement = CreateDataElementBody.omit({ categoryIds: true }).extend({
  categories: z.array(CodeField).default([]),
});

const DemoDataSet = CreateDataSetBody.omit({ dataElementIds: true, orgUnitIds: true }).extend({
  dataElements: z.array(CodeField),
  orgUnits: z.array(CodeField),
});

const DemoResult = CreateResultBody.omit({ parentId: true, planItemIds: true }).extend({
  parent: name.optional(),
  /** Plan item codes in the demo plan. */
  planItems: z.array(name).default([]),
});

const DemoTarget = CreateTargetBody.omit({ orgUnitId: true }).extend({ orgUnit: CodeField });

const DemoIndicator = CreateIndicatorBody.omit({ resultId: true, responsibleActorId: true }).extend({
  result: name.optional(),
  /** The responsible institution: an acronym or name on the sector map. */
  responsible: name.optional(),
  targets: z.array(DemoTarget).default([]),
});

/** A saved chart; its query names indicators, data elements, org units and categories by code. */
const DemoChart = CreateChartBody.omit({ position: true }).strict();

export const DemoMonitoringMetadataFile = z
  .object({
    orgUnits: z.array(DemoOrgUnit),
    categories: z.array(CreateCategoryBody),
    dataElements: z.array(DemoDataElement),
    dataSets: z.array(DemoDataSet),
    results: z.array(DemoResult),
  })
  .strict();

export const DemoMonitoringIndicatorsFile = z
  .object({
    indicators: z.array(DemoIndicator),
    review: z
      .object({
        /** The off-track flag the secretariat has already turned into a re-planning scenario. */
        scenarioFrom: z.object({ indicator: CodeField, orgUnit: CodeField }).strict(),
        scenario: ScenarioBody,
      })
      .strict(),
    dashboard: CreateDashboardBody.extend({ charts: z.array(DemoChart) }).strict(),
  })
  .strict();

export interface DemoMonitoring {
  metadata: z.infer<typeof DemoMonitoringMetadataFile>;
  indicators: z.infer<typeof DemoMonitoringIndicatorsFile>;
  values: DemoValues;
}

/** Every code a file names must be defined in it: caught when the file is read, not half-way through the seed. */
function checkReferences(demo: DemoMonitoring) {
  const problems: string[] = [];
  const codes = (rows: { code: string }[]) => new Set(rows.map((row) => row.code));
  const orgUnits = codes(demo.metadata.orgUnits);
  const categories = codes(demo.metadata.categories);
  const elements = codes(demo.metadata.dataElements);
  const results = codes(demo.metadata.results);
  const indicators = codes(demo.indicators.indicators);
  const need = (known: Set<string>, code: string | undefined, where: string) => {
    if (code !== undefined && !known.has(code)) problems.push(`${where}: unknown code "${code}"`);
  };
  for (const unit of demo.metadata.orgUnits) need(orgUnits, unit.parent, `orgUnits ${unit.code}`);
  for (const element of demo.metadata.dataElements)
    for (const code of element.categories) need(categories, code, `dataElements ${element.code}`);
  for (const set of demo.metadata.dataSets) {
    for (const code of set.dataElements) need(elements, code, `dataSets ${set.code}`);
    for (const code of set.orgUnits) need(orgUnits, code, `dataSets ${set.code}`);
  }
  for (const result of demo.metadata.results) need(results, result.parent, `results ${result.code}`);
  for (const indicator of demo.indicators.indicators) {
    need(results, indicator.result, `indicators ${indicator.code}`);
    for (const target of indicator.targets) need(orgUnits, target.orgUnit, `indicators ${indicator.code}`);
  }
  const { scenarioFrom } = demo.indicators.review;
  need(indicators, scenarioFrom.indicator, 'review');
  need(orgUnits, scenarioFrom.orgUnit, 'review');
  for (const chart of demo.indicators.dashboard.charts) {
    for (const item of chart.config.items)
      need(item.type === 'indicator' ? indicators : elements, item.id, chart.title);
    for (const code of chart.config.orgUnits.ids ?? []) need(orgUnits, code, chart.title);
    need(orgUnits, chart.config.orgUnits.parentId, chart.title);
    need(categories, chart.config.disaggregation?.categoryId, chart.title);
  }
  for (const series of demo.values.series) need(elements, series.dataElement, 'values');
  if (problems.length) throw new Error(`demo monitoring: ${problems.join('; ')}`);
}

const dataFile = (file: string) => new URL(`./data/${file}`, import.meta.url);

function readJson<T extends z.ZodType>(schema: T, file: URL): z.infer<T> {
  const result = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.success) throw new Error(`${file.pathname}: ${describeZodError(result.error)}`);
  return result.data;
}

/** Kasora's monitoring (fictional): metadata, results chain, indicators and targets, and the values' parameters. */
export function readDemoMonitoring(): DemoMonitoring {
  const demo = {
    metadata: readJson(DemoMonitoringMetadataFile, dataFile('kasora-monitoring.json')),
    indicators: readJson(DemoMonitoringIndicatorsFile, dataFile('kasora-monitoring-indicators.json')),
    values: readJson(DemoValuesFile, dataFile('kasora-monitoring-values.json')),
  };
  checkReferences(demo);
  return demo;
}
