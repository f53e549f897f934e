import { execFileSync } from 'node:child_process';
import {
  closeSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Yuedu } from '../../../main/api/yuedu';
import { buildMemberDocument, memberFileName } from '../../../main/group/memberFile';
import { GROUP_FILE_MAX_BYTES } from '../../../shared/limits';
import type { Creator } from '../../../shared/model/annotation';
import type { GroupStatus } from '../../../shared/model/group';
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

async function call<C extends 'group:use' | 'group:refresh' | 'group:status'>(
  yuedu: Yuedu,
  channel: C,
  args: C extends 'group:use' ? { folder: string } : Record<string, never>,
): Promise<GroupStatus> {
  const result = await within(20_000, channel, yuedu.dispatch(channel, args));
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as GroupStatus;
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
          [memberFileName(HUGE.id)]: 'Skipped: it is larger than 200 MB.',
          [memberFileName(FOLDER.id)]: 'Skipped: it is a folder, not a file.',
          [memberFileName(LINKED.id)]:
            'Skipped: it is a symbolic link; Yuedu reads only ordinary files in the group folder, never what a link points to.',
        });
      }
    },
  );
});
