import { describe, expect, it } from 'vitest';
import { runAs as as, twoMembersCli } from '../../group/twoMembers';

interface Listed {
  id: string;
  replies: Array<{ id: string; text: string }>;
}

describe('yuedu reply --edit / --delete', () => {
  it(
    'edits and deletes your own reply, and refuses another member’s',
    { timeout: 120_000 },
    async () => {
      const { a, b, join } = await twoMembersCli({ joined: 'a' });
      await as(a, ['highlight', 'greater-bay-area-friends', '--quote', '大湾区']);
      await join(b);
      const [note] = (await as(b, ['notes', '--member', 'all', '--json'])).json<Listed[]>();
      const reply = (await as(b, ['reply', note!.id, '--text', '第一稿', '--json'])).json<{
        id: string;
      }>();

      const edited = await as(b, ['reply', '--edit', reply.id, '--text', '第二稿']);
      expect(edited.stdout).toContain(`Edited reply (${reply.id})`);
      const after = (await as(b, ['notes', '--member', 'all', '--json'])).json<Listed[]>();
      expect(after[0]!.replies).toEqual([expect.objectContaining({ text: '第二稿' })]);

      await as(a, ['group', 'refresh']);
      const refused = await as(a, ['reply', '--delete', reply.id], 1);
      expect(refused.stderr).toContain('another member');

      const deleted = (await as(b, ['reply', '--delete', reply.id, '--json'])).json();
      expect(deleted).toEqual({ id: reply.id });
      const gone = (await as(b, ['notes', '--member', 'all', '--json'])).json<Listed[]>();
      expect(gone[0]!.replies).toEqual([]);
    },
  );
});
