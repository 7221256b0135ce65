/**
 * The scheduling engine's contract: a resource-constrained project scheduling problem (RCPSP) with
 * generalised features that reform plans need. Time is in whole periods (a plan uses months).
 * Activities and resources are referred to by their index in the arrays.
 */

/** At every period t, the summed per-period demand of running activities is at most capacity[t]. */
export interface RenewableResource {
  kind: 'renewable';
  name: string;
  /** Capacity per period; periods beyond the array's end use its last value. */
  capacity: number[];
}

/**
 * A budget-like resource: within each bucket of `bucketLength` consecutive periods (12 for a yearly
 * envelope), the sum over the bucket's periods of the per-period demands is at most capacity[bucket].
 */
export interface CumulativeResource {
  kind: 'cumulative';
  name: string;
  bucketLength: number;
  /** Capacity per bucket; buckets beyond the array's end use its last value. */
  capacity: number[];
}

export type Resource = RenewableResource | CumulativeResource;

export interface Activity {
  /** Caller's label, echoed in explanations (e.g. an activity code). */
  label: string;
  /** Whole periods, >= 0; 0 is a milestone. */
  duration: number;
  /** Per-period demand on each resource, same order as `resources`; missing entries are 0. */
  demands: number[];
  /** Earliest start period (release date); default 0. */
  release?: number;
  /** Latest finish period (deadline, e.g. an electoral date); soft: violations are minimised first and reported. */
  deadline?: number;
  /** Value or priority weight for the weighted-completion objective; default 1. */
  weight?: number;
  /**
   * Pinned start: the activity has already started, so it starts exactly here, whatever its release,
   * resources or predecessors say (precedences into it are history and not enforced). Its demands are
   * taken out of the capacities before anything else is placed.
   */
  fixedStart?: number;
}

/** FS: successor.start >= predecessor.start + predecessor.duration + lag; SS: successor.start >= predecessor.start + lag. */
export interface Precedence {
  from: number;
  to: number;
  type: 'FS' | 'SS';
  /** Whole periods, >= 0. */
  lag: number;
}

export interface SchedulingProblem {
  activities: Activity[];
  precedences: Precedence[];
  resources: Resource[];
}

export type Objective = 'makespan' | 'weighted-completion';

export interface OptimiseOptions {
  objective?: Objective;
  /** Stop after this many schedules have been generated (each serial or backward pass counts one). */
  schedules?: number;
  /** Stop after this many milliseconds. */
  timeLimitMs?: number;
  /** Same seed, same problem, same budget in schedules => same result. */
  seed?: number;
  /** Start times of a schedule to include in the initial population (e.g. the current plan). */
  initialStarts?: number[];
  /** Called now and then with progress in [0, 1] and the best objective so far. */
  onProgress?: (progress: OptimiseProgress) => void;
  /** Polled between generations; returning true stops the search with the best schedule so far. */
  shouldStop?: () => boolean;
}

export interface OptimiseProgress {
  fraction: number;
  schedules: number;
  bestMakespan: number;
  bestObjective: number;
}

export interface ScheduleResult {
  starts: number[];
  makespan: number;
  /** Sum over activities of weight x finish. */
  weightedCompletion: number;
  /** Activities that finish after their deadline, with how many periods late. */
  deadlineMisses: { activity: number; label: string; lateBy: number }[];
  /** max(critical-path bound, resource-based bound) on the makespan. */
  lowerBound: number;
  criticalPathBound: number;
  schedules: number;
  stoppedBy: 'schedules' | 'time' | 'stopped' | 'optimal';
}

/** Why no schedule exists. */
export type Infeasibility =
  | { kind: 'cycle'; activities: number[]; labels: string[]; message: string }
  | {
      kind: 'capacity';
      activity: number;
      label: string;
      resource: number;
      resourceName: string;
      /** The period (renewable) or bucket (cumulative) whose capacity is below the activity's need. */
      period: number;
      need: number;
      capacity: number;
      message: string;
    }
  | { kind: 'invalid'; message: string };

/** One broken constraint in a given schedule (see checkSchedule). */
export type Violation =
  | { kind: 'precedence'; from: number; to: number; message: string }
  | { kind: 'resource'; resource: number; period: number; usage: number; capacity: number; message: string }
  | { kind: 'release'; activity: number; message: string }
  | { kind: 'deadline'; activity: number; message: string }
  | { kind: 'start'; activity: number; message: string }
  | { kind: 'fixed'; activity: number; message: string };
