import { type RiskRating, riskRating, riskScore } from '../planning/portfolio.ts';

export interface RiskLine {
  id: string;
  planId: string;
  title: string;
  likelihood: number;
  impact: number;
  status: string;
}

export interface HighRisk extends RiskLine {
  score: number;
  rating: RiskRating;
}

/** Risks still open or being mitigated whose rating is high or critical, the gravest first. */
export function openHighRisks(risks: readonly RiskLine[]): HighRisk[] {
  return risks
    .filter((risk) => risk.status !== 'closed')
    .map((risk) => {
      const score = riskScore(risk.likelihood, risk.impact);
      return { ...risk, score, rating: riskRating(score) };
    })
    .filter((risk) => risk.rating === 'high' || risk.rating === 'critical')
    .sort((a, b) => b.score - a.score || a.title.localeCompare(b.title));
}
