/** The programme-cycle steps that have a page of their own (Overview is the workspace home). */
export const CYCLE_STEPS = [
  'map',
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
