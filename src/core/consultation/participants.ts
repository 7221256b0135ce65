/**
 * Who took part in a consultation, counted by stakeholder type and sex, so programmes can show
 * whose voices shaped the reform and report women's participation.
 */
export const CONSULTATION_FORMATS = [
  'workshop',
  'focus_group',
  'town_hall',
  'interview',
  'online',
  'survey_validation',
] as const;
export type ConsultationFormat = (typeof CONSULTATION_FORMATS)[number];

export const STAKEHOLDER_TYPES = [
  'government',
  'security_forces',
  'parliament',
  'civil_society',
  'media',
  'community',
  'women_groups',
  'youth',
  'private_sector',
  'international',
] as const;
export type StakeholderType = (typeof STAKEHOLDER_TYPES)[number];

export interface ParticipantGroup {
  stakeholderType: StakeholderType;
  women: number;
  men: number;
  other: number;
}

export interface ParticipantTotals {
  women: number;
  men: number;
  other: number;
  all: number;
}

export function participantTotals(groups: readonly ParticipantGroup[]): ParticipantTotals {
  const totals = { women: 0, men: 0, other: 0, all: 0 };
  for (const group of groups) {
    totals.women += group.women;
    totals.men += group.men;
    totals.other += group.other;
  }
  totals.all = totals.women + totals.men + totals.other;
  return totals;
}

/** Women as a share of all participants, 0–1 rounded to three decimals; null when nobody was counted. */
export function womenShare(totals: ParticipantTotals): number | null {
  if (totals.all === 0) return null;
  return Math.round((totals.women / totals.all) * 1000) / 1000;
}
