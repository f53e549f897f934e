import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAs as as, twoMembersCli } from '../../group/twoMembers';

const ARTICLE = 'greater-bay-area-friends';

interface ListedNote {
  id: string;
  quote: string;
  creator: { id: string; name: string };
  mine: boolean;
  sharing?: string;
  replies: Array<{ creator: { name: string }; text: string }>;
}
interface Status {
  members: Array<{ name: string; annotations: number; replies: number }>;
  files: Array<{ file: string; member?: string; used: boolean; reason: string }>;
}

describe('yuedu group: two members sharing one folder', () => {
  it(
    'A shares a highlight, B sees it with A’s name and replies, A sees the reply, A deletes it and B no longer sees it',
    { timeout: 120_000 },
    async () => {
      const { a, b, folder, join } = await twoMembersCli({
        names: ['王小明', 'Bob'],
        joined: 'none',
      });
      const me = (await as(a, ['whoami', '--json'])).json() as { id: string; name: string };
      expect(me.name).toBe('王小明');

      await join(a);
      await as(a, ['highlight', ARTICLE, '--quote', '大湾区', '--note', '一起读']);
      await as(a, ['highlight', ARTICLE, '--quote', '朋友', '--private']);
      await join(b);

      const seen = (await as(b, ['notes', '--member', 'all', '--json'])).json() as ListedNote[];
      expect(seen).toHaveLength(1);
      expect(seen[0]).toMatchObject({
        quote: '大湾区',
        creator: { id: me.id, name: '王小明' },
        mine: false,
      });

      await as(b, ['reply', seen[0]!.id, '--text', '我也这么想']);
      await as(a, ['group', 'refresh']);
      const mine = (await as(a, ['notes', '--member', 'me', '--json'])).json() as ListedNote[];
      const shared = mine.find((n) => n.quote === '大湾区')!;
      expect(shared.sharing).toBe('shared');
      expect(shared.replies).toEqual([
        expect.objectContaining({
          creator: expect.objectContaining({ name: 'Bob' }),
          text: '我也这么想',
        }),
      ]);
      expect(mine.find((n) => n.quote === '朋友')?.sharing).toBe('private');

      // Renaming shows everywhere: B's next refresh has A's new name.
      await as(a, ['config', 'name', '小明']);
      await as(b, ['group', 'refresh']);
      const renamed = (await as(b, ['notes', '--json'])).json() as ListedNote[];
      expect(renamed[0]!.creator.name).toBe('小明');
      // The private highlight never reached the folder.
      expect(
        readdirSync(folder)
          .map((f) => readFileSync(path.join(folder, f), 'utf8'))
          .join(''),
      ).not.toContain('"朋友"');

      // B cannot delete A's highlight; A can, and at B's next refresh it is gone.
      const refused = await as(b, ['highlight', '--delete', shared.id], 1);
      expect(refused.stderr).toContain('another member');
      const deleted = (await as(a, ['highlight', '--delete', shared.id, '--json'])).json();
      expect(deleted).toEqual({ id: shared.id });
      await as(b, ['group', 'refresh']);
      expect((await as(b, ['notes', '--json'])).json()).toEqual([]);

      // Leaving removes nothing: A keeps the private highlight here, and A's file stays there.
      const filesBefore = readdirSync(folder).sort();
      await as(a, ['group', 'leave']);
      expect((await as(a, ['whoami', '--json'])).json()).toMatchObject({ groupFolder: null });
      const kept = (await as(a, ['notes', '--member', 'me', '--json'])).json() as ListedNote[];
      expect(kept.map((n) => n.quote)).toEqual(['朋友']);
      expect(readdirSync(folder).sort()).toEqual(filesBefore);
    },
  );

  it(
    'says in words how much each member shares: one highlight, one reply, several of each',
    { timeout: 120_000 },
    async () => {
      const { a, b } = await twoMembersCli();
      await as(a, ['highlight', ARTICLE, '--quote', '大湾区']);
      await as(b, ['highlight', ARTICLE, '--quote', '朋友']);
      await as(b, ['highlight', ARTICLE, '--quote', '广州']);
      await as(b, ['group', 'refresh']);
      const seen = (await as(b, ['notes', '--member', 'all', '--json'])).json() as ListedNote[];
      const theirs = seen.find((n) => !n.mine);
      await as(b, ['reply', theirs!.id, '--text', '同意']);

      const status = (await as(a, ['group', 'refresh'])).stdout;
      expect(status).toContain('You (Anna) share 1 highlight and 0 replies.\n');
      expect(status).toMatch(/^ {2}王小明: 2 highlights, 1 reply \(written .+\)$/m);
    },
  );

  it(
    'reports conflict copies, half-written and newer-format files in status and still loads the rest',
    { timeout: 120_000 },
    async () => {
      const { a, b, folder, join } = await twoMembersCli({ joined: 'a' });
      await as(a, ['highlight', ARTICLE, '--quote', '大湾区']);
      const [aFile] = readdirSync(folder);
      const aPath = path.join(folder, aFile!);
      copyFileSync(
        aPath,
        path.join(folder, aFile!.replace('.json', '.sync-conflict-20261130-101500-ABCDEFG.json')),
      );
      const half = readFileSync(aPath, 'utf8').slice(0, 200);
      writeFileSync(
        path.join(folder, 'yuedu-member-99999999-0000-4000-8000-000000000000.json'),
        half,
      );
      const newer = JSON.parse(readFileSync(aPath, 'utf8')) as Record<string, unknown>;
      writeFileSync(
        path.join(folder, 'yuedu-member-88888888-0000-4000-8000-000000000000.json'),
        JSON.stringify({ ...newer, version: 7 }),
      );
      writeFileSync(path.join(folder, `.${aFile}.1234.tmp`), half);

      await join(b);
      const status = (await as(b, ['group', 'status', '--json'])).json() as Status;
      expect(status.members).toEqual([expect.objectContaining({ annotations: 1 })]);
      const reasons = Object.fromEntries(status.files.map((f) => [f.file, f]));
      expect(
        reasons[aFile!.replace('.json', '.sync-conflict-20261130-101500-ABCDEFG.json')],
      ).toMatchObject({ used: true });
      expect(reasons['yuedu-member-99999999-0000-4000-8000-000000000000.json']).toMatchObject({
        used: false,
        member: '99999999-0000-4000-8000-000000000000',
        reason: expect.stringContaining('not complete JSON'),
      });
      expect(reasons['yuedu-member-88888888-0000-4000-8000-000000000000.json']?.reason).toContain(
        'newer',
      );
      expect(reasons[`.${aFile}.1234.tmp`]).toMatchObject({ used: false });
      // The conflict copy holds the same annotation: it is merged, not duplicated.
      expect((await as(b, ['notes', '--json'])).json()).toHaveLength(1);
    },
  );
});
