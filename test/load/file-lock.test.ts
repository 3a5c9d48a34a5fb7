import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LockTimeoutError, acquireLock, isProcessAlive, tryLock } from '../../src/load/file-lock';

/** The pid of a process that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('file lock', () => {
  let dir: string;
  let lockDir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-lock-'));
    lockDir = join(dir, 'x.lock');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is taken once, and free again after release', () => {
    const first = tryLock(lockDir);
    expect(first).not.toBeNull();
    expect(tryLock(lockDir)).toBeNull();
    first?.release();
    expect(existsSync(lockDir)).toBe(false);
    const again = tryLock(lockDir);
    expect(again).not.toBeNull();
    again?.release();
  });

  it('takes over a lock whose owner has died', () => {
    const pid = deadPid();
    expect(isProcessAlive(pid)).toBe(false);
    mkdirSync(lockDir);
    writeFileSync(join(lockDir, 'owner'), String(pid));
    const lock = tryLock(lockDir);
    expect(lock).not.toBeNull();
    lock?.release();
  });

  it('leaves a lock whose owner is alive', () => {
    mkdirSync(lockDir);
    writeFileSync(join(lockDir, 'owner'), String(process.ppid));
    expect(tryLock(lockDir)).toBeNull();
  });

  it('waits for the holder, then takes the lock', async () => {
    const held = tryLock(lockDir);
    const waits: (number | null)[] = [];
    setTimeout(() => held?.release(), 150);
    const lock = await acquireLock(lockDir, { timeoutMs: 5000, pollMs: 20, onWait: (owner) => waits.push(owner) });
    expect(waits).toEqual([process.pid]);
    lock.release();
  });

  it('gives up after the timeout', async () => {
    const held = tryLock(lockDir);
    await expect(acquireLock(lockDir, { timeoutMs: 100, pollMs: 20 })).rejects.toThrow(LockTimeoutError);
    held?.release();
  });

  it('release is harmless twice', () => {
    const lock = tryLock(lockDir);
    lock?.release();
    expect(() => lock?.release()).not.toThrow();
  });
});
