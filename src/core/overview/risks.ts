import { riskRating, riskScore } from '../planning/portfolio.ts';

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
  rating: 'high' | 'critical';
}

/** Risks still open or being mitigated whose rating is high or critical, the gravest first. */
export function openHighRisks(risks: readonly RiskLine[]): HighRisk[] {
  return risks
    .filter((risk) => risk.status !== 'closed')
    .flatMap((risk): HighRisk[] => {
      const score = riskScore(risk.likelihood, risk.impact);
      const rating = riskRating(score);
      return rating === 'high' || rating === 'critical' ? [{ ...risk, score, rating }] : [];
    })
    .sort((a, b) => b.score - a.score || a.title.localeCompare(b.title));
}
