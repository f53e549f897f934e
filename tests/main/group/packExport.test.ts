import { describe, expect, it } from 'vitest';
import { parsePack } from '../../../main/group/packFile';
import { openForCommand, tempDir } from '../cli/commands/commandHarness';
import { call, highlight } from './twoMembers';

const ARTICLE = 'greater-bay-area-friends';

/**
 * Three members sharing one folder, each with one highlight, and replies across them: Carl on
 * Anna's, Anna on Carl's, 王小明 on Anna's. Returns what Anna's install sees.
 */
async function threeMembers() {
  const folder = tempDir('group');
  const names = ['Anna', '王小明', 'Carl'] as const;
  const [anna, wang, carl] = await Promise.all(
    names.map(async () => (await openForCommand()).yuedu),
  );
  const all = [anna!, wang!, carl!];
  for (const [i, yuedu] of all.entries()) {
    await call(yuedu, 'member:update', { name: names[i]! });
    await call(yuedu, 'group:use', { folder });
  }
  const annaNote = await highlight(anna!, ARTICLE, '大湾区');
  const wangNote = await highlight(wang!, ARTICLE, '广州');
  const carlNote = await highlight(carl!, ARTICLE, '外国朋友');
  const refreshAll = async () => {
    for (const yuedu of all) await call(yuedu, 'group:refresh', {});
  };
  // Twice, so every member has read the files written after their own first refresh.
  await refreshAll();
  await refreshAll();
  const carlOnAnna = await call(carl!, 'group:reply', { annotationId: annaNote.id, text: '同意' });
  const annaOnCarl = await call(anna!, 'group:reply', {
    annotationId: carlNote.id,
    text: '为什么',
  });
  const wangOnAnna = await call(wang!, 'group:reply', { annotationId: annaNote.id, text: '好' });
  await refreshAll();
  await refreshAll();
  const ids = Object.fromEntries(
    await Promise.all(
      all.map(async (yuedu, i) => [names[i]!, (await call(yuedu, 'member:whoami', {})).id]),
    ),
  ) as Record<(typeof names)[number], string>;
  return {
    anna: anna!,
    ids,
    notes: { anna: annaNote.id, wang: wangNote.id, carl: carlNote.id },
    replies: { carlOnAnna: carlOnAnna.id, annaOnCarl: annaOnCarl.id, wangOnAnna: wangOnAnna.id },
  };
}

const contentOf = (json: string) => {
  const pack = parsePack(json);
  return {
    annotations: pack.annotations.map((a) => a.id).sort(),
    replies: pack.replies.map((r) => r.id).sort(),
    members: pack.members.map((m) => m.name).sort(),
  };
};

describe('pack export with several members', () => {
  it(
    'holds exactly the chosen members’ highlights, each with its whole reply thread, and no reply to a highlight left out',
    { timeout: 120_000 },
    async () => {
      const { anna, ids, notes, replies } = await threeMembers();
      const pack = await call(anna, 'pack:export', {
        articleIds: [ARTICLE],
        members: ['me', ids['王小明']],
      });
      // Carl's reply on Anna's highlight travels with it (as in the group Markdown export);
      // Anna's reply on Carl's highlight stays out, since Carl's highlight is not in the pack.
      expect(contentOf(pack.json)).toEqual({
        annotations: [notes.anna, notes.wang].sort(),
        replies: [replies.carlOnAnna, replies.wangOnAnna].sort(),
        members: ['Anna', 'Carl', '王小明'],
      });

      const byIds = await call(anna, 'pack:export', {
        articleIds: [ARTICLE],
        members: [ids.Carl, ids['王小明']],
      });
      expect(contentOf(byIds.json)).toMatchObject({
        annotations: [notes.wang, notes.carl].sort(),
        replies: [replies.annaOnCarl],
      });

      const everyone = await call(anna, 'pack:export', { articleIds: [ARTICLE], members: 'all' });
      expect(contentOf(everyone.json).annotations).toEqual(
        [notes.anna, notes.wang, notes.carl].sort(),
      );
      expect(contentOf(everyone.json).replies).toHaveLength(3);
    },
  );

  it(
    'packs mine by default and refuses an unknown member, "all" among others or the old "member" field',
    { timeout: 120_000 },
    async () => {
      const { anna, ids, notes } = await threeMembers();
      const mine = await call(anna, 'pack:export', { articleIds: [ARTICLE] });
      expect(contentOf(mine.json).annotations).toEqual([notes.anna]);
      const carlOnly = await call(anna, 'pack:export', {
        articleIds: [ARTICLE],
        members: [ids.Carl],
      });
      expect(contentOf(carlOnly.json).annotations).toEqual([notes.carl]);

      const unknown = await anna.dispatch('pack:export', {
        articleIds: [ARTICLE],
        members: ['me', 'nobody-here'],
      });
      expect(unknown).toMatchObject({ ok: false, error: { code: 'not-found' } });
      expect(!unknown.ok && unknown.error.message).toContain('No member with id "nobody-here"');
      const allAmongOthers = await anna.dispatch('pack:export', {
        articleIds: [ARTICLE],
        members: ['all', ids.Carl],
      });
      expect(allAmongOthers).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
      const oldField = await anna.dispatch('pack:export', {
        articleIds: [ARTICLE],
        member: 'me',
      });
      expect(oldField).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    },
  );
});
