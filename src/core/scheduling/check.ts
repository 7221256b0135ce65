import type { SchedulingProblem, Violation } from './types.ts';

const EPS = 1e-9;

/**
 * Every broken constraint of a schedule, checked directly from the problem's definition (no shared code
 * with the optimiser, so it can serve as the oracle for it): start times, release dates, deadlines,
 * precedences with their lags, renewable capacity at every period and cumulative capacity in every bucket,
 * pinned starts.
 * Assumes a valid problem (see explainInfeasibility); activities with an invalid start are left out of
 * the other checks.
 */
export function checkSchedule(problem: SchedulingProblem, starts: number[]): Violation[] {
  const violations: Violation[] = [];
  const acts = problem.activities;
  const ok: boolean[] = [];
  for (let i = 0; i < acts.length; i++) {
    const s = starts[i];
    ok[i] = Number.isInteger(s) && s >= 0;
    if (!ok[i])
      violations.push({
        kind: 'start',
        activity: i,
        message: `${acts[i].label}: start ${s} is not a whole number >= 0`,
      });
  }
  if (starts.length !== acts.length)
    violations.push({
      kind: 'start',
      activity: Math.min(starts.length, acts.length),
      message: `${starts.length} start times for ${acts.length} activities`,
    });
  for (let i = 0; i < acts.length; i++) {
    if (!ok[i]) continue;
    const a = acts[i];
    if (a.fixedStart !== undefined && starts[i] !== a.fixedStart)
      violations.push({
        kind: 'fixed',
        activity: i,
        message: `${a.label} started at ${a.fixedStart}, but the schedule starts it at ${starts[i]}`,
      });
    else if (a.fixedStart === undefined && a.release !== undefined && starts[i] < a.release)
      violations.push({
        kind: 'release',
        activity: i,
        message: `${a.label} starts at ${starts[i]}, before its release ${a.release}`,
      });
    if (a.deadline !== undefined && starts[i] + a.duration > a.deadline)
      violations.push({
        kind: 'deadline',
        activity: i,
        message: `${a.label} finishes at ${starts[i] + a.duration}, after its deadline ${a.deadline}`,
      });
  }
  for (const p of problem.precedences) {
    // a pinned successor has started already: whether it waited for its predecessors is history
    if (!ok[p.from] || !ok[p.to] || acts[p.to].fixedStart !== undefined) continue;
    const required = starts[p.from] + (p.type === 'FS' ? acts[p.from].duration : 0) + p.lag;
    if (starts[p.to] < required)
      violations.push({
        kind: 'precedence',
        from: p.from,
        to: p.to,
        message: `${acts[p.to].label} starts at ${starts[p.to]}, but ${p.type} lag ${p.lag} after ${acts[p.from].label} requires ${required}`,
      });
  }
  let end = 0;
  for (let i = 0; i < acts.length; i++) if (ok[i]) end = Math.max(end, starts[i] + acts[i].duration);
  problem.resources.forEach((res, r) => {
    const bucket = res.kind === 'renewable' ? 1 : res.bucketLength;
    const usage = new Array<number>(Math.ceil(end / bucket) + 1).fill(0);
    for (let i = 0; i < acts.length; i++) {
      const need = acts[i].demands[r] ?? 0;
      if (!ok[i] || need === 0) continue;
      for (let t = starts[i]; t < starts[i] + acts[i].duration; t++) usage[Math.floor(t / bucket)] += need;
    }
    usage.forEach((used, period) => {
      const capacity = res.capacity[Math.min(period, res.capacity.length - 1)];
      // Relative tolerance: budgets in millions summed month by month carry rounding far above 1e-9.
      if (used > capacity + EPS * Math.max(1, Math.abs(capacity)))
        violations.push({
          kind: 'resource',
          resource: r,
          period,
          usage: used,
          capacity,
          message: `${res.name}: ${res.kind === 'renewable' ? 'period' : 'bucket'} ${period} uses ${used} of ${capacity}`,
        });
    });
  });
  return violations;
}
