import { execFileSync } from 'node:child_process';
import {
  closeSync,
  ftruncateSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Yuedu } from '../../../main/api/yuedu';
import { buildMemberDocument, memberFileName } from '../../../main/group/memberFile';
import type { ArgsOf, Channel, ResultOf } from '../../../shared/ipc/contract';
import { GROUP_FILE_MAX_BYTES } from '../../../shared/limits';
import type { Creator } from '../../../shared/model/annotation';
import { openForCommand, tempDir } from '../cli/commands/commandHarness';
import { ANNA, ARTICLE_TEXT, highlightBy } from './groupFixture';

const member = (id: string, name: string): Creator => ({ id, name });
const PIPE = member('1a2b3c4d-0000-4000-8000-000000000001', 'Pipe');
const HUGE = member('1a2b3c4d-0000-4000-8000-000000000002', 'Huge');
const FOLDER = member('1a2b3c4d-0000-4000-8000-000000000003', 'Folder');
const LINKED = member('1a2b3c4d-0000-4000-8000-000000000004', 'Linked');
const CAN_MAKE_FIFO = process.platform !== 'win32';

/** A genuine member file with one highlight by `creator`. */
function memberDocument(creator: Creator): string {
  return JSON.stringify(
    buildMemberDocument(
      {
        member: creator,
        annotations: [highlightBy(creator, `${creator.name}-1`, '粤剧')],
        replies: [],
        tombstones: [],
        articles: [],
      },
      { appVersion: '0.1.0', written: '2026-11-04T00:00:00.000Z', articleText: () => ARTICLE_TEXT },
    ),
  );
}

/** Fails instead of waiting forever when reading the folder hangs (a pipe opened for reading). */
async function within<T>(ms: number, what: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not return within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, hung]);
  } finally {
    clearTimeout(timer);
  }
}

async function call<C extends Channel>(
  yuedu: Yuedu,
  channel: C,
  args: ArgsOf<C>,
): Promise<ResultOf<C>> {
  const result = await within(20_000, channel, yuedu.dispatch(channel, args));
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as ResultOf<C>;
}

const BUNDLED = 'greater-bay-area-friends';

/** A member with one shared highlight, and the path of their own file in `folder`. */
async function memberWithHighlight(folder: string) {
  const { yuedu } = await openForCommand(tempDir('member'));
  const me = await call(yuedu, 'member:whoami', {});
  const article = await call(yuedu, 'library:get', { id: BUNDLED });
  const start = article.text.indexOf('大湾区');
  const made = await call(yuedu, 'annotations:create', {
    articleId: BUNDLED,
    start,
    end: start + 3,
    color: 'blue',
    note: '',
  });
  return { yuedu, me, own: join(folder, memberFileName(me.id)), highlightId: made.id };
}

/** What another member who joins `folder` sees of `name`'s highlights. */
async function seenByAnother(folder: string, name: string) {
  const { yuedu: other } = await openForCommand(tempDir('other'));
  const status = await call(other, 'group:use', { folder });
  return status.members.find((m) => m.name === name)?.annotations;
}

describe('hostile entries in the group folder', () => {
  it(
    'skips a named pipe, a huge file, a folder and a link out of the folder, each with its reason, and loads the others',
    { timeout: 90_000 },
    async () => {
      const folder = tempDir('hostile-group');
      const outside = tempDir('outside');
      writeFileSync(join(folder, memberFileName(ANNA.id)), memberDocument(ANNA));
      if (CAN_MAKE_FIFO) execFileSync('mkfifo', [join(folder, memberFileName(PIPE.id))]);
      // Sparse: its size is past the limit but it takes no disk.
      const huge = join(folder, memberFileName(HUGE.id));
      const fd = openSync(huge, 'w');
      ftruncateSync(fd, GROUP_FILE_MAX_BYTES + 1);
      closeSync(fd);
      expect(statSync(huge).size).toBeGreaterThan(GROUP_FILE_MAX_BYTES);
      mkdirSync(join(folder, memberFileName(FOLDER.id)));
      // A link to a genuine member file elsewhere: read through the link it would load.
      const target = join(outside, 'not-in-the-group.json');
      writeFileSync(target, memberDocument(LINKED));
      symlinkSync(target, join(folder, memberFileName(LINKED.id)));

      const { yuedu } = await openForCommand();
      for (const status of [
        await call(yuedu, 'group:use', { folder }),
        await call(yuedu, 'group:refresh', {}),
        await call(yuedu, 'group:status', {}),
      ]) {
        expect(status.members.map((m) => [m.name, m.annotations])).toEqual([['Anna', 1]]);
        const reasons = Object.fromEntries(
          status.files.filter((f) => !f.used).map((f) => [f.file, f.reason]),
        );
        expect(reasons).toEqual({
          ...(CAN_MAKE_FIFO
            ? { [memberFileName(PIPE.id)]: 'Skipped: it is a named pipe, not a file.' }
            : {}),
          [memberFileName(HUGE.id)]: 'Skipped: it is larger than 50 MB.',
          [memberFileName(FOLDER.id)]: 'Skipped: it is a folder, not a file.',
          [memberFileName(LINKED.id)]:
            'Skipped: it is a symbolic link; Yuedu reads only ordinary files in the group folder, never what a link points to.',
        });
      }
    },
  );
});

describe('hostile entries under your own member file’s name', () => {
  it.skipIf(!CAN_MAKE_FIFO)(
    'publishes over a named pipe instead of waiting on it, leaving an ordinary file others read',
    { timeout: 90_000 },
    async () => {
      const folder = tempDir('own-pipe');
      const { yuedu, me, own, highlightId } = await memberWithHighlight(folder);
      execFileSync('mkfifo', [own]);

      await call(yuedu, 'group:use', { folder });
      await call(yuedu, 'group:refresh', {});

      expect(lstatSync(own).isFile()).toBe(true);
      expect(readFileSync(own, 'utf8')).toContain(highlightId);
      expect(await seenByAnother(folder, me.name)).toBe(1);
    },
  );

  it(
    'replaces a link to a file outside the folder with an ordinary file and leaves that file unchanged',
    { timeout: 90_000 },
    async () => {
      const folder = tempDir('own-link');
      const outside = join(tempDir('outside'), 'elsewhere.json');
      const { yuedu, me, own, highlightId } = await memberWithHighlight(folder);
      await call(yuedu, 'group:use', { folder });
      // The link points at exactly what would be published, so reading through it would find
      // nothing to rewrite and leave a link that every other member skips.
      renameSync(own, outside);
      symlinkSync(outside, own);
      const before = readFileSync(outside, 'utf8');
      expect(before).toContain(highlightId);

      await call(yuedu, 'group:refresh', {});

      expect(lstatSync(own).isSymbolicLink()).toBe(false);
      expect(lstatSync(own).isFile()).toBe(true);
      expect(readFileSync(own, 'utf8')).toContain(highlightId);
      expect(readFileSync(outside, 'utf8')).toBe(before);
      expect(await seenByAnother(folder, me.name)).toBe(1);
    },
  );
});
