import { readFileSync } from 'node:fs';
import { z } from '@hono/zod-openapi';
import { describeZodError } from '../http/errors.ts';
import {
  CreateDependencyBody,
  CreateItemBody,
  CreatePlanBody,
  CreateResourceBody,
  CreateRiskBody,
  ScenarioBody,
  UpdateItemBody,
  UpdatePlanBody,
} from '../modules/plans/schemas.ts';

/**
 * A demo plan file: the bodies the plans API takes, except that rows name each other the way a person
 * writing the file would. Items refer to items by code, demands and scenario capacities to resources by
 * `key`, and actors are named by acronym or exact name from the sector map. `needItems` are item ids of the
 * ten-criteria framework, linked to the baseline assessment's needs for them when it has any.
 */
const DemoResource = CreateResourceBody.omit({ funderActorId: true }).extend({
  key: z.string().min(1),
  funder: CreateResourceBody.shape.funderActorId,
});

/** What the PATCH route records once work is under way. */
const DemoProgress = UpdateItemBody.pick({
  status: true,
  percentComplete: true,
  actualStart: true,
  actualFinish: true,
});

const DemoItem = CreateItemBody.omit({
  parentId: true,
  leadActorId: true,
  partnerActorIds: true,
  needIds: true,
  startMonth: true,
  status: true,
  percentComplete: true,
  actualStart: true,
  actualFinish: true,
}).extend({
  parent: CreateItemBody.shape.parentId,
  lead: CreateItemBody.shape.leadActorId,
  partners: CreateItemBody.shape.partnerActorIds,
  needItems: CreateItemBody.shape.needIds,
  progress: DemoProgress.optional(),
});

const DemoDependency = CreateDependencyBody.omit({ predecessorId: true, successorId: true }).extend({
  from: CreateDependencyBody.shape.predecessorId,
  to: CreateDependencyBody.shape.successorId,
});

const DemoRisk = CreateRiskBody.omit({ ownerActorId: true, ownerName: true, itemIds: true }).extend({
  /** An actor of the sector map, or else the name of whoever owns the risk. */
  owner: CreateRiskBody.shape.ownerName,
  items: CreateRiskBody.shape.itemIds.unwrap().min(1, 'name at least one item'),
});

const DemoScenario = ScenarioBody.extend({
  capacities: z.record(z.string(), CreateResourceBody.shape.capacities),
});

/**
 * `statusDate` is the month the recorded progress runs to: the plan is scheduled as drawn up ahead of its
 * start, approved, and re-planned from this date once the progress is in.
 */
const DemoPlanFields = CreatePlanBody.extend({
  statusDate: UpdatePlanBody.shape.statusDate.unwrap().unwrap(),
});

export const DemoPlanFile = z
  .object({
    plan: DemoPlanFields,
    resources: z.array(DemoResource),
    items: z.array(DemoItem),
    dependencies: z.array(DemoDependency),
    risks: z.array(DemoRisk),
    scenario: DemoScenario,
  })
  .strict()
  .superRefine((file, ctx) => {
    const problem = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const codes = new Set<string>();
    file.items.forEach((item, index) => {
      if (codes.has(item.code)) problem(['items', index, 'code'], `"${item.code}" is used twice`);
      codes.add(item.code);
    });
    const keys = new Set(file.resources.map((resource) => resource.key));
    if (keys.size !== file.resources.length) problem(['resources'], 'every resource needs its own key');
    file.items.forEach((item, index) => {
      if (item.parent && !codes.has(item.parent))
        problem(['items', index, 'parent'], `no item with code "${item.parent}"`);
      for (const key of Object.keys(item.demands ?? {}))
        if (!keys.has(key)) problem(['items', index, 'demands', key], `no resource with key "${key}"`);
    });
    file.dependencies.forEach((dependency, index) => {
      for (const end of ['from', 'to'] as const)
        if (!codes.has(dependency[end]))
          problem(['dependencies', index, end], `no item with code "${dependency[end]}"`);
    });
    file.risks.forEach((risk, index) => {
      for (const code of risk.items)
        if (!codes.has(code)) problem(['risks', index, 'items'], `no item with code "${code}"`);
    });
    for (const key of Object.keys(file.scenario.capacities))
      if (!keys.has(key)) problem(['scenario', 'capacities', key], `no resource with key "${key}"`);
  });

export type DemoPlan = z.infer<typeof DemoPlanFile>;
export type DemoPlanItem = DemoPlan['items'][number];

/**
 * Kasora's national SSR plan for 2026–2030 (fictional). Its months are offsets from January 2026; the
 * general elections of October 2028, a fixed point of the sequence, are month 33.
 */
export const KASORA_PLAN_FILE = new URL('./data/kasora-plan.json', import.meta.url);

/** A demo plan from parsed JSON; throws naming the first field that is wrong. */
export function parseDemoPlan(value: unknown, source = 'demo plan'): DemoPlan {
  const result = DemoPlanFile.safeParse(value);
  if (!result.success) throw new Error(`${source}: ${describeZodError(result.error)}`);
  return result.data;
}

export function readDemoPlan(file: URL = KASORA_PLAN_FILE): DemoPlan {
  return parseDemoPlan(JSON.parse(readFileSync(file, 'utf8')), file.pathname);
}
