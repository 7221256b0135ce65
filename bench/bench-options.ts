// What the indicator bench scripts share: their command-line options and how they print times.

const args = process.argv.slice(2);

/** True when `--name` is on the command line. */
export const hasFlag = (name: string) => args.includes(`--${name}`);

/** The value after `--name` (a following `--other` is not one), else the fallback. */
export function option(name: string, fallback: string): string {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] && !args[i + 1].startsWith('--') ? args[i + 1] : fallback;
}

export const millis = (ms: number) => `${ms.toFixed(1)} ms`;

/** The p-th percentile of times sorted ascending (nearest rank). */
export const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
