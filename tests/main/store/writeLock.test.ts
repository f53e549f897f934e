import { spawnSync } from 'node:child_process';
import { readFile, readdir, utimes, writeFile } from 'node:fs/promises';
import { hostname, uptime } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../main/store/store';
import { STORE_FILES } from '../../../main/store/storeData';
import { acquireWriteLock, isProcessAlive } from '../../../main/store/writeLock';
import { makeTempDir, removeTempDirs } from './helpers';

afterEach(removeTempDirs);

/** The pid of a process that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

const lockIn = async () => join(await makeTempDir(), STORE_FILES.lock);
const secondsAgo = (s: number) => new Date(Date.now() - s * 1000);

describe('isProcessAlive', () => {
  it('tells a running process from one that has exited', () => {
    expect(isProcessAlive(process.pid)).toBe(true);
    expect(isProcessAlive(deadPid())).toBe(false);
  });
});

describe('acquireWriteLock', () => {
  it('creates a lock file naming this process and removes it on release', async () => {
    const path = await lockIn();
    const lock = await acquireWriteLock(path);
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({
      pid: process.pid,
      host: hostname(),
    });
    expect(await lock.isStillHeld()).toBe(true);
    await lock.release();
    await expect(readFile(path)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('waits for the holder to release, then takes the lock', async () => {
    const path = await lockIn();
    const first = await acquireWriteLock(path);
    const order: string[] = [];
    const second = acquireWriteLock(path).then((lock) => {
      order.push('second acquired');
      return lock;
    });
    await new Promise((resolve) => setTimeout(resolve, 60));
    order.push('first released');
    await first.release();
    await (await second).release();
    expect(order).toEqual(['first released', 'second acquired']);
  });

  it('gives up with a storage failure naming the lock when a live process keeps it', async () => {
    const path = await lockIn();
    const lock = await acquireWriteLock(path);
    const started = Date.now();
    await expect(acquireWriteLock(path, { timeoutMs: 150 })).rejects.toMatchObject({
      code: 'storage',
      message: expect.stringMatching(
        /^Another Yuedu \(process \d+\) is writing to this data folder.*paused.*yuedu-data\.lock/,
      ),
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    await lock.release();
  });

  it('breaks a lock left by a process that no longer exists', async () => {
    const path = await lockIn();
    const abandoned = {
      pid: deadPid(),
      host: hostname(),
      acquired: new Date().toISOString(),
      token: 'x',
    };
    await writeFile(path, JSON.stringify(abandoned));
    const lock = await acquireWriteLock(path, { timeoutMs: 100 });
    expect(JSON.parse(await readFile(path, 'utf8')).pid).toBe(process.pid);
    await lock.release();
  });

  it('never takes a lock from a live process on this host, however old the lock', async () => {
    const path = await lockIn();
    const paused = {
      pid: process.pid,
      host: hostname(),
      acquired: secondsAgo(3600).toISOString(),
      token: 'y',
    };
    await writeFile(path, JSON.stringify(paused));
    await utimes(path, secondsAgo(3600), secondsAgo(3600));
    await expect(acquireWriteLock(path, { timeoutMs: 100 })).rejects.toMatchObject({
      code: 'storage',
    });
    expect(JSON.parse(await readFile(path, 'utf8')).token).toBe('y');
  });

  it('breaks a lock from another host once older than the stale age', async () => {
    const path = await lockIn();
    const elsewhere = {
      pid: process.pid,
      host: `not-${hostname()}`,
      acquired: secondsAgo(60).toISOString(),
      token: 'y',
    };
    await writeFile(path, JSON.stringify(elsewhere));
    await utimes(path, secondsAgo(60), secondsAgo(60));
    await (await acquireWriteLock(path, { timeoutMs: 100 })).release();
  });

  it('breaks a lock taken before this machine last started, whose pid may be reused', async () => {
    const path = await lockIn();
    const beforeBoot = {
      pid: process.pid,
      host: hostname(),
      acquired: new Date(Date.now() - uptime() * 1000 - 60_000).toISOString(),
      token: 'y',
    };
    await writeFile(path, JSON.stringify(beforeBoot));
    await (await acquireWriteLock(path, { timeoutMs: 100 })).release();
  });

  it('breaks an empty lock its creator was killed before filling', async () => {
    const path = await lockIn();
    await writeFile(path, '');
    await utimes(path, secondsAgo(5), secondsAgo(5));
    await (await acquireWriteLock(path, { timeoutMs: 100 })).release();
  });

  it('leaves a lock that is no longer its own in place on release, and says it lost it', async () => {
    const path = await lockIn();
    const lock = await acquireWriteLock(path);
    await writeFile(path, '{"pid": 1, "token": "someone else"}');
    expect(await lock.isStillHeld()).toBe(false);
    await lock.release();
    expect(await readFile(path, 'utf8')).toBe('{"pid": 1, "token": "someone else"}');
  });
});

describe('the store and its lock', () => {
  it('opens and writes although a killed process left its lock behind, and leaves no lock', async () => {
    const dir = await makeTempDir();
    await writeFile(
      join(dir, STORE_FILES.lock),
      JSON.stringify({
        pid: deadPid(),
        host: hostname(),
        acquired: new Date().toISOString(),
        token: 'z',
      }),
    );
    const store = await openStore(dir);
    await store.update((data) => void (data.settings.theme = 'dark'));
    expect(await readdir(dir)).not.toContain(STORE_FILES.lock);
  });

  it('refuses an update with a clear message while another process holds the lock', async () => {
    const dir = await makeTempDir();
    const store = await openStore(dir, { lock: { timeoutMs: 100 } });
    const lock = await acquireWriteLock(join(dir, STORE_FILES.lock));
    await expect(store.update((data) => void (data.settings.theme = 'dark'))).rejects.toMatchObject(
      {
        code: 'storage',
        message: expect.stringContaining('is writing to this data folder'),
      },
    );
    await lock.release();
    expect(store.read().settings.theme).toBe('light');
  });
});
