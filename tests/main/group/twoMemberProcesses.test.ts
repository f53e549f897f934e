import { execFile, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memberFileName, parseMemberFile } from '../../../main/group/memberFile';
import { PROJECT_ROOT } from '../../../main/paths/projectPaths';
import { bundleFixture, runFixture } from '../store/bundleFixture';

const YUEDU = join(PROJECT_ROOT, 'bin', 'yuedu.mjs');
const ARTICLE = 'greater-bay-area-friends';
const HIGHLIGHTS = 30;
const ROUNDS = 10;
const REPLIES = 4;

interface Reply {
  id: string;
  annotationId: string;
  creator: { id: string; name: string };
}

interface Note {
  id: string;
  mine: boolean;
  creator: { id: string; name: string };
  replies: Reply[];
}

/** What one member process printed: the ids the CLI confirmed, and anything that went wrong. */
interface MemberRun {
  highlights: string[];
  replies: Array<{ id: string; annotationId: string }>;
  problems: string[];
}

let dir: string;
let member: string;
let reader: string;
const removeFixtures: Array<() => Promise<void>> = [];
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'yuedu-two-members-'));
  const bundle = async (name: string) => {
    const { script, remove } = await bundleFixture(
      name,
      join(import.meta.dirname, 'fixtures', name),
    );
    removeFixtures.push(remove);
    return script;
  };
  member = await bundle('cliMember.ts');
  reader = await bundle('folderReader.ts');
});
afterAll(async () => {
  await Promise.all(removeFixtures.map((remove) => remove()));
  await rm(dir, { recursive: true, force: true });
});

const run = promisify(execFile);

/** Runs one real `yuedu --json` command on a member's data folder; its parsed output. */
async function yuedu<T>(dataDir: string, ...args: string[]): Promise<T> {
  const { stdout } = await run(
    process.execPath,
    [YUEDU, '--data-dir', dataDir, '--json', ...args],
    {
      timeout: 60_000,
    },
  );
  return JSON.parse(stdout) as T;
}

/** A member with a name, in the group that shares `folder`; their member id. */
async function joinGroup(dataDir: string, name: string, folder: string): Promise<string> {
  await yuedu(dataDir, 'config', 'name', name);
  await yuedu(dataDir, 'group', 'use', folder);
  return (await yuedu<{ id: string }>(dataDir, 'whoami')).id;
}

/** Runs the member process to its end and sorts out what it printed. */
async function runMember(dataDir: string): Promise<MemberRun> {
  const config = {
    yuedu: YUEDU,
    dataDir,
    articleId: ARTICLE,
    highlights: HIGHLIGHTS,
    rounds: ROUNDS,
    replies: REPLIES,
  };
  const stdout = await runFixture(member, [JSON.stringify(config)], dataDir);
  const result: MemberRun = { highlights: [], replies: [], problems: [] };
  for (const line of stdout.split('\n').filter(Boolean)) {
    const [kind, id, annotationId] = line.split(' ');
    if (kind === 'highlight') result.highlights.push(id!);
    else if (kind === 'reply') result.replies.push({ id: id!, annotationId: annotationId! });
    else result.problems.push(line);
  }
  return result;
}

/**
 * Starts the sync tool's stand-in on the group folder; `stop` ends it and answers how many member
 * files it read and which reads were not a whole file.
 */
async function watchLikeASyncTool(folder: string) {
  const child = spawn(process.execPath, [reader, folder], { stdio: ['pipe', 'pipe', 'inherit'] });
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  const exited = new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`the folder reader failed (${code})`)),
    );
  });
  await new Promise<void>((resolve, reject) => {
    const ready = () => stdout.includes('watching\n') && resolve();
    child.stdout.on('data', ready);
    exited.then(() => reject(new Error('the folder reader ended before it watched')), reject);
  });
  return {
    stop: async () => {
      child.stdin.end();
      await exited;
      const lines = stdout.split('\n');
      return {
        reads: Number(lines.find((l) => l.startsWith('read '))?.slice(5)),
        torn: lines.filter((l) => l.startsWith('torn ')),
      };
    },
  };
}

const sorted = (ids: Iterable<string>) => [...ids].sort();

/** The ids of the highlights and replies in a member's file in the group folder, as it is now. */
async function published(folder: string, memberId: string) {
  const file = parseMemberFile(await readFile(join(folder, memberFileName(memberId))));
  return {
    highlights: sorted(file.annotations.map((a) => a.id)),
    replies: sorted(file.replies.map((r) => r.id)),
  };
}

