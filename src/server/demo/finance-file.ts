import { readFileSync } from 'node:fs';
import { z } from '@hono/zod-openapi';
import { scenarioAssumptionsSchema } from '../../core/finance/projection.ts';
import { describeZodError } from '../http/errors.ts';
import { CreateBudgetLineBody } from '../modules/finance/budgets-schemas.ts';
import { CreateFlowBody } from '../modules/finance/flows-schemas.ts';
import { CreateFunderBody } from '../modules/finance/funders-schemas.ts';
import { macroRoutes } from '../modules/finance/macro-routes.ts';
import { rateRoutes } from '../modules/finance/rates-routes.ts';
import { settingsRoutes } from '../modules/finance/settings-routes.ts';

/** The JSON body a route takes, so the demo file is checked by the API's own schema. */
const bodyOf = <T extends z.ZodType>(route: {
  request: { body: { content: { 'application/json': { schema: T } } } };
}) => route.request.body.content['application/json'].schema;

const key = z.string().min(1);

/**
 * A demo finance file: the bodies the finance API takes, except that rows name each other the way a person
 * writing the file would: funders by `key`, institutions by acronym or name from the sector map, plan
 * items by code in the demo plan, demo people by e-mail.
 */
const DemoFunder = CreateFunderBody.omit({ actorId: true }).extend({
  key,
  /** The same organisation on the sector map. */
  actor: z.string().min(1).optional(),
  /** Donor-role demo people who speak for this funder. */
  members: z.array(z.email()).optional(),
});

const Amounts = z.tuple([
  CreateBudgetLineBody.shape.approved,
  CreateBudgetLineBody.shape.revised.unwrap(),
  CreateBudgetLineBody.shape.executed.unwrap(),
]);

/** One budget line over several fiscal years: [approved, revised, executed] per year. */
const DemoBudgetLine = CreateBudgetLineBody.omit({
  fiscalYear: true,
  actorId: true,
  sourceFunderId: true,
  approved: true,
  revised: true,
  executed: true,
}).extend({
  institution: z.string().min(1),
  /** A funder's key; absent for domestic resources. */
  source: key.optional(),
  years: z.record(z.string().regex(/^\d{4}$/, 'must be a year'), Amounts),
});

const DemoFlow = CreateFlowBody.omit({ funderId: true, planItemId: true, toFunderId: true }).extend({
  funder: key,
  /** A plan item's code; its purpose code is the flow's when the flow gives none. */
  item: z.string().min(1).optional(),
  /** A pooled fund's key, for a contribution into it. */
  toFunder: key.optional(),
});

const DemoScenario = z
  .object({
    name: z.string().trim().min(1).max(200),
    assumptions: scenarioAssumptionsSchema.omit({ donorExits: true }).extend({
      donorExits: z.array(z.object({ funder: key, lastYear: z.number().int() }).strict()).default([]),
    }),
  })
  .strict();

export const DemoFinanceFile = z
  .object({
    settings: bodyOf(settingsRoutes.put),
    exchangeRates: z.array(bodyOf(rateRoutes.create)),
    macro: z.array(bodyOf(macroRoutes.put).extend({ fiscalYear: CreateBudgetLineBody.shape.fiscalYear })),
    funders: z.array(DemoFunder),
    budgetLines: z.array(DemoBudgetLine),
    /** An IATI file beside this one, imported through the IATI import. */
    iatiFile: z.string().regex(/^[\w.-]+\.xml$/, 'must be a file name beside the demo data'),
    flows: z.array(DemoFlow),
    scenarios: z.array(DemoScenario),
  })
  .strict()
  .superRefine((file, ctx) => {
    const problem = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const keys = new Set(file.funders.map((funder) => funder.key));
    if (keys.size !== file.funders.length) problem(['funders'], 'every funder needs its own key');
    const known = (path: PropertyKey[], value: string | undefined) => {
      if (value !== undefined && !keys.has(value)) problem(path, `no funder with key "${value}"`);
    };
    file.budgetLines.forEach((line, index) => {
      known(['budgetLines', index, 'source'], line.source);
    });
    file.flows.forEach((flow, index) => {
      known(['flows', index, 'funder'], flow.funder);
      known(['flows', index, 'toFunder'], flow.toFunder);
      if (!flow.item && !flow.toFunder)
        problem(['flows', index], 'a flow goes to a plan item or into a pooled fund');
    });
    file.scenarios.forEach((scenario, index) => {
      scenario.assumptions.donorExits.forEach((exit, at) => {
        known(['scenarios', index, 'assumptions', 'donorExits', at, 'funder'], exit.funder);
      });
    });
  });

export type DemoFinance = z.infer<typeof DemoFinanceFile>;

/** Kasora's security-sector finance (fictional): budgets 2022–2026, macro figures, donors and their flows. */
export const KASORA_FINANCE_FILE = new URL('./data/kasora-finance.json', import.meta.url);

export function parseDemoFinance(value: unknown, source = 'demo finance'): DemoFinance {
  const result = DemoFinanceFile.safeParse(value);
  if (!result.success) throw new Error(`${source}: ${describeZodError(result.error)}`);
  return result.data;
}

export function readDemoFinance(file: URL = KASORA_FINANCE_FILE): DemoFinance {
  return parseDemoFinance(JSON.parse(readFileSync(file, 'utf8')), file.pathname);
}

/** A file named in a demo file, beside it. */
export const demoDataFile = (name: string) => new URL(`./data/${name}`, import.meta.url);
