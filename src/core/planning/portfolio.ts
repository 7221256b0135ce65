/** The reform portfolio's vocabularies: item kinds, phases, resources, tracking and risks. */

export const ITEM_KINDS = ['programme', 'project', 'activity'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** Which kind of item may sit under which; activities are the scheduled leaves. */
export const PARENT_KIND: Record<ItemKind, ItemKind | null> = {
  programme: null,
  project: 'programme',
  activity: 'project',
};

export const PHASES = ['preparatory', 'main', 'consolidation'] as const;
export type Phase = (typeof PHASES)[number];

export const DEPENDENCY_TYPES = ['FS', 'SS'] as const;
export type DependencyType = (typeof DEPENDENCY_TYPES)[number];

export const RESOURCE_KINDS = [
  'budget',
  'technical_experts',
  'process_experts',
  'institution_staff',
  'custom',
] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/**
 * `concurrent`: at any month, what running activities use together stays within the capacity
 * (advisers, staff). `total`: what activities spend within each capacity period stays within it
 * (a yearly budget envelope); an activity's amount is then its whole cost, spread evenly over its months.
 */
export const LIMIT_KINDS = ['concurrent', 'total'] as const;
export type LimitKind = (typeof LIMIT_KINDS)[number];

export const CAPACITY_PERIODS = ['month', 'quarter', 'year'] as const;
export type CapacityPeriod = (typeof CAPACITY_PERIODS)[number];
export const MONTHS_PER: Record<CapacityPeriod, number> = { month: 1, quarter: 3, year: 12 };

export const ACTIVITY_STATUSES = ['not_started', 'on_track', 'at_risk', 'delayed', 'done'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

/** The obstacles to SSR that the seeds name; every risk or spoiler is typed by one of them. */
export const RISK_CATEGORIES = [
  'sequencing',
  'coordination',
  'local_ownership',
  'civil_society_engagement',
  'capacity_deficits',
  'spoilers',
  'durable_funding',
  'monitoring_evaluation',
  'regional_dimensions',
  'fiscal_sustainability',
] as const;
export type RiskCategory = (typeof RISK_CATEGORIES)[number];

export const RISK_STATUSES = ['open', 'mitigating', 'closed'] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];

export const RISK_LEVEL_MIN = 1;
export const RISK_LEVEL_MAX = 5;

/** Likelihood × impact (1–25), banded as risk registers usually do. */
export function riskScore(likelihood: number, impact: number): number {
  return likelihood * impact;
}

export type RiskRating = 'low' | 'medium' | 'high' | 'critical';
export function riskRating(score: number): RiskRating {
  if (score >= 20) return 'critical';
  if (score >= 12) return 'high';
  if (score >= 6) return 'medium';
  return 'low';
}

export const PLAN_STATUSES = ['draft', 'approved'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** 'YYYY-MM' of the month `offset` months after `startMonth`. */
export function monthLabel(startMonth: string, offset: number): string {
  const [year, month] = startMonth.split('-').map(Number);
  const index = year * 12 + (month - 1) + offset;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Months from `startMonth` to the month of `date` ('YYYY-MM' or 'YYYY-MM-DD'); may be negative. */
export function monthOffset(startMonth: string, date: string): number {
  const [y0, m0] = startMonth.split('-').map(Number);
  const [y1, m1] = date.split('-').map(Number);
  return (y1 - y0) * 12 + (m1 - m0);
}

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