describe('two members, each its own process on its own data folder, sharing one group folder', () => {
  it(
    'gets every highlight and reply the CLI confirmed to the other member, once, with its creator, losing none of either',
    { timeout: 600_000 },
    async () => {
      const folder = await mkdtemp(join(dir, 'group-'));
      const dataA = await mkdtemp(join(dir, 'anna-'));
      const dataB = await mkdtemp(join(dir, 'wang-'));
      const idA = await joinGroup(dataA, 'Anna', folder);
      const idB = await joinGroup(dataB, '王小明', folder);

      // Both members highlight, refresh and reply at the same time, each in its own process,
      // while a sync tool reads every member file the moment it changes.
      const syncTool = await watchLikeASyncTool(folder);
      const runs = await Promise.allSettled([runMember(dataA), runMember(dataB)]);
      const copies = await syncTool.stop();
      const [a, b] = runs.map((settled) => {
        if (settled.status === 'rejected') throw settled.reason;
        return settled.value;
      }) as [MemberRun, MemberRun];
      // Every member file the sync tool read was whole: each publish replaced the file at once.
      expect(copies.torn).toEqual([]);
      expect(copies.reads).toBeGreaterThan(0);
      expect(a.problems).toEqual([]);
      expect(b.problems).toEqual([]);
      expect(a.highlights).toHaveLength(HIGHLIGHTS);
      expect(b.highlights).toHaveLength(HIGHLIGHTS);

      // The last write of each member's processes left every highlight and reply they confirmed.
      for (const [memberId, confirmed] of [
        [idA, a],
        [idB, b],
      ] as const) {
        expect(await published(folder, memberId)).toEqual({
          highlights: sorted(confirmed.highlights),
          replies: sorted(confirmed.replies.map((r) => r.id)),
        });
      }

      // After both exit, each member reads the folder again and looks at the group.
      await yuedu(dataA, 'group', 'refresh');
      await yuedu(dataB, 'group', 'refresh');
      const anna = { dataDir: dataA, id: idA, name: 'Anna', run: a };
      const wang = { dataDir: dataB, id: idB, name: '王小明', run: b };
      for (const [me, other] of [
        [anna, wang],
        [wang, anna],
      ] as const) {
        const seen = await yuedu<Note[]>(
          me.dataDir,
          'notes',
          '--article',
          ARTICLE,
          '--member',
          'all',
        );
        const mine = seen.filter((n) => n.mine);
        const theirs = seen.filter((n) => !n.mine);
        // Nothing of one's own lost, every one of the other's there once, each under its creator.
        expect(sorted(mine.map((n) => n.id))).toEqual(sorted(me.run.highlights));
        expect(sorted(theirs.map((n) => n.id))).toEqual(sorted(other.run.highlights));
        expect(new Set(mine.map((n) => JSON.stringify(n.creator)))).toEqual(
          new Set([JSON.stringify({ id: me.id, name: me.name })]),
        );
        expect(new Set(theirs.map((n) => JSON.stringify(n.creator)))).toEqual(
          new Set([JSON.stringify({ id: other.id, name: other.name })]),
        );
        // Each member's replies sit, once, under the other's highlight they answered.
        const replies = seen.flatMap((n) =>
          n.replies.map((r) => ({ id: r.id, annotationId: n.id, creator: r.creator.id })),
        );
        const expected = [
          ...me.run.replies.map((r) => ({ ...r, creator: me.id })),
          ...other.run.replies.map((r) => ({ ...r, creator: other.id })),
        ];
        const byId = (x: { id: string }, y: { id: string }) => (x.id < y.id ? -1 : 1);
        expect(replies.sort(byId)).toEqual(expected.sort(byId));
        // The status counts the same: what this member shares, and the other member's file.
        expect(await yuedu(me.dataDir, 'group', 'status')).toMatchObject({
          me: { id: me.id, name: me.name },
          published: { annotations: HIGHLIGHTS, replies: me.run.replies.length, tombstones: 0 },
          members: [
            {
              id: other.id,
              name: other.name,
              file: memberFileName(other.id),
              annotations: HIGHLIGHTS,
              replies: other.run.replies.length,
              orphans: 0,
            },
          ],
          files: [],
        });
      }
      // Replies to the other's highlights happened while both were writing.
      expect(a.replies.length + b.replies.length).toBeGreaterThan(0);
    },
  );
});
