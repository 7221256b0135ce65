import type { PlanItemData } from './types.ts';

type ItemIdentity = Pick<PlanItemData, 'id' | 'parentId' | 'kind' | 'code' | 'name' | 'duration'>;

/** An item as it is when first added: main phase, weight 1, not scheduled, not started, no demands. */
export function newPlanItem(identity: ItemIdentity, fields: Partial<PlanItemData> = {}): PlanItemData {
  return {
    ...identity,
    phase: 'main',
    quickImpact: false,
    releaseMonth: null,
    deadlineMonth: null,
    weight: 1,
    startMonth: null,
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
