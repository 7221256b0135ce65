import { AppError } from '../core/errors/app-error.ts';
import { readConfig } from '../server/config.ts';
import { openRuntime, type Runtime } from '../server/runtime.ts';

/** Opens the configured database (migrated) for one command, and always closes it. */
export async function withRuntime<T>(work: (runtime: Runtime) => Promise<T>): Promise<T> {
  const runtime = await openRuntime(readConfig());
  try {
    return await work(runtime);
  } finally {
    await runtime.database.close();
  }
}

/** Prints an expected failure as one line and exits non-zero; anything else is a bug, shown whole. */
export function reportFailure(error: unknown): never {
  if (error instanceof AppError) {
    console.error(`error: ${error.message}`);
    process.exit(1);
  }
  console.error(error);
  process.exit(1);
}

/** A progress line on a terminal, redrawn in place; silent when output is piped. */
export function progressPrinter(label: string) {
  let last = 0;
  return (done: number, total: number, detail: string) => {
    if (!process.stderr.isTTY) return;
    const now = Date.now();
    if (now - last < 100 && done < total) return;
    last = now;
    const width = 30;
    const share = total > 0 ? Math.min(1, done / total) : 1;
    const bar = '#'.repeat(Math.round(share * width)).padEnd(width, '.');
    process.stderr.write(`\r${label} [${bar}] ${done}/${total} ${detail.padEnd(24).slice(0, 24)}`);
    if (done >= total) process.stderr.write('\n');
  };
}
