import { RISK_LEVEL_MAX, RISK_LEVEL_MIN } from '../../../../core/planning/portfolio';

interface RiskLike {
  likelihood: number;
  impact: number;
  category: string;
  status: string;
  score: number;
  title: string;
}

export interface RiskFilter {
  category: string | null;
  status: string | null;
  cell: { likelihood: number; impact: number } | null;
}

/** The levels 1…5, as listed on each axis. */
export const LEVELS = Array.from(
  { length: RISK_LEVEL_MAX - RISK_LEVEL_MIN + 1 },
  (_, i) => RISK_LEVEL_MIN + i,
);

/** How many risks sit in each likelihood × impact cell: `counts[likelihood - 1][impact - 1]`. */
export function matrixCounts(risks: readonly Pick<RiskLike, 'likelihood' | 'impact'>[]): number[][] {
  const counts = LEVELS.map(() => LEVELS.map(() => 0));
  for (const risk of risks) {
    const row = counts[risk.likelihood - RISK_LEVEL_MIN];
    if (row && risk.impact >= RISK_LEVEL_MIN && risk.impact <= RISK_LEVEL_MAX)
      row[risk.impact - RISK_LEVEL_MIN] += 1;
  }
  return counts;
}

/** Risks passing the filters, highest score first, then by title. */
export function filterRisks<T extends RiskLike>(risks: readonly T[], filter: RiskFilter): T[] {
  return risks
    .filter(
      (risk) =>
        (filter.category === null || risk.category === filter.category) &&
        (filter.status === null || risk.status === filter.status) &&
        (filter.cell === null ||
          (risk.likelihood === filter.cell.likelihood && risk.impact === filter.cell.impact)),
    )
    .sort((a, b) => b.score - a.score || a.title.localeCompare(b.title));
}
