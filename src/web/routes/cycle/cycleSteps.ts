/**
 * The programme-cycle steps still waiting for their feature, shown as description pages
 * (Overview is the workspace home; Map, Assess and Plan have their own pages in routes/map, routes/assess
 * and routes/plan).
 */
export const CYCLE_STEPS = ['finance', 'coordinate', 'monitor', 'surveys', 'integrity', 'public'] as const;

export type CycleStep = (typeof CYCLE_STEPS)[number];
