import { newPlanItem } from './items.ts';
import type { PlanItemData } from './types.ts';

/** A plan item for tests: a three-month activity at month 0 unless the fields say otherwise. */
export function testItem(id: string, fields: Partial<PlanItemData> = {}): PlanItemData {
  return newPlanItem(
    { id, parentId: null, kind: 'activity', code: id, name: `Item ${id}`, duration: 3 },
    { startMonth: 0, ...fields },
  );
}
