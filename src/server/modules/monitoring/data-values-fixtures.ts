import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  monitoringCategories,
  monitoringDataElements,
  monitoringDataSets,
  monitoringDataValues,
  monitoringOrgUnits,
} from '../../db/schema/index.ts';
import type { TestContext } from '../../testing/harness.ts';
import { deleteValuesIn, lockDataValues, metadataNums } from './data-values-store.ts';

const ORIGIN = 'http://localhost:3000';

/** POST /data-values/import of one file, as the member with this cookie (none: anonymous). */
export async function importFile(
  ctx: TestContext,
  slug: string,
  cookie: string | null,
  content: string | Uint8Array,
  name = 'values.csv',
) {
  const form = new FormData();
  form.set('file', new File([content as BlobPart], name));
  const headers: Record<string, string> = { origin: ORIGIN };
  if (cookie) headers.cookie = cookie;
  const response = await ctx.app.request(`${ORIGIN}/api/workspaces/${slug}/monitoring/data-values/import`, {
    method: 'POST',
    headers,
    body: form,
  });
  return { status: response.status, body: await response.json() };
}

/** The workspace's stored values as sorted `element|unit|period|combo=value` lines (`|comment` with comments). */
export async function storedValues(db: Db, workspaceId: string, withComments = false) {
  const rows = await db
    .select()
    .from(monitoringDataValues)
    .where(eq(monitoringDataValues.workspaceId, workspaceId));
  return rows
    .map(
      (r) =>
        `${r.dataElementId}|${r.orgUnitId}|${r.period}|${r.categoryOptionCombo}=${r.value}${withComments ? `|${r.comment}` : ''}`,
    )
    .sort();
}

/** Deletes every stored value of the workspace. */
export async function clearValues(db: Db, workspaceId: string) {
  await db.transaction(async (tx) => {
    await lockDataValues(tx, workspaceId);
    const { elements } = await metadataNums(tx, workspaceId);
    await deleteValuesIn(tx, workspaceId, { dataElementIds: [...elements.keys()] });
  });
}

/**
 * A small monitoring setup for the data value tests, written straight into the tables: a national unit
 * with two regions and two districts that share the name "Central"; sex and age categories; four data
 * elements of different value types; a quarterly data set reported by the two regions.
 */
export async function seedDataValueMetadata(db: Db, workspaceId: string) {
  const unit = async (code: string, name: string, parent?: { id: string; path: string }) => {
    const id = randomUUID();
    const path = `${parent?.path ?? '/'}${id}/`;
    await db.insert(monitoringOrgUnits).values({
      id,
      workspaceId,
      code,
      name,
      parentId: parent?.id ?? null,
      path,
      level: path.split('/').filter(Boolean).length,
    });
    return { id, path, code };
  };
  const nat = await unit('NAT', 'National');
  const north = await unit('NORTH', 'North region', nat);
  const south = await unit('SOUTH', 'South region', nat);
  const centralN = await unit('CN', 'Central', north);
  const centralS = await unit('CS', 'Central', south);

  const category = async (code: string, name: string, options: [string, string][]) => {
    const id = randomUUID();
    await db.insert(monitoringCategories).values({
      id,
      workspaceId,
      code,
      name,
      options: options.map(([optionCode, optionName]) => ({
        code: optionCode,
        name: optionName,
        nameTranslations: {},
      })),
    });
    return id;
  };
  const sex = await category('SEX', 'Sex', [
    ['F', 'Female'],
    ['M', 'Male'],
  ]);
  const age = await category('AGE', 'Age group', [
    ['Y15_24', '15-24'],
    ['Y25P', '25+'],
  ]);

  const element = async (code: string, name: string, valueType: string, categoryIds: string[] = []) => {
    const id = randomUUID();
    await db.insert(monitoringDataElements).values({ id, workspaceId, code, name, valueType, categoryIds });
    return id;
  };
  const officers = await element('OFFICERS', 'Police officers', 'integer', [sex]);
  const share = await element('WOMEN_SHARE', 'Share of women', 'percentage');
  const trust = await element('TRUST', 'Trust in police', 'number', [sex, age]);
  const vetted = await element('VETTED', 'Unit vetted', 'boolean');

  const dataSetId = randomUUID();
  await db.insert(monitoringDataSets).values({
    id: dataSetId,
    workspaceId,
    code: 'POLICE_Q',
    name: 'Police quarterly',
    periodType: 'quarterly',
    dataElementIds: [officers, share, vetted],
    orgUnitIds: [north.id, south.id],
  });
  return {
    units: { nat, north, south, centralN, centralS },
    categories: { sex, age },
    elements: { officers, share, trust, vetted },
    dataSetId,
  };
}
