import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../shared/model/article';
import type { GroupNote } from '../../../shared/model/group';
import type { Yuedu } from '../../../main/api/yuedu';
import { openForCommand, tempDir } from '../cli/commands/commandHarness';

async function call<T>(yuedu: Yuedu, channel: string, payload: unknown): Promise<T> {
  const result = await yuedu.dispatch(channel, payload);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

async function open(watchGroup: boolean): Promise<Yuedu> {
  return (await openForCommand(undefined, { watchGroup })).yuedu;
}

describe('the study group folder watch of a running Yuedu', () => {
  it(
    'shows another member’s highlight without a Refresh, and tells the window the group changed',
    { timeout: 120_000 },
    async () => {
      const folder = path.join(tempDir('groupwatch'), '读书会');
      mkdirSync(folder);
      const anna = await open(true);
      const wang = await open(false);
      await call(wang, 'member:update', { name: '王小明' });
      await call(anna, 'group:use', { folder });
      const heard: number[] = [];
      anna.onGroupChanged(({ revision }) => heard.push(revision));
      const before = (await call<{ revision: number }>(anna, 'group:revision', {})).revision;

      // 王小明 joins and highlights; his file lands in the folder.
      await call(wang, 'group:use', { folder });
      const [article] = await call<ArticleSummary[]>(wang, 'library:list', {});
      await call(wang, 'annotations:create', {
        articleId: article!.id,
        start: 0,
        end: 4,
        color: 'green',
        note: '好开头',
      });
      await call(wang, 'group:refresh', {});

      const theirs = async () =>
        (await call<GroupNote[]>(anna, 'group:notes', { member: 'all' })).filter((n) => !n.mine);
      await expect
        .poll(async () => (await theirs()).map((n) => [n.creator.name, n.note]), {
          timeout: 60_000,
        })
        .toEqual([['王小明', '好开头']]);
      // The notes are saved a moment before the refresh that read them reports the change.
      await expect.poll(() => heard.length, { timeout: 30_000 }).toBeGreaterThan(0);
      expect(
        (await call<{ revision: number }>(anna, 'group:revision', {})).revision,
      ).toBeGreaterThan(before);
    },
  );

  it('counts joining and leaving as changes of the group', { timeout: 120_000 }, async () => {
    const folder = path.join(tempDir('groupwatch'), '读书会');
    mkdirSync(folder);
    const anna = await open(true);
    await call(anna, 'group:use', { folder });
    const left = await call<{ folder: string | null }>(anna, 'group:leave', {});
    expect(left.folder).toBeNull();
    const revision = (await call<{ revision: number }>(anna, 'group:revision', {})).revision;
    expect(revision).toBeGreaterThanOrEqual(2);
  });
});
