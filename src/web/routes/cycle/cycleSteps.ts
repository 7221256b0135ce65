/**
 * The programme-cycle steps still waiting for their feature, shown as description pages
 * (Overview is the workspace home; Map and Assess have their own pages in routes/map and routes/assess).
 */
export const CYCLE_STEPS = [
  'plan',
  'finance',
  'coordinate',
  'monitor',
  'surveys',
  'integrity',
  'public',
] as const;

export type CycleStep = (typeof CYCLE_STEPS)[number];
