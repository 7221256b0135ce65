/** The coordination area's tabs, in order; the label is `coordination:tabs.<key>`, the first is the root. */
export const COORDINATION_TABS = [
  { key: 'coverage', to: '/w/$slug/coordinate' },
  { key: 'mechanisms', to: '/w/$slug/coordinate/mechanisms' },
  { key: 'compacts', to: '/w/$slug/coordinate/compacts' },
] as const;
