export const PLAN_TABS = [
  'gantt',
  'resources',
  'optimise',
  'portfolio',
  'scenarios',
  'tracking',
  'risks',
] as const;
export type PlanTab = (typeof PLAN_TABS)[number];

export const isPlanTab = (value: unknown): value is PlanTab => PLAN_TABS.some((tab) => tab === value);
