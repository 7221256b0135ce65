import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../core/errors/app-error.ts';

export interface DirectoryLock {
  release(): void;
}

/**
 * PGlite is one process's database: a second process opening the same directory would corrupt it.
 * A lock file holding the owner's pid keeps the CLI out while the server runs; a stale file left
 * by a killed process is taken over.
 */
export function acquireDirectoryLock(dataDir: string): DirectoryLock {
  const path = join(dataDir, 'custodes.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return { release: () => rmSync(path, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(path, 'utf8'));
      if (holder && holder !== process.pid && isAlive(holder)) {
        throw new AppError(
          'conflict',
          `the database in ${dataDir} is in use by process ${holder} (a running Custodes server?): stop it first, or send the command through the server with --server URL --token TOKEN (or CUSTODES_SERVER and CUSTODES_TOKEN; create the token on your profile page); migrate, backup, restore and users create need the server stopped`,
        );
      }
      rmSync(path, { force: true });
    }
  }
  throw new AppError('conflict', `could not lock ${dataDir}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
