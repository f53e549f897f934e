import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readStoreFile } from '../../../main/store/storeFile';
import { STORE_FILES } from '../../../main/store/storeData';
import { openStore } from '../../../main/store/store';
import { bundleFixture } from './bundleFixture';
import { makeTempDir, removeTempDirs } from './helpers';

// Writer A holds the lock and is paused (a closed laptop lid, a debugger, SIGSTOP) while writer B,
// standing for `yuedu serve`, wants to write. Whatever happens, a write that was answered "ack"
// must still be in the file once both are done.

const children: ChildProcessWithoutNullStreams[] = [];
afterEach(async () => {
  for (const child of children.splice(0)) {
    child.kill('SIGCONT');
    child.kill('SIGKILL');
  }
  await removeTempDirs();
});

let pausing: string;
let single: string;
const cleanups: Array<() => Promise<void>> = [];
beforeAll(async () => {
  const a = await bundleFixture('pausingWriter.ts');
  const b = await bundleFixture('singleWriter.ts');
  pausing = a.script;
  single = b.script;
  cleanups.push(a.remove, b.remove);
}, 60_000);
afterAll(() => Promise.all(cleanups.map((remove) => remove())));

interface Running {
  child: ChildProcessWithoutNullStreams;
  /** Resolves with the first stdout line matching `pattern`. */
  line(pattern: RegExp): Promise<string>;
  /** Resolves with all stdout once the process has exited. */
  done: Promise<string>;
}

function start(script: string, args: string[]): Running {
  const child = spawn(process.execPath, [script, ...args], { stdio: 'pipe' });
  children.push(child);
  let stdout = '';
  let stderr = '';
  const waiters: Array<() => void> = [];
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    waiters.splice(0).forEach((wake) => wake());
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const done = new Promise<string>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(stdout) : reject(new Error(`child failed (${code}): ${stderr}`)),
    );
  });
  const line = (pattern: RegExp) =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        const found = stdout.split('\n').find((text) => pattern.test(text));
        if (found !== undefined) resolve(found);
        else waiters.push(check);
      };
      done.then(() => reject(new Error(`exited without ${pattern}: ${stdout}`)), reject);
      check();
    });
  return { child, line, done };
}

/** Ids of the highlights in the data file now. */
async function savedIds(dir: string): Promise<string[]> {
  const state = await readStoreFile(join(dir, STORE_FILES.data));
  if (state.kind !== 'valid') throw new Error(`data file is ${state.kind}`);
  return state.data.annotations.map((a) => a.id);
}

/** Starts writer A and SIGSTOPs it while it holds the lock in the middle of its update. */
async function pausedWriterA(dir: string): Promise<Running> {
  const a = start(pausing, [dir]);
  await a.line(/^holding$/);
  a.child.kill('SIGSTOP');
  return a;
}

/** Lets writer A go on and returns what it printed. */
async function resume(dir: string, a: Running): Promise<string> {
  await writeFile(join(dir, 'go'), '');
  a.child.kill('SIGCONT');
  return a.done;
}

describe.skipIf(process.platform === 'win32')('a writer paused while holding the lock', () => {
  it('keeps its lock however long the pause: the other writer is refused and nothing acknowledged is lost', async () => {
    const dir = await makeTempDir();
    await (await openStore(dir)).update(() => undefined);
    const a = await pausedWriterA(dir);
    // The pause has lasted over a minute as far as the lock's age can tell.
    const minuteAgo = new Date(Date.now() - 60_000);
    await utimes(join(dir, STORE_FILES.lock), minuteAgo, minuteAgo);

    const b = await start(single, [dir, 'serve-1']).done;
    expect(b).toContain(
      `refused Another Yuedu (process ${a.child.pid}) is writing to this data folder`,
    );

    expect(await resume(dir, a)).toMatch(/^ack$/m);
    expect(await savedIds(dir)).toEqual(['writer-a']);
  }, 120_000);

  it('refuses to commit over a write it did not start from once its lock was taken away', async () => {
    const dir = await makeTempDir();
    await (await openStore(dir)).update(() => undefined);
    const a = await pausedWriterA(dir);
    // The lock goes (deleted by hand, as the busy message suggests, or expired on another host).
    await rm(join(dir, STORE_FILES.lock));

    expect(await start(single, [dir, 'serve-1']).done).toBe('ack\n');

    const told = await resume(dir, a);
    expect(told).toMatch(/^refused .*changed by another Yuedu.*not saved/m);
    expect(await savedIds(dir)).toEqual(['serve-1']);
  }, 120_000);
});
