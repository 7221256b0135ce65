import type {
  ActivityStatus,
  CapacityPeriod,
  DependencyType,
  ItemKind,
  LimitKind,
  Phase,
  ResourceKind,
} from './portfolio.ts';

/** A plan as the engine and the views see it: plain data, months as offsets from the plan's start. */
export interface PlanItemData {
  id: string;
  parentId: string | null;
  kind: ItemKind;
  code: string;
  name: string;
  phase: Phase;
  quickImpact: boolean;
  /** Activities only; 0 is a milestone. */
  duration: number | null;
  releaseMonth: number | null;
  deadlineMonth: number | null;
  weight: number;
  /** Scheduled start (activities). */
  startMonth: number | null;
  baselineStart: number | null;
  baselineFinish: number | null;
  status: ActivityStatus;
  percentComplete: number;
  actualStart: string | null;
  actualFinish: string | null;
  /** resourceId → amount (per month for concurrent resources, whole cost for total ones). */
  demands: Record<string, number>;
  originId?: string | null;
}

export interface PlanDependencyData {
  id: string;
  predecessorId: string;
  successorId: string;
  type: DependencyType;
  lag: number;
}

export interface PlanResourceData {
  id: string;
  name: string;
  kind: ResourceKind;
  unit: string;
  currency: string | null;
  limitKind: LimitKind;
  capacityPeriod: CapacityPeriod;
  /** One per capacity period from the plan's start; later periods use the last value. */
  capacities: number[];
  originId?: string | null;
}

export interface PlanData {
  startMonth: string;
  horizonMonths: number;
  /**
   * The month the plan is re-planned from ('YYYY-MM', the caller resolves "today"): what is finished is
   * fixed, what has started keeps its actual start, nothing else starts before it. Absent: a plan drawn
   * up ahead, every activity free.
   */
  statusDate?: string;
  /** Quick-impact work should start within this many months of the plan's start (default 6). */
  quickImpactMonths?: number;
  items: PlanItemData[];
  dependencies: PlanDependencyData[];
  resources: PlanResourceData[];
}
