import type { SchedulingProblem } from './types.ts';

/** A single-mode PSPLIB instance (.sm): jobs 1..n with dummy source 1 and sink n, stored 0-based. */
export interface PsplibInstance {
  jobs: number;
  horizon: number;
  /** Capacity of the renewable resources R1..Rk. */
  capacities: number[];
  durations: number[];
  /** demands[job][k]. */
  demands: number[][];
  /** successors[job]: 0-based job indices. */
  successors: number[][];
}

export class PsplibParseError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'PsplibParseError';
  }
}

function ints(text: string, line: number): number[] {
  const tokens = text.trim().split(/\s+/).filter(Boolean);
  return tokens.map((t) => {
    if (!/^-?\d+$/.test(t)) throw new PsplibParseError(line, `expected whole numbers, found "${t}"`);
    return Number(t);
  });
}

/** Parses the PSPLIB single-mode format; throws PsplibParseError naming the line of the first problem. */
export function parsePsplib(text: string): PsplibInstance {
  const lines = text.split(/\r?\n/);
  const find = (pattern: RegExp) => {
    for (let i = 0; i < lines.length; i++) if (pattern.test(lines[i])) return i;
    const what = pattern.source.replace(/^\^(\\s\*)?/, '').replace(/\\/g, '');
    throw new PsplibParseError(lines.length, `missing the "${what}" line`);
  };
  const value = (pattern: RegExp): number => {
    const i = find(pattern);
    const match = /:\s*(\d+)/.exec(lines[i]);
    if (!match) throw new PsplibParseError(i + 1, `expected a number after ":"`);
    return Number(match[1]);
  };
  const jobs = value(/^jobs \(incl/);
  const horizon = value(/^horizon/);
  const renewable = value(/^\s*- renewable/);
  if (jobs < 2) throw new PsplibParseError(find(/^jobs \(incl/) + 1, 'needs at least the two dummy jobs');
  const next = (i: number) => {
    let k = i;
    while (k < lines.length && lines[k].trim() === '') k++;
    if (k >= lines.length) throw new PsplibParseError(lines.length, 'file ends too early');
    return k;
  };

  const successors: number[][] = [];
  let at = find(/^PRECEDENCE RELATIONS/) + 1; // header line follows
  for (let j = 0; j < jobs; j++) {
    at = next(at + 1);
    const row = ints(lines[at], at + 1);
    if (row[0] !== j + 1)
      throw new PsplibParseError(at + 1, `expected job ${j + 1}, found "${lines[at].trim()}"`);
    if (row.length < 3 || row.length !== 3 + row[2])
      throw new PsplibParseError(
        at + 1,
        `job ${j + 1}: ${row[2]} successors announced, ${row.length - 3} listed`,
      );
    successors.push(
      row.slice(3).map((s) => {
        if (s < 1 || s > jobs)
          throw new PsplibParseError(at + 1, `job ${j + 1}: successor ${s} is not a job`);
        return s - 1;
      }),
    );
  }

  const durations: number[] = [];
  const demands: number[][] = [];
  at = find(/^REQUESTS\/DURATIONS/) + 2; // header and dashes
  for (let j = 0; j < jobs; j++) {
    at = next(at + 1);
    const row = ints(lines[at], at + 1);
    if (row[0] !== j + 1)
      throw new PsplibParseError(at + 1, `expected job ${j + 1}, found "${lines[at].trim()}"`);
    if (row.length !== 3 + renewable)
      throw new PsplibParseError(at + 1, `job ${j + 1}: expected mode, duration and ${renewable} requests`);
    if (row[2] < 0 || row.slice(3).some((d) => d < 0))
      throw new PsplibParseError(at + 1, `job ${j + 1}: negative duration or request`);
    durations.push(row[2]);
    demands.push(row.slice(3));
  }

  at = next(find(/^RESOURCEAVAILABILITIES/) + 2);
  const capacities = ints(lines[at], at + 1);
  if (capacities.length !== renewable || capacities.some((c) => c < 0))
    throw new PsplibParseError(at + 1, `expected ${renewable} capacities >= 0`);
  return { jobs, horizon, capacities, durations, demands, successors };
}

/** The instance as a scheduling problem: renewable R1..Rk with constant capacity, finish-to-start lag 0. */
export function psplibToProblem(instance: PsplibInstance): SchedulingProblem {
  return {
    activities: instance.durations.map((duration, j) => ({
      label: String(j + 1),
      duration,
      demands: instance.demands[j],
    })),
    precedences: instance.successors.flatMap((list, from) =>
      list.map((to) => ({ from, to, type: 'FS' as const, lag: 0 })),
    ),
    resources: instance.capacities.map((c, k) => ({
      kind: 'renewable' as const,
      name: `R${k + 1}`,
      capacity: [c],
    })),
  };
}

/** Natural order of file names: j301_2 before j301_10, j309_1 before j3010_1. */
export function naturalCompare(a: string, b: string): number {
  const pa = a.match(/\d+|\D+/g) ?? [];
  const pb = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === y) continue;
    const nx = /^\d/.test(x) && /^\d/.test(y);
    if (nx && Number(x) !== Number(y)) return Number(x) - Number(y);
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length;
}
