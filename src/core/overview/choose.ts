/** The plan the home page follows: the newest approved plan, else the newest draft; never a scenario. */
export function mainPlan<T extends { status: string; scenarioOf: string | null; createdAt: Date }>(
  plans: readonly T[],
): T | null {
  const newestFirst = plans
    .filter((plan) => plan.scenarioOf === null)
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  return newestFirst.find((plan) => plan.status === 'approved') ?? newestFirst[0] ?? null;
}

/** The newest assessment: the one the home page compares with its baseline. */
export function latestAssessment<T extends { createdAt: Date }>(assessments: readonly T[]): T | null {
  return [...assessments].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0] ?? null;
}
