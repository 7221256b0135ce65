import { randomUUID } from 'node:crypto';
import { parsePeriod } from '../../../core/indicators/periods.ts';
import type { Aggregation } from '../../../core/indicators/types.ts';
import type { Db } from '../../db/client.ts';
import {
  monitoringCategories,
  monitoringDataElements,
  monitoringIndicators,
  monitoringOrgUnits,
  monitoringTargets,
} from '../../db/schema/index.ts';
import { replaceValues } from './data-values-store.ts';

/**
 * Test data written straight into the monitoring tables (the way an import would leave them), so the
 * analytics and dashboard tests do not depend on the import routes.
 */

export interface OrgUnitSpec {
  code: string;
  parent?: string;
}

/** Creates a tree of org units; returns code → id. */
export async function insertOrgUnits(db: Db, workspaceId: string, specs: OrgUnitSpec[]) {
  const ids = new Map<string, string>();
  const paths = new Map<string, string>();
  for (const spec of specs) {
    const id = randomUUID();
    const parentId = spec.parent ? ids.get(spec.parent) : undefined;
    const parentPath = spec.parent ? (paths.get(spec.parent) ?? '/') : '/';
    const path = `${parentPath}${id}/`;
    ids.set(spec.code, id);
    paths.set(spec.code, path);
    await db.insert(monitoringOrgUnits).values({
      id,
      workspaceId,
      code: `${spec.code}-${id.slice(0, 6)}`,
      name: `Unit ${spec.code}`,
      nameTranslations: { fr: `Unité ${spec.code}` },
      parentId: parentId ?? null,
      path,
      level: path.split('/').filter(Boolean).length,
    });
  }
  return ids;
}

export async function insertCategory(
  db: Db,
  workspaceId: string,
  code: string,
  options: string[],
): Promise<string> {
  const id = randomUUID();
  await db.insert(monitoringCategories).values({
    id,
    workspaceId,
    code,
    name: `Category ${code}`,
    options: options.map((option) => ({ code: option, name: `Option ${option}`, nameTranslations: {} })),
  });
  return id;
}

export async function insertDataElement(
  db: Db,
  workspaceId: string,
  code: string,
  aggregation: Aggregation,
  categoryIds: string[] = [],
): Promise<string> {
  const id = randomUUID();
  await db.insert(monitoringDataElements).values({
    id,
    workspaceId,
    code,
    name: `Element ${code}`,
    nameTranslations: { fr: `Élément ${code}` },
    aggregation,
    categoryIds,
  });
  return id;
}

export interface ValueSpec {
  de: string;
  ou: string;
  period: string;
  value: number;
  coc?: string;
}

/** Stores test values as an import would (through replaceValues), with no actor. */
export async function seedTestValues(db: Db, workspaceId: string, values: ValueSpec[]): Promise<void> {
  if (values.length === 0) return;
  const rows = values.map((v) => {
    const period = parsePeriod(v.period);
    if (!period) throw new Error(`bad period ${v.period}`);
    return {
      dataElementId: v.de,
      orgUnitId: v.ou,
      period,
      combo: v.coc ?? 'default',
      value: v.value,
      comment: null,
    };
  });
  await db.transaction((tx) => replaceValues(tx, workspaceId, null, rows));
}

export async function insertIndicator(
  db: Db,
  workspaceId: string,
  spec: { code: string; numerator: string; denominator?: string; factor?: number },
): Promise<string> {
  const id = randomUUID();
  await db.insert(monitoringIndicators).values({
    id,
    workspaceId,
    code: spec.code,
    name: `Indicator ${spec.code}`,
    nameTranslations: { fr: `Indicateur ${spec.code}` },
    level: 'outcome',
    kind: 'administrative',
    numerator: spec.numerator,
    denominator: spec.denominator ?? '1',
    factor: spec.factor ?? 1,
  });
  return id;
}

export async function insertTarget(
  db: Db,
  workspaceId: string,
  spec: {
    indicatorId: string;
    kind: 'baseline' | 'target';
    period: string;
    orgUnitId: string;
    value: number;
  },
): Promise<void> {
  await db.insert(monitoringTargets).values({ id: randomUUID(), workspaceId, disaggregation: '', ...spec });
}
