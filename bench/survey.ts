// Survey estimation benchmark: npm run bench:survey [-- --seed 42 --runs 3 --psus 100 --no-r]
// Generates 1,000,000 responses (bench/survey-generate.ts: 10 strata × 100 villages × 1,000 respondents,
// fpc at both stages, weights), then times `custodes survey estimate --json` on 12 estimates (domains,
// proportions, a ratio) as a whole process, CSV reading included, with the fast entry's bundle built
// beforehand; and in the same run R's survey package on the same CSV and estimates (bench/survey.R).
// Every estimate and SE must agree to a relative 1e-6. Figures go to bench/results/survey.json.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BENCH_SHAPE, writeSurveyCsv } from './survey-generate.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] && !args[i + 1]?.startsWith('--') ? (args[i + 1] as string) : fallback;
};
const seed = Number(option('seed', '42'));
const runs = Number(option('runs', '3'));
/** Fewer villages per region for a quick check of the script (the figures need the default 100). */
const psus = Number(option('psus', String(BENCH_SHAPE.psusPerStratum)));
const withR = !args.includes('--no-r');

export const DESIGN = {
  ids: ['village', 'respondent'],
  strata: 'region',
  weights: 'pw',
  fpc: ['fpc1', 'fpc2'],
  estimates: [
    { stat: 'mean', variable: 'income' },
    { stat: 'total', variable: 'income' },
    { stat: 'proportion', variable: 'trust' },
    { stat: 'proportion', variable: 'safe' },
    { stat: 'ratio', variable: 'income', denominator: 'spend' },
    { stat: 'mean', variable: 'income', by: 'age' },
    { stat: 'proportion', variable: 'safe', by: 'sex' },
    { stat: 'ratio', variable: 'income', denominator: 'spend', by: 'sex' },
    { stat: 'total', variable: 'spend', by: 'age' },
    { stat: 'mean', variable: 'spend', by: 'region' },
    { stat: 'proportion', variable: 'trust', by: 'age' },
    { stat: 'mean', variable: 'spend' },
  ],
};

interface Timed {
  wall: number;
  cpu: number | null;
  stdout: string;
  stderr: string;
}

const hasGnuTime = existsSync('/usr/bin/time');

