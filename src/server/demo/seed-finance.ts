import { createReadStream } from 'node:fs';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { actors, planItems, users } from '../db/schema/index.ts';
import { createBudgetLine } from '../modules/finance/budgets-service.ts';
import { createFlow } from '../modules/finance/flows-service.ts';
import { createFunder, setFunderMembers } from '../modules/finance/funders-service.ts';
import { iatiStreamSource } from '../modules/finance/iati-file-source.ts';
import { importIatiActivities } from '../modules/finance/iati-import-service.ts';
import { putMacroYear } from '../modules/finance/macro-service.ts';
import { createExchangeRate } from '../modules/finance/rates-service.ts';
import { createFinanceScenario } from '../modules/finance/scenarios-service.ts';
import { putFinanceSettings } from '../modules/finance/settings-service.ts';
import type { WorkspaceActor } from '../modules/workspaces/membership.ts';
import { type DemoFinance, demoDataFile, readDemoFinance } from './finance-file.ts';

/** The names a demo file uses (actors, plan item codes, people, funder keys) turned into ids. */
async function lookups(db: Db, workspaceId: string, planId: string, people: ReadonlyMap<string, string>) {
  const actorRows = await db.select().from(actors).where(eq(actors.workspaceId, workspaceId));
  const itemRows = await db
    .select({ id: planItems.id, code: planItems.code, purposeCode: planItems.purposeCode })
    .from(planItems)
    .where(eq(planItems.planId, planId));
  const actorId = (nameOrAcronym: string) => {
    const row = actorRows.find((a) => a.acronym === nameOrAcronym || a.name === nameOrAcronym);
    if (!row) throw new Error(`demo finance: no actor "${nameOrAcronym}" in the sector map`);
    return row.id;
  };
  const item = (code: string) => {
    const row = itemRows.find((candidate) => candidate.code === code);
    if (!row) throw new Error(`demo finance: no item "${code}" in the demo plan`);
    return row;
  };
  const userId = async (email: string) => {
    const known = people.get(email);
    if (known) return known;
    const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
    if (!row) throw new Error(`demo finance: no demo person ${email}`);
    return row.id;
  };
  return { actorId, item, userId };
}

/**
 * The demo's security-sector finance, entered through the finance services as a user would: settings,
 * exchange rates, macro figures, funders (donor people linked to theirs), five years of budget lines, one
 * donor's activities imported from its IATI file and matched to the plan, the other donors' flows and
 * the trust fund's contributions and allocations, and saved finance scenarios. Demo people are found by e-mail (`people` maps an
 * e-mail to another user, as the tests do). Returns the funder ids by key and the IATI import.
 */
export async function seedFinance(
  db: Db,
  owner: WorkspaceActor,
  planId: string,
  options: { demo?: DemoFinance; people?: ReadonlyMap<string, string> } = {},
) {
  const demo = options.demo ?? readDemoFinance();
  const { actorId, item, userId } = await lookups(
    db,
    owner.workspace.id,
    planId,
    options.people ?? new Map(),
  );
  await putFinanceSettings({ db, actor: owner, input: demo.settings });
  for (const rate of demo.exchangeRates) await createExchangeRate(db, owner, rate);
  for (const { fiscalYear, ...input } of demo.macro)
    await putMacroYear({ db, actor: owner, fiscalYear, input });

  const funderIds = new Map<string, string>();
  for (const { key, actor, members, ...fields } of demo.funders) {
    const input = { ...fields, actorId: actor ? actorId(actor) : null };
    const funder = await createFunder({ db, actor: owner, input });
    funderIds.set(key, funder.id);
    if (members?.length) {
      const userIds = await Promise.all(members.map(userId));
      await setFunderMembers({ db, actor: owner, funderId: funder.id, userIds });
    }
  }
  const funderId = (key: string) => funderIds.get(key) as string;

  for (const { institution, source, years, ...line } of demo.budgetLines)
    for (const [year, [approved, revised, executed]] of Object.entries(years))
      await createBudgetLine(db, owner, {
        ...line,
        fiscalYear: Number(year),
        actorId: actorId(institution),
        sourceFunderId: source ? funderId(source) : null,
        approved,
        revised,
        executed,
      });

  const iati = await importIatiActivities({
    db,
    actor: owner,
    fileName: demo.iatiFile,
    read: iatiStreamSource(createReadStream(demoDataFile(demo.iatiFile))),
    planId,
  });

  for (const { funder, item: code, toFunder, ...flow } of demo.flows) {
    const target = code ? item(code) : null;
    await createFlow({
      db,
      actor: owner,
      input: {
        ...flow,
        funderId: funderId(funder),
        planItemId: target?.id ?? null,
        toFunderId: toFunder ? funderId(toFunder) : null,
        purposeCode: flow.purposeCode ?? target?.purposeCode ?? null,
      },
    });
  }

  const scenarioIds: string[] = [];
  for (const { name, assumptions } of demo.scenarios) {
    const { donorExits, ...rest } = assumptions;
    const input = {
      name,
      planId,
      assumptions: {
        ...rest,
        donorExits: donorExits.map(({ funder, lastYear }) => ({ funderId: funderId(funder), lastYear })),
      },
    };
    scenarioIds.push((await createFinanceScenario({ db, actor: owner, input })).id);
  }
  return { funderIds, iati, scenarioIds };
}
