// IATI benchmark: npm run bench:iati [-- --mb 100 --seed 42 --runs 3 --keep]
// Generates a seeded IATI 2.03 file, then times `custodes iati summarize --json`, `custodes iati
// import` (fresh data dir, server stopped) and `xmllint --stream --noout` on it, each in its own
// process under /usr/bin/time for wall time and peak RSS.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateIatiFile } from './iati-generate.ts';

const here = dirname(fileURLToPath(import.meta.url));
const cli = join(here, '../bin/custodes.js');
const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const megabytes = Number(flag('mb', '100'));
const seed = Number(flag('seed', '42'));
const runs = Number(flag('runs', '3'));
const TIME = '/usr/bin/time';

interface Measure {
  seconds: number;
  /** user + system CPU seconds: on a shared machine, closer to the real cost than wall time. */
  cpu: number;
  peakMb: number;
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command under /usr/bin/time: wall seconds and peak resident memory of the process. */
function measure(command: string, commandArgs: string[], env: NodeJS.ProcessEnv = process.env): Measure {
  const result = spawnSync(TIME, ['-f', 'TIME %e %M %U %S', command, ...commandArgs], {
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const match = /TIME ([\d.]+) (\d+) ([\d.]+) ([\d.]+)\s*$/.exec(result.stderr);
  if (!match) throw new Error(`could not measure ${command} ${commandArgs.join(' ')}: ${result.stderr}`);
  return {
    seconds: Number(match[1]),
    peakMb: Number(match[2]) / 1024,
    cpu: Number(match[3]) + Number(match[4]),
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr.slice(0, match.index),
  };
}

/** The fastest of several runs (the machine may be busy; the fastest is closest to the cost). */
function best(label: string, run: () => Measure): Measure {
  const all = Array.from({ length: runs }, run);
  for (const m of all) if (m.status !== 0) throw new Error(`${label} failed (${m.status}): ${m.stderr}`);
  const times = all.map((m) => m.seconds.toFixed(2)).join(', ');
  const fastest = all.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  console.log(
    `${label.padEnd(10)} ${fastest.seconds.toFixed(2)} s (runs: ${times}), peak RSS ${Math.max(...all.map((m) => m.peakMb)).toFixed(0)} MB`,
  );
  return fastest;
}

function custodes(commandArgs: string[], env: NodeJS.ProcessEnv = process.env) {
  return measure(process.execPath, [cli, ...commandArgs], env);
}

function importAvailable(): boolean {
  const help = spawnSync(process.execPath, [cli, 'iati', '--help'], { encoding: 'utf8' });
  return /^\s+import\b/m.test(help.stdout);
}

function runImport(file: string, scratch: string): Measure | null {
  if (!importAvailable()) {
    console.log('import     command not available');
    return null;
  }
  const dataDir = join(scratch, 'data');
  const env = {
    ...process.env,
    CUSTODES_DATA_DIR: dataDir,
    DATABASE_URL: undefined,
    CUSTODES_DEMO: undefined,
  };
  const setup = (commandArgs: string[]) => {
    const result = spawnSync(process.execPath, [cli, ...commandArgs], { env, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`custodes ${commandArgs.join(' ')}: ${result.stderr}`);
  };
  setup([
    'users',
    'create',
    '--email',
    'bench@example.org',
    '--password',
    'bench-password-long',
    '--name',
    'Bench',
    '--server-admin',
  ]);
  setup([
    'workspaces',
    'create',
    '--name',
    'IATI bench',
    '--slug',
    'iati-bench',
    '--owner',
    'bench@example.org',
    '--country',
    'Kasora',
  ]);
  const result = custodes(['iati', 'import', file, '--workspace', 'iati-bench'], env);
  if (result.status !== 0) throw new Error(`import failed (${result.status}): ${result.stderr}`);
  console.log(
    `import     ${result.seconds.toFixed(2)} s, CPU ${result.cpu.toFixed(2)} s, peak RSS ${result.peakMb.toFixed(0)} MB: ${result.stdout.trim()}`,
  );
  return result;
}

if (!existsSync(TIME) || !existsSync('/usr/bin/xmllint')) {
  console.error('bench:iati needs /usr/bin/time and /usr/bin/xmllint (Debian: time, libxml2-utils)');
  process.exit(2);
}

const scratch = mkdtempSync(join(tmpdir(), 'custodes-bench-iati-'));
try {
  const file = join(scratch, 'activities.xml');
  const started = performance.now();
  const activities = await generateIatiFile(file, { bytes: megabytes * 1_000_000, seed });
  const size = statSync(file).size / 1_000_000;
  console.log(
    `generated  ${size.toFixed(1)} MB, ${activities} activities, seed ${seed} (${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );

  const xmllint = best('xmllint', () => measure('/usr/bin/xmllint', ['--stream', '--noout', file]));
  const summarize = best('summarize', () => custodes(['iati', 'summarize', file, '--json']));
  const summary = JSON.parse(summarize.stdout) as { activities: number };
  if (summary.activities !== activities)
    throw new Error(`summarize counted ${summary.activities} activities, not ${activities}`);
  const ratio = summarize.seconds / xmllint.seconds;
  console.log(
    `ratio      summarize / xmllint = ${ratio.toFixed(2)} (target ≤ 3); by CPU time ${(summarize.cpu / xmllint.cpu).toFixed(2)}`,
  );
  const imported = runImport(file, scratch);
  const peak = Math.max(summarize.peakMb, imported?.peakMb ?? 0);
  console.log(
    `peak RSS   summarize ${summarize.peakMb.toFixed(0)} MB, import ${imported ? `${imported.peakMb.toFixed(0)} MB` : '—'} (target ≤ 300)`,
  );
  if (ratio > 3 || peak > 300) process.exitCode = 1;
} finally {
  if (!args.includes('--keep')) rmSync(scratch, { recursive: true, force: true });
  else console.log(`kept ${scratch}`);
}
