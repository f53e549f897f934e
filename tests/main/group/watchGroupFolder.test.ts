import { mkdirSync, mkdtempSync, rmSync, statSync, watch, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GroupFolderWatch, type WatchFolder } from '../../../main/group/watchGroupFolder';

const roots: string[] = [];
const watches: GroupFolderWatch[] = [];
afterEach(() => {
  for (const w of watches.splice(0)) w.close();
  for (const dir of roots.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempFolder(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'yuedu-watch-'));
  roots.push(root);
  const folder = path.join(root, '读书会');
  mkdirSync(folder);
  return folder;
}

/** A refresh like group:refresh's: fails when the folder cannot be read. */
function refresher(folder: () => string) {
  return vi.fn(async () => {
    statSync(folder());
  });
}

/** The real fs.watch, with its closes counted. */
function countingWatch() {
  const closed = vi.fn();
  const realWatch: WatchFolder = (folder, listener) => {
    const watcher = watch(folder, { persistent: false }, () => listener());
    return {
      close: () => {
        closed(folder);
        watcher.close();
      },
      on: (event, handler) => watcher.on(event, handler),
    };
  };
  return { realWatch, closed };
}

function start(options: ConstructorParameters<typeof GroupFolderWatch>[0]) {
  const groupWatch = new GroupFolderWatch({ debounceMs: 20, retryMs: 50, ...options });
  watches.push(groupWatch);
  return groupWatch;
}

describe('GroupFolderWatch', () => {
  it('refreshes after a member file lands in the folder', { timeout: 30_000 }, async () => {
    const folder = tempFolder();
    const refresh = refresher(() => folder);
    const groupWatch = start({ refresh });
    groupWatch.follow(folder);
    expect(groupWatch.watching).toBe(true);
    writeFileSync(path.join(folder, 'yuedu-member-b.json'), '{}');
    await expect.poll(() => refresh.mock.calls.length, { timeout: 20_000 }).toBeGreaterThan(0);
  });

  it(
    'falls back to looking again when the folder disappears, and watches it once it is back',
    { timeout: 30_000 },
    async () => {
      const folder = tempFolder();
      const refresh = refresher(() => folder);
      const groupWatch = start({ refresh });
      groupWatch.follow(folder);
      // The USB stick is pulled out: the folder is gone and a refresh fails.
      rmSync(folder, { recursive: true, force: true });
      await expect.poll(() => groupWatch.watching, { timeout: 20_000 }).toBe(false);
      expect(refresh).toHaveBeenCalled();
      // Plugged in again at the same place: the watch returns and a new file is read.
      mkdirSync(folder);
      await expect.poll(() => groupWatch.watching, { timeout: 20_000 }).toBe(true);
      const before = refresh.mock.calls.length;
      writeFileSync(path.join(folder, 'yuedu-member-c.json'), '{}');
      await expect
        .poll(
          async () => {
            const settled = await Promise.allSettled(refresh.mock.results.map((r) => r.value));
            return settled.slice(before).some((r) => r.status === 'fulfilled');
          },
          { timeout: 20_000 },
        )
        .toBe(true);
    },
  );

  it(
    'refreshes every retry interval where watching is unsupported',
    { timeout: 30_000 },
    async () => {
      const folder = tempFolder();
      const refresh = refresher(() => folder);
      const unsupported: WatchFolder = () => {
        throw Object.assign(new Error('watch is not supported here'), {
          code: 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
        });
      };
      const groupWatch = start({ refresh, watch: unsupported });
      groupWatch.follow(folder);
      expect(groupWatch.watching).toBe(false);
      await expect.poll(() => refresh.mock.calls.length, { timeout: 20_000 }).toBeGreaterThan(2);
    },
  );

  it(
    'refreshes only once at a time, however many changes arrive during one',
    { timeout: 30_000 },
    async () => {
      const folder = tempFolder();
      let inFlight = 0;
      let most = 0;
      const refresh = vi.fn(async () => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 40));
        inFlight -= 1;
      });
      const groupWatch = start({ refresh, debounceMs: 1 });
      groupWatch.follow(folder);
      for (let i = 0; i < 20; i++) {
        writeFileSync(path.join(folder, `yuedu-member-${i}.json`), '{}');
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      await expect.poll(() => refresh.mock.calls.length, { timeout: 20_000 }).toBeGreaterThan(1);
      await expect.poll(() => inFlight, { timeout: 20_000 }).toBe(0);
      expect(most).toBe(1);
    },
  );

  it('closes the old watch when the member switches folders, leaves, or the app quits', () => {
    const first = tempFolder();
    const second = tempFolder();
    const { realWatch, closed } = countingWatch();
    const groupWatch = start({ refresh: vi.fn(async () => undefined), watch: realWatch });
    groupWatch.follow(first);
    groupWatch.follow(first);
    expect(closed).not.toHaveBeenCalled();
    groupWatch.follow(second);
    expect(closed).toHaveBeenLastCalledWith(first);
    groupWatch.follow(null);
    expect(closed).toHaveBeenLastCalledWith(second);
    expect(groupWatch.watching).toBe(false);
    groupWatch.follow(first);
    groupWatch.close();
    expect(closed).toHaveBeenCalledTimes(3);
    groupWatch.follow(second);
    expect(groupWatch.watching).toBe(false);
  });
});
