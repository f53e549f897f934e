import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../../main/cli/cliIo';
import { runCli } from '../../../../main/cli/runCli';
import { parsePack } from '../../../../main/group/packFile';
import { tempDir } from './commandHarness';

const ARTICLE = 'greater-bay-area-friends';

/** Runs `yuedu` in-process for one member's data folder and checks the exit code. */
async function as(dataDir: string, argv: string[], expectedCode = 0) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env: {},
    cwd: path.dirname(dataDir),
    untilInterrupted: async () => {},
  };
  const code = await runCli(['--data-dir', dataDir, ...argv], io);
  expect(code, stderr).toBe(expectedCode);
  return { stdout, stderr, json: () => JSON.parse(stdout) as unknown };
}

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
        await as(dir, ['config', 'name', name]);
        await as(dir, ['group', 'use', folder]);
        await as(dir, ['highlight', ARTICLE, '--quote', quote]);
      }
      for (const { dir } of members) await as(dir, ['group', 'refresh']);
      const [anna, wang] = members;
      const wangId = ((await as(wang!.dir, ['whoami', '--json'])).json() as { id: string }).id;

      const out = path.join(tempDir('out'), 'two.json');
      const written = await as(anna!.dir, [
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
      const dry = await as(reader, ['pack', 'import', out, '--dry-run']);
      expect(dry.stdout).toContain('Highlights: 2 new, 0 updated, 0 unchanged');
    },
  );

  it('refuses "all" among other members, and an unknown member, changing nothing', async () => {
    const dir = tempDir('alone');
    const out = path.join(tempDir('out'), 'never.json');
    const mixed = await as(
      dir,
      ['pack', 'export', '--article', ARTICLE, '--member', 'all', '--member', 'me', '--out', out],
      2,
    );
    expect(mixed.stderr).toContain('"--member all" already means every member');
    const unknown = await as(
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
      const refused = await Promise.race([as(dir, ['pack', 'import', pipe], 1), hung]).finally(() =>
        clearTimeout(timer),
      );
      expect(refused.stderr).toContain('is not a file; a pack is a .json file.');
    },
  );
});
