/** The plan the home page follows: the newest approved plan, else the newest draft; never a scenario. */
export function mainPlan<T extends { status: string; scenarioOf: string | null; createdAt: Date }>(
  plans: readonly T[],
): T | null {
  const newestFirst = plans
    .filter((plan) => plan.scenarioOf === null)
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  return newestFirst.find((plan) => plan.status === 'approved') ?? newestFirst[0] ?? null;
}

/**
 * The assessment the home page shows: the newest one measured against a baseline (the programme's
 * progress), else the newest of all.
 */
export function latestAssessment<T extends { createdAt: Date; baselineId: string | null }>(
  assessments: readonly T[],
): T | null {
  const newestFirst = [...assessments].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  return newestFirst.find((assessment) => assessment.baselineId !== null) ?? newestFirst[0] ?? null;
}
