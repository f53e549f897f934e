import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePack } from '../../../../main/group/packFile';
import { runAs } from '../../group/twoMembers';
import { tempDir } from './commandHarness';

const ARTICLE = 'greater-bay-area-friends';

describe('yuedu pack export --member, repeated', () => {
  it(
    'packs my highlights and one other member’s, not a third member’s, and imports them elsewhere',
    { timeout: 120_000 },
    async () => {
      const folder = tempDir('group');
      const members = [
        { dir: tempDir('anna'), name: 'Anna', quote: '大湾区' },
        { dir: tempDir('wang'), name: '王小明', quote: '广州' },
        { dir: tempDir('carl'), name: 'Carl', quote: '外国朋友' },
      ];
      for (const { dir, name, quote } of members) {
        await runAs(dir, ['config', 'name', name]);
        await runAs(dir, ['group', 'use', folder]);
        await runAs(dir, ['highlight', ARTICLE, '--quote', quote]);
      }
      for (const { dir } of members) await runAs(dir, ['group', 'refresh']);
      const [anna, wang] = members;
      const wangId = (await runAs(wang!.dir, ['whoami', '--json'])).json<{ id: string }>().id;

      const out = path.join(tempDir('out'), 'two.json');
      const written = await runAs(anna!.dir, [
        'pack',
        'export',
        '--article',
        ARTICLE,
        '--member',
        'me',
        '--member',
        wangId,
        '--out',
        out,
        '--json',
      ]);
      expect(written.json()).toEqual({ path: out });
      const pack = parsePack(readFileSync(out, 'utf8'));
      expect(pack.annotations.map((a) => [a.creator.name, a.target.quote.exact]).sort()).toEqual([
        ['Anna', '大湾区'],
        ['王小明', '广州'],
      ]);

      const reader = tempDir('reader');
      const dry = await runAs(reader, ['pack', 'import', out, '--dry-run']);
      expect(dry.stdout).toContain('Highlights: 2 new, 0 updated, 0 unchanged');
    },
  );

  it('refuses "all" among other members, and an unknown member, changing nothing', async () => {
    const dir = tempDir('alone');
    const out = path.join(tempDir('out'), 'never.json');
    const mixed = await runAs(
      dir,
      ['pack', 'export', '--article', ARTICLE, '--member', 'all', '--member', 'me', '--out', out],
      2,
    );
    expect(mixed.stderr).toContain('"--member all" already means every member');
    const unknown = await runAs(
      dir,
      ['pack', 'export', '--article', ARTICLE, '--member', 'me,nobody', '--out', out],
      1,
    );
    expect(unknown.stderr).toContain('No member with id "nobody"');
    expect(() => readFileSync(out)).toThrow();
  });

  it.skipIf(process.platform === 'win32')(
    'refuses to import a named pipe instead of waiting on it',
    async () => {
      const dir = tempDir('reader');
      const pipe = path.join(tempDir('pipe'), 'pack.json');
      execFileSync('mkfifo', [pipe]);
      let timer: NodeJS.Timeout | undefined;
      const hung = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('pack import waited on the pipe')), 20_000);
      });
      const refused = await Promise.race([runAs(dir, ['pack', 'import', pipe], 1), hung]).finally(
        () => clearTimeout(timer),
      );
      expect(refused.stderr).toContain('is not a file; a pack is a .json file.');
    },
  );
});
