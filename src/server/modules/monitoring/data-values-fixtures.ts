import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/client.ts';
import {
  monitoringCategories,
  monitoringDataElements,
  monitoringDataSets,
  monitoringOrgUnits,
} from '../../db/schema/index.ts';

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
