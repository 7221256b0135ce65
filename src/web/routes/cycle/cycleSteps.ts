/**
 * The programme-cycle steps still waiting for their feature, shown as description pages
 * (Overview is the workspace home; Map has its own pages in routes/map).
 */
export const CYCLE_STEPS = [
  'assess',
  'plan',
  'finance',
  'coordinate',
  'monitor',
  'surveys',
  'integrity',
  'public',
] as const;

export type CycleStep = (typeof CYCLE_STEPS)[number];
