import type { PlanItemData } from './types.ts';

/** A plan item for tests: a three-month activity at month 0 unless the fields say otherwise. */
export function testItem(id: string, fields: Partial<PlanItemData> = {}): PlanItemData {
  return {
    id,
    parentId: null,
    kind: 'activity',
    code: id,
    name: `Item ${id}`,
    phase: 'main',
    quickImpact: false,
    duration: 3,
    releaseMonth: null,
    deadlineMonth: null,
    weight: 1,
    startMonth: 0,
    baselineStart: null,
    baselineFinish: null,
    status: 'not_started',
    percentComplete: 0,
    actualStart: null,
    actualFinish: null,
    demands: {},
    ...fields,
  };
}
