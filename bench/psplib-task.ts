import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { optimiseSchedule, parsePsplib, psplibToProblem } from '../src/core/scheduling/index.ts';

export interface PsplibTask {
  file: string;
  schedules: number;
  seed: number;
}

export interface PsplibOutcome {
  instance: string;
  makespan: number;
  lowerBound: number;
  criticalPathBound: number;
  starts: number[];
  schedules: number;
  stoppedBy: string;
  ms: number;
}

/** Solves one PSPLIB file (in a worker thread or inline). */
export function solvePsplibFile(task: PsplibTask): PsplibOutcome {
  const problem = psplibToProblem(parsePsplib(readFileSync(task.file, 'utf8')));
  const t0 = performance.now();
  const result = optimiseSchedule(problem, { schedules: task.schedules, seed: task.seed });
  return {
    instance: basename(task.file),
    makespan: result.makespan,
    lowerBound: result.lowerBound,
    criticalPathBound: result.criticalPathBound,
    starts: result.starts,
    schedules: result.schedules,
    stoppedBy: result.stoppedBy,
    ms: performance.now() - t0,
  };
}

parentPort?.on('message', (task: PsplibTask) => {
  parentPort?.postMessage(solvePsplibFile(task));
});
