import { and, eq, inArray, like, sql } from 'drizzle-orm';
import { AppError } from '../../../core/errors/app-error.ts';
import { type Period, parsePeriod } from '../../../core/indicators/periods.ts';
import type { Db } from '../../db/client.ts';
import {
  type CategoryOptionRow,
  monitoringCategories,
  monitoringDataElements,
  monitoringIndicators,
  monitoringOrgUnits,
} from '../../db/schema/monitoring.ts';

/** What a survey estimate is published to: a perception indicator `#{A}` ÷ `#{B}` and where. */
export interface PublishTarget {
  indicator: { id: string; code: string; factor: number };
  numerator: TargetElement;
  denominator: TargetElement;
  period: Period;
  orgUnit: { id: string; code: string; path: string };
  /** Units of the workspace under (and including) `orgUnit`, by lower-case code. */
  unitsByCode: Map<string, { id: string; code: string }>;
}

export interface TargetCategory {
  code: string;
  options: CategoryOptionRow[];
}

export interface TargetElement {
  id: string;
  code: string;
  /** In the element's order: the combo is their option codes joined by `_`. */
  categories: TargetCategory[];
}

const SINGLE_ELEMENT = /^\s*#\{\s*([^}.\s]+)\s*\}\s*$/;

const badIndicator = (message: string) =>
  new AppError('bad_request', `indicatorId: ${message}`, { field: 'indicatorId' });

async function loadElement(db: Db, workspaceId: string, code: string): Promise<TargetElement> {
  const [element] = await db
    .select()
    .from(monitoringDataElements)
    .where(
      and(
        eq(monitoringDataElements.workspaceId, workspaceId),
        sql`lower(${monitoringDataElements.code}) = ${code.toLowerCase()}`,
      ),
    );
  if (!element) throw badIndicator(`the indicator names data element ${code}, which does not exist`);
  const rows =
    element.categoryIds.length === 0
      ? []
      : await db
          .select()
          .from(monitoringCategories)
          .where(
            and(
              eq(monitoringCategories.workspaceId, workspaceId),
              inArray(monitoringCategories.id, element.categoryIds),
            ),
          );
  const byId = new Map(rows.map((row) => [row.id, row]));
  const categories = element.categoryIds.flatMap((id) => {
    const row = byId.get(id);
    return row ? [{ code: row.code, options: row.options }] : [];
  });
  return { id: element.id, code: element.code, categories };
}

async function loadOrgUnit(db: Db, workspaceId: string, idOrCode: string) {
  const [unit] = await db
    .select({ id: monitoringOrgUnits.id, code: monitoringOrgUnits.code, path: monitoringOrgUnits.path })
    .from(monitoringOrgUnits)
    .where(
      and(
        eq(monitoringOrgUnits.workspaceId, workspaceId),
        sql`(${monitoringOrgUnits.id} = ${idOrCode} or lower(${monitoringOrgUnits.code}) = ${idOrCode.toLowerCase()})`,
      ),
    );
  if (!unit)
    throw new AppError('bad_request', `orgUnitId: no org unit "${idOrCode}" in this workspace`, {
      field: 'orgUnitId',
    });
  const subtree = await db
    .select({ id: monitoringOrgUnits.id, code: monitoringOrgUnits.code })
    .from(monitoringOrgUnits)
    .where(
      and(eq(monitoringOrgUnits.workspaceId, workspaceId), like(monitoringOrgUnits.path, `${unit.path}%`)),
    );
  return { unit, unitsByCode: new Map(subtree.map((u) => [u.code.toLowerCase(), u])) };
}

/**
 * Loads and checks the indicator (a perception indicator whose numerator and denominator are single data
 * elements), the period and the org unit of a publication; 404 for an indicator of another workspace.
 */
export async function loadPublishTarget(
  db: Db,
  workspaceId: string,
  input: { indicatorId: string; period: string; orgUnitId: string },
): Promise<PublishTarget> {
  const [indicator] = await db
    .select()
    .from(monitoringIndicators)
    .where(
      and(eq(monitoringIndicators.workspaceId, workspaceId), eq(monitoringIndicators.id, input.indicatorId)),
    );
  if (!indicator)
    throw new AppError('not_found', `indicatorId: no indicator "${input.indicatorId}" in this workspace`);
  if (indicator.kind !== 'perception')
    throw badIndicator(
      `${indicator.code} is a ${indicator.kind} indicator; survey estimates go to perception indicators`,
    );
  const numerator = SINGLE_ELEMENT.exec(indicator.numerator)?.[1];
  const denominator = SINGLE_ELEMENT.exec(indicator.denominator)?.[1];
  if (!numerator || !denominator || numerator.toLowerCase() === denominator.toLowerCase())
    throw badIndicator(
      `${indicator.code} must be one data element over another (#{A} ÷ #{B}), not ${indicator.numerator} ÷ ${indicator.denominator}`,
    );
  const period = parsePeriod(input.period);
  if (!period)
    throw new AppError('bad_request', `period: "${input.period}" is not a period`, { field: 'period' });
  const { unit, unitsByCode } = await loadOrgUnit(db, workspaceId, input.orgUnitId);
  return {
    indicator: { id: indicator.id, code: indicator.code, factor: indicator.factor },
    numerator: await loadElement(db, workspaceId, numerator),
    denominator: await loadElement(db, workspaceId, denominator),
    period,
    orgUnit: unit,
    unitsByCode,
  };
}
