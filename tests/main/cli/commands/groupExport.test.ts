import { readFileSync } from 'node:fs';
import path from 'node:path';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { runAs as as, twoMembersCli } from '../../group/twoMembers';
import { openForCommand, tempDir } from './commandHarness';

const ARTICLE = 'greater-bay-area-friends';

/** The names in bold that start each highlight, and the replies' authors, from the parsed file. */
function strongNames(markdown: string): string[] {
  const tokens = new MarkdownIt().parse(markdown, {});
  return tokens
    .flatMap((t) => t.children ?? [])
    .flatMap((c, i, all) => (c.type === 'strong_open' ? [all[i + 1]!.content] : []));
}

describe('yuedu export --group', () => {
  it(
    'exports everyone’s, my own, or chosen members’ highlights with the replies nested',
    { timeout: 120_000 },
    async () => {
      const { a, b } = await twoMembersCli();
      await as(a, ['highlight', ARTICLE, '--quote', '大湾区', '--note', 'Anna 的想法']);
      await as(b, ['highlight', ARTICLE, '--quote', '朋友', '--note', '王的想法']);
      await as(a, ['group', 'refresh']);
      await as(b, ['group', 'refresh']);
      const listed = JSON.parse(
        (await as(b, ['notes', '--member', 'all', '--json'])).stdout,
      ) as Array<{
        id: string;
        creator: { id: string; name: string };
      }>;
      const anna = listed.find((n) => n.creator.name === 'Anna');
      expect(anna).toBeDefined();
      await as(b, ['reply', anna!.id, '--text', '同意！']);

      const everyone = (await as(b, ['export', '--group'])).stdout;
      expect(strongNames(everyone).sort()).toEqual(['Anna', '王小明', '王小明'].sort());
      expect(everyone).toContain('同意！');

      const mine = (await as(b, ['export', '--group', '--member', 'me'])).stdout;
      expect(strongNames(mine)).toEqual(['王小明']);

      const out = path.join(tempDir('out'), 'group.md');
      await as(b, [
        'export',
        '--group',
        '--member',
        anna!.creator.id,
        '--article',
        ARTICLE,
        '--out',
        out,
      ]);
      expect(strongNames(readFileSync(out, 'utf8'))).toEqual(['Anna', '王小明']);

      const nobody = await as(b, ['export', '--group', '--member', 'no-such-member'], 1);
      expect(nobody.stderr).toContain('nothing to export');
      // The single-user export is unchanged: own highlights, no member names.
      expect(strongNames((await as(b, ['export'])).stdout)).toEqual([]);
    },
  );

  it('refuses --member without --group and a bad member list over the API', async () => {
    const a = tempDir('member-a');
    expect((await as(a, ['export', '--member', 'me'], 2)).stderr).toContain('--group');
    const { yuedu } = await openForCommand();
    const result = await yuedu.dispatch('group:export', { members: [] });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  });
});
