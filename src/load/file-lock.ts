// A lock between processes on one machine: a folder created with mkdir (atomic on every local file
// system) holding the owner's pid. A lock whose owner has died is taken over, so a killed process
// never blocks the next one for good.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface FileLock {
  release(): void;
}

export interface LockOptions {
  /** Give up after this long (ms). */
  timeoutMs: number;
  /** Time between attempts (ms). */
  pollMs?: number;
  /** Says what is being waited for, once, when the lock is busy. */
  onWait?: (ownerPid: number | null) => void;
}

export class LockTimeoutError extends Error {}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(lockDir: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(join(lockDir, 'owner'), 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Takes the lock if it is free now (or held by a dead process); null when someone else holds it. */
export function tryLock(lockDir: string): FileLock | null {
  try {
    mkdirSync(lockDir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    const owner = readOwner(lockDir);
    // No owner file yet: another process is between mkdir and writeFile; treat it as held.
    if (owner === null || isProcessAlive(owner)) return null;
    rmSync(lockDir, { recursive: true, force: true });
    return tryLock(lockDir);
  }
  writeFileSync(join(lockDir, 'owner'), String(process.pid));
  let held = true;
  return {
    release() {
      if (!held) return;
      held = false;
      if (readOwner(lockDir) === process.pid) rmSync(lockDir, { recursive: true, force: true });
    },
  };
}

/** Waits until the lock is free and takes it. */
export async function acquireLock(lockDir: string, options: LockOptions): Promise<FileLock> {
  const deadline = Date.now() + options.timeoutMs;
  let told = false;
  for (;;) {
    const lock = tryLock(lockDir);
    if (lock) return lock;
    if (!told) {
      options.onWait?.(readOwner(lockDir));
      told = true;
    }
    if (Date.now() > deadline) {
      throw new LockTimeoutError(`timed out after ${Math.round(options.timeoutMs / 1000)} s waiting for the lock ${lockDir}`);
    }
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 250));
  }
}
