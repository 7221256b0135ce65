// PSPLIB benchmark of the scheduling engine: npm run bench:psplib [-- --sets j30,j60 --schedules N --limit N --seed S]

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { checkSchedule, naturalCompare, parsePsplib, psplibToProblem } from '../src/core/scheduling/index.ts';
import type { PsplibOutcome, PsplibTask } from './psplib-task.ts';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const sets = flag('sets', 'j30,j60').split(',');
const schedules = Number(flag('schedules', '50000'));
const limit = Number(flag('limit', '0'));
const seed = Number(flag('seed', '1'));
const workers = Number(flag('workers', String(Math.min(2, availableParallelism()))));
const dataDir = resolve(flag('data', join(here, '../../shared/data/psplib')));

/** Runs the tasks on a pool of worker threads; results come back in task order. */
async function runAll(tasks: PsplibTask[], onDone: (done: number) => void): Promise<PsplibOutcome[]> {
  const results: PsplibOutcome[] = new Array(tasks.length);
  let next = 0;
  let done = 0;
  const pool = Array.from({ length: Math.min(workers, tasks.length) }, async () => {
    const worker = new Worker(new URL('./psplib-worker.js', import.meta.url));
    try {
      while (next < tasks.length) {
        const index = next++;
        results[index] = await new Promise<PsplibOutcome>((ok, fail) => {
          worker.once('message', ok);
          worker.once('error', fail);
          worker.postMessage(tasks[index]);
        });
        worker.removeAllListeners('error');
        onDone(++done);
      }
    } finally {
      await worker.terminate();
    }
  });
  await Promise.all(pool);
  return results;
}

function readOptima(set: string): Map<string, number> {
  const file = join(dataDir, `${set}_optimum.csv`);
  const optima = new Map<string, number>();
  if (!existsSync(file)) return optima;
  for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
    const [name, value] = line.trim().split(',');
    // Open instances read "lower..upper": the upper end is the best known makespan.
    if (name && value) optima.set(name, Number(value.split('..').pop()));
  }
  return optima;
}

const pct = (x: number) => `${(100 * x).toFixed(2)} %`;
mkdirSync(join(here, 'results'), { recursive: true });
for (const set of sets) {
  const dir = join(dataDir, set);
  if (!existsSync(dir)) {
    console.error(`${set}: ${dir} not found, skipped`);
    continue;
  }
  let files = readdirSync(dir)
    .filter((f) => f.endsWith('.sm'))
    .sort(naturalCompare);
  if (limit > 0 && limit < files.length) {
    // An even spread over the set (its parameter groups), not just the first files.
    const step = files.length / limit;
    files = Array.from({ length: limit }, (_, i) => files[Math.floor(i * step)]);
  }
  const optima = readOptima(set);
  const started = performance.now();
  const results = await runAll(
    files.map((f) => ({ file: join(dir, f), schedules, seed })),
    (done) => process.stderr.isTTY && process.stderr.write(`\r${set}: ${done}/${files.length}`),
  );
  const wall = (performance.now() - started) / 1000;
  if (process.stderr.isTTY) process.stderr.write('\n');
  let atBest = 0;
  let devBest = 0;
  let devCp = 0;
  let totalSchedules = 0;
  let cpu = 0;
  let known = 0;
  for (const r of results) {
    const problem = psplibToProblem(parsePsplib(readFileSync(join(dir, r.instance), 'utf8')));
    const violations = checkSchedule(problem, r.starts);
    if (violations.length) throw new Error(`${r.instance}: infeasible schedule: ${violations[0].message}`);
    const best = optima.get(r.instance);
    if (best !== undefined) {
      known++;
      if (r.makespan <= best) atBest++;
      devBest += (r.makespan - best) / best;
    }
    devCp += (r.makespan - r.criticalPathBound) / r.criticalPathBound;
    totalSchedules += r.schedules;
    cpu += r.ms / 1000;
  }
  const summary = {
    set,
    date: new Date().toISOString().slice(0, 10),
    schedulesPerInstance: schedules,
    seed,
    instances: results.length,
    atOptimumOrBestKnown: known ? atBest / known : null,
    avgDeviationFromOptimumOrBestKnown: known ? devBest / known : null,
    avgDeviationFromCriticalPathBound: devCp / results.length,
    schedulesPerSecondPerCore: totalSchedules / cpu,
    wallSeconds: wall,
    workers,
  };
  console.log(
    `${set}: ${results.length} instances, all schedules feasible; at optimum/best known ${known ? pct(atBest / known) : 'n/a'}, ` +
      `avg deviation from optimum/best known ${known ? pct(devBest / known) : 'n/a'}, from critical-path bound ${pct(devCp / results.length)}; ` +
      `${Math.round(summary.schedulesPerSecondPerCore)} schedules/s per core, ${wall.toFixed(1)} s on ${workers} workers`,
  );
  const out = join(here, 'results', `psplib-${set}.json`);
  writeFileSync(out, `${JSON.stringify({ summary, results }, null, 2)}\n`);
  // Formatted the way the linter wants it, so a committed result file passes `npm run lint`.
  spawnSync(join(here, '../node_modules/.bin/biome'), ['format', '--write', out], { stdio: 'ignore' });
}
