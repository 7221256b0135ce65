import { readdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { type Command, InvalidArgumentError } from 'commander';
import { AppError } from '../core/errors/app-error.ts';
import {
  checkSchedule,
  naturalCompare,
  optimiseSchedule,
  PsplibParseError,
  parsePsplib,
  psplibToProblem,
} from '../core/scheduling/index.ts';

interface Job {
  file: string;
  schedules: number;
  timeLimitMs?: number;
  seed: number;
}

type Outcome =
  | { ok: true; instance: string; makespan: number; lowerBound: number; starts: number[]; stoppedBy: string }
  | { ok: false; instance: string; message: string; infeasible?: boolean };

/** Solves one file; a malformed file or an infeasible schedule comes back as a failure, never thrown. */
function solve(job: Job): Outcome {
  const instance = basename(job.file);
  let problem: ReturnType<typeof psplibToProblem>;
  try {
    problem = psplibToProblem(parsePsplib(readFileSync(job.file, 'utf8')));
  } catch (error) {
    if (error instanceof PsplibParseError || (error as NodeJS.ErrnoException).code)
      return { ok: false, instance, message: `${job.file}: ${(error as Error).message}` };
    throw error;
  }
  const result = optimiseSchedule(problem, {
    schedules: job.schedules,
    timeLimitMs: job.timeLimitMs,
    seed: job.seed,
  });
  const violations = checkSchedule(problem, result.starts);
  if (violations.length)
    return {
      ok: false,
      instance,
      infeasible: true,
      message: `${job.file}: infeasible schedule: ${violations[0].message}`,
    };
  const { makespan, lowerBound, starts, stoppedBy } = result;
  return { ok: true, instance, makespan, lowerBound, starts, stoppedBy };
}

// In a worker thread started below: solve the jobs the main thread posts.
if (!isMainThread && workerData?.custodesPsplibWorker)
  parentPort?.on('message', (job: Job) => parentPort?.postMessage(solve(job)));

/** Solves the jobs, on up to two worker threads when there are several, yielding outcomes in job order. */
async function* solveAll(jobs: Job[]): AsyncGenerator<Outcome> {
  const threads = Math.min(2, availableParallelism(), jobs.length);
  if (threads <= 1) {
    for (const job of jobs) yield solve(job);
    return;
  }
  // tsx is registered in each worker first, so the worker can load this TypeScript module.
  const source = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((m) => { m.register(); return import(${JSON.stringify(import.meta.url)}); });`;
  const workers = Array.from(
    { length: threads },
    () => new Worker(source, { eval: true, workerData: { custodesPsplibWorker: true } }),
  );
  const pending: Promise<Outcome>[] = [];
  let next = 0;
  const chains = workers.map(() => Promise.resolve());
  const submit = (w: number) => {
    const job = jobs[next++];
    const outcome = chains[w].then(
      () =>
        new Promise<Outcome>((ok, fail) => {
          workers[w].once('message', (o: Outcome) => {
            workers[w].removeListener('error', fail);
            ok(o);
          });
          workers[w].once('error', fail);
          workers[w].postMessage(job);
        }),
    );
    chains[w] = outcome.then(() => undefined);
    pending.push(outcome);
  };
  try {
    // Two jobs queued per worker keeps both busy; results are read back in order.
    for (let w = 0; next < jobs.length && next < 2 * threads; w = (w + 1) % threads) submit(w);
    for (let i = 0; i < jobs.length; i++) {
      const outcome = await pending[i];
      if (next < jobs.length) submit(i % threads);
      yield outcome;
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

const positiveInt = (what: string) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${what} must be a whole number >= 1`);
  return n;
};

function instanceFiles(path: string): string[] {
  let stats: ReturnType<typeof statSync>;
  try {
    stats = statSync(path);
  } catch {
    throw new AppError('not_found', `${path}: no such file or directory`);
  }
  if (!stats.isDirectory()) return [path];
  const files = readdirSync(path)
    .filter((f) => f.endsWith('.sm'))
    .sort(naturalCompare);
  if (files.length === 0) throw new AppError('not_found', `${path}: no *.sm files`);
  return files.map((f) => join(path, f));
}

/**
 * Scheduling commands; pure, so they need neither the database nor the server.
 * `schedule psplib` solves PSPLIB single-mode instances. A malformed file is reported on standard error
 * (naming file and line) and skipped; the other files are still solved, and the exit code is then 1.
 */
export function registerScheduleCommands(program: Command): void {
  const schedule = program.command('schedule').description('resource-constrained project scheduling');
  schedule
    .command('psplib <path>')
    .description('solve PSPLIB single-mode instances (.sm): one file, or every *.sm file in a directory')
    .option('--schedules <n>', 'schedules generated per instance', positiveInt('--schedules'), 50_000)
    .option('--time-limit <seconds>', 'time limit per instance, in seconds', (value) => {
      const s = Number(value);
      if (!Number.isFinite(s) || s <= 0)
        throw new InvalidArgumentError('--time-limit must be a number of seconds > 0');
      return s;
    })
    .option(
      '--seed <s>',
      'random seed',
      (value) => {
        const s = Number(value);
        if (!Number.isInteger(s)) throw new InvalidArgumentError('--seed must be a whole number');
        return s;
      },
      1,
    )
    .option('--json', 'print one JSON line per instance: instance, makespan, lowerBound, starts')
    .action(
      async (
        path: string,
        options: { schedules: number; timeLimit?: number; seed: number; json?: boolean },
      ) => {
        // Piped into `head` and the like: stop quietly when the reader goes away.
        process.stdout.on('error', (error: NodeJS.ErrnoException) => {
          if (error.code !== 'EPIPE') throw error;
          process.exit(process.exitCode ?? 0);
        });
        const jobs = instanceFiles(path).map((file) => ({
          file,
          schedules: options.schedules,
          timeLimitMs: options.timeLimit === undefined ? undefined : options.timeLimit * 1000,
          seed: options.seed,
        }));
        for await (const outcome of solveAll(jobs)) {
          if (!outcome.ok) {
            console.error(`error: ${outcome.message}`);
            if (outcome.infeasible) process.exit(1);
            process.exitCode = 1;
            continue;
          }
          const { instance, makespan, lowerBound, starts } = outcome;
          if (options.json) console.log(JSON.stringify({ instance, makespan, lowerBound, starts }));
          else
            console.log(
              `${instance}: makespan ${makespan}, lower bound ${lowerBound}${makespan === lowerBound ? ' (optimal)' : ''}`,
            );
        }
      },
    );
}
