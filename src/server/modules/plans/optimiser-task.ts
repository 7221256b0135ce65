import { parentPort, workerData } from 'node:worker_threads';
import { optimiseSchedule, SchedulingInfeasibleError } from '../../../core/scheduling/index.ts';
import type { OptimiseOptions, SchedulingProblem } from '../../../core/scheduling/types.ts';

export interface OptimiserTask {
  problem: SchedulingProblem;
  options: Omit<OptimiseOptions, 'onProgress' | 'shouldStop'>;
  /** Int32Array over a SharedArrayBuffer; the parent sets element 0 to 1 to stop the search. */
  stopFlag: SharedArrayBuffer;
  /** Int32Array over a SharedArrayBuffer; the search waits until the parent sets element 0 to 1. */
  startGate: SharedArrayBuffer;
}

export type OptimiserMessage =
  | { type: 'progress'; fraction: number; schedules: number }
  | { type: 'done'; result: ReturnType<typeof optimiseSchedule> }
  | { type: 'error'; message: string };

const task = workerData as OptimiserTask;
const stop = new Int32Array(task.stopFlag);
const post = (message: OptimiserMessage) => parentPort?.postMessage(message);
Atomics.wait(new Int32Array(task.startGate), 0, 0);

try {
  let lastReport = 0;
  const result = optimiseSchedule(task.problem, {
    ...task.options,
    shouldStop: () => Atomics.load(stop, 0) === 1,
    onProgress: (progress) => {
      const now = Date.now();
      if (now - lastReport < 200) return;
      lastReport = now;
      post({ type: 'progress', fraction: progress.fraction, schedules: progress.schedules });
    },
  });
  post({ type: 'done', result });
} catch (error) {
  const message =
    error instanceof SchedulingInfeasibleError
      ? error.infeasibility.message
      : error instanceof Error
        ? error.message
        : String(error);
  post({ type: 'error', message });
}
