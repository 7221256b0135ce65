import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/client.ts';
import {
  monitoringCategories,
  monitoringDataElements,
  monitoringOrgUnits,
} from '../../db/schema/monitoring.ts';

/**
 * Monitoring metadata written straight to the database for the results, indicators and targets tests:
 * a national unit with one region, a SEX category (F, M), and two data elements, POLICE_STAFF by sex and
 * COMPLAINTS without disaggregation.
 */
export async function seedIndicatorMetadata(db: Db, workspaceId: string) {
  const national = randomUUID();
  const region = randomUUID();
  await db.insert(monitoringOrgUnits).values([
    { id: national, workspaceId, code: 'NAT', name: 'National', path: `/${national}/`, level: 1 },
    {
      id: region,
      workspaceId,
      code: 'NORTH',
      name: 'North',
      parentId: national,
      path: `/${national}/${region}/`,
      level: 2,
    },
  ]);
  const sex = randomUUID();
  await db.insert(monitoringCategories).values({
    id: sex,
    workspaceId,
    code: 'SEX',
    name: 'Sex',
    nameTranslations: { fr: 'Sexe' },
    options: [
      { code: 'F', name: 'Female', nameTranslations: { fr: 'Femmes' } },
      { code: 'M', name: 'Male', nameTranslations: {} },
    ],
  });
  const staff = randomUUID();
  const complaints = randomUUID();
  await db.insert(monitoringDataElements).values([
    {
      id: staff,
      workspaceId,
      code: 'POLICE_STAFF',
      name: 'Police staff',
      aggregation: 'last',
      categoryIds: [sex],
    },
    { id: complaints, workspaceId, code: 'COMPLAINTS', name: 'Complaints against the police' },
  ]);
  return { national, region, sex, staff, complaints };
}
