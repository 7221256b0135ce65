// What the indicator bench scripts share: their command-line options and how they time and print calls.

const args = process.argv.slice(2);

/** True when `--name` is on the command line. */
export const hasFlag = (name: string) => args.includes(`--${name}`);

/** The value after `--name` (a following `--other` is not one), else the fallback. */
export function option(name: string, fallback: string): string {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] && !args[i + 1].startsWith('--') ? args[i + 1] : fallback;
}

/** The local test server, where `--postgres` points when no URL follows it. */
export const LOCAL_POSTGRES = 'postgres://postgres@127.0.0.1:5432/test';

/** The URL of `--postgres [URL]` (else `fallback`), or null without the flag. */
export const postgresOption = (fallback = LOCAL_POSTGRES) =>
  hasFlag('postgres') ? option('postgres', fallback) : null;

export const millis = (ms: number) => `${ms.toFixed(1)} ms`;

/** The p-th percentile of times sorted ascending (nearest rank). */
export const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;

/**
 * Calls `run` 3 times untimed, then `n` times timed one after the other, and prints p50 and p95. `run`
 * gets the call's number: 0 … n - 1 for the timed calls, n and after for the warm-ups.
 */
export async function timed(label: string, n: number, run: (call: number) => Promise<unknown>) {
  for (let i = 0; i < 3; i++) await run(n + i);
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    await run(i);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  console.log(
    `${label.padEnd(44)} p50 ${millis(percentile(times, 50))}, p95 ${millis(percentile(times, 95))}`,
  );
}
