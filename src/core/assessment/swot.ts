/** The four quadrants of a SWOT analysis of one security-sector actor. */
export const SWOT_KINDS = ['strength', 'weakness', 'opportunity', 'threat'] as const;
export type SwotKind = (typeof SWOT_KINDS)[number];
