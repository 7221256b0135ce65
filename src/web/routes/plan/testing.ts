import type { PlanResource } from '../../api/plans';

/** A plan resource for tests: advisers, two at a time, unless the fields say otherwise. */
export function testResource(id: string, fields: Partial<PlanResource> = {}): PlanResource {
  return {
    id,
    originId: null,
    name: id,
    kind: 'technical_experts',
    unit: 'advisers',
    funderActorId: null,
    currency: null,
    limitKind: 'concurrent',
    capacityPeriod: 'month',
    capacities: [2],
    version: 1,
    ...fields,
  };
}