/** Runs a whole process; wall seconds, and user + system CPU seconds through /usr/bin/time when present. */
function timed(command: string, commandArgs: string[], scratch: string): Timed {
  const timeFile = join(scratch, 'time.txt');
  const [file, fileArgs] = hasGnuTime
    ? ['/usr/bin/time', ['-f', '%U %S', '-o', timeFile, command, ...commandArgs]]
    : [command, commandArgs];
  const started = performance.now();
  const result = spawnSync(file, fileArgs, { encoding: 'utf8', maxBuffer: 1 << 28 });
  const wall = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${command} failed (${result.status}): ${result.stderr}`);
  const cpu = hasGnuTime
    ? (readFileSync(timeFile, 'utf8')
        .trim()
        .split('\n')
        .at(-1)
        ?.split(' ')
        .reduce((sum, part) => sum + Number(part), 0) ?? null)
    : null;
  return { wall, cpu, stdout: result.stdout, stderr: result.stderr };
}

type Key = string;
const key = (stat: string, variable: string, category: string | null, domain: string | null): Key =>
  [stat, variable, category ?? '', domain ?? ''].join('|');

function rAvailable(): boolean {
  try {
    execFileSync('Rscript', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const seconds = (s: number | null) => (s === null ? '—' : `${s.toFixed(2)} s`);

const scratch = mkdtempSync(join(tmpdir(), 'custodes-bench-survey-'));
try {
  const csv = join(scratch, 'responses.csv');
  const designFile = join(scratch, 'design.json');
  let started = performance.now();
  const generated = await writeSurveyCsv(csv, { ...BENCH_SHAPE, psusPerStratum: psus }, seed);
  writeFileSync(designFile, JSON.stringify(DESIGN));
  console.log(
    `generated ${generated.rows.toLocaleString('en')} responses (${(generated.bytes / 1e6).toFixed(1)} MB, seed ${seed}) in ${((performance.now() - started) / 1000).toFixed(1)} s: ${csv}`,
  );

  const cli = ['bin/custodes.js', 'survey', 'estimate', '--data', csv, '--design', designFile, '--json'];
  started = performance.now();
  execFileSync(process.execPath, ['bin/custodes.js', 'survey', 'estimate', '--help'], { stdio: 'ignore' });
  console.log(`fast entry bundle ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const ours: Timed[] = [];
  for (let run = 0; run < runs; run++) ours.push(timed(process.execPath, cli, scratch));
  const oursWall = median(ours.map((t) => t.wall));
  const oursCpu = ours.every((t) => t.cpu !== null) ? median(ours.map((t) => t.cpu as number)) : null;
  const estimates: {
    stat: string;
    variable: string;
    category: string | null;
    domain: string | null;
    estimate: number;
    se: number;
  }[] = JSON.parse((ours[0] as Timed).stdout).estimates;
  console.log(
    `custodes survey estimate: ${estimates.length} rows, median of ${runs}: ${seconds(oursWall)} wall, ${seconds(oursCpu)} CPU`,
  );

  const results: Record<string, unknown> = {
    date: new Date().toISOString(),
    seed,
    rows: generated.rows,
    estimates: DESIGN.estimates.length,
    outputRows: estimates.length,
    ours: { wallSeconds: oursWall, cpuSeconds: oursCpu, runs: ours.map((t) => t.wall) },
  };
  if (!withR) console.log('R skipped (--no-r)');
  else if (!rAvailable()) console.log('R not found (Rscript): skipping the R half');
  else {
    const r = timed('Rscript', ['bench/survey.R', csv], scratch);
    const expected = new Map(
      r.stdout
        .trim()
        .split('\n')
        .map((line) => line.split('|'))
        .map(([stat, variable, category, domain, estimate, se]) => [
          key(stat as string, variable as string, category || null, domain || null),
          { estimate: Number(estimate), se: Number(se) },
        ]),
    );
    let maxDifference = 0;
    const problems: string[] = [];
    if (expected.size !== estimates.length)
      problems.push(`R printed ${expected.size} rows, custodes ${estimates.length}`);
    for (const row of estimates) {
      const want = expected.get(key(row.stat, row.variable, row.category, row.domain));
      if (!want) {
        problems.push(`no R row for ${key(row.stat, row.variable, row.category, row.domain)}`);
        continue;
      }
      for (const [ours, theirs] of [
        [row.estimate, want.estimate],
        [row.se, want.se],
      ] as const) {
        maxDifference = Math.max(
          maxDifference,
          Math.abs(ours - theirs) / Math.max(Math.abs(theirs), Number.MIN_VALUE),
        );
      }
    }
    if (maxDifference > 1e-6)
      problems.push(`largest relative difference ${maxDifference.toExponential(2)} > 1e-6`);
    const wallRatio = r.wall / oursWall;
    const cpuRatio = r.cpu !== null && oursCpu !== null ? r.cpu / oursCpu : null;
    console.log(r.stderr.trim());
    console.log(`R survey: ${seconds(r.wall)} wall, ${seconds(r.cpu)} CPU`);
    console.log(
      `R ÷ custodes: ${wallRatio.toFixed(1)}× wall${cpuRatio === null ? '' : `, ${cpuRatio.toFixed(1)}× CPU`}; largest relative difference in estimates and SEs: ${maxDifference.toExponential(2)}`,
    );
    results.r = { wallSeconds: r.wall, cpuSeconds: r.cpu, log: r.stderr.trim() };
    results.ratio = { wall: wallRatio, cpu: cpuRatio };
    results.maxRelativeDifference = maxDifference;
    if (problems.length > 0) {
      console.error(`MISMATCH: ${problems.join('; ')}`);
      process.exitCode = 1;
    }
  }
  writeFileSync('bench/results/survey.json', `${JSON.stringify(results, null, 2)}\n`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
