import { describe, expect, it } from 'vitest';
import type { Yuedu } from '../../../main/api/yuedu';
import type { ArgsOf, Channel, ResultOf } from '../../../shared/ipc/contract';
import { openForCommand, tempDir } from '../cli/commands/commandHarness';

async function call<C extends Channel>(yuedu: Yuedu, channel: C, args: ArgsOf<C>) {
  const result = await yuedu.dispatch(channel, args);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as ResultOf<C>;
}

describe('search:notes in a study group', () => {
  it('finds other members’ notes and replies, naming them, next to the user’s own', async () => {
    const folder = tempDir('group');
    const { yuedu: a } = await openForCommand();
    const { yuedu: b } = await openForCommand();
    await call(a, 'member:update', { name: 'Anna' });
    await call(a, 'group:use', { folder });
    await call(b, 'group:use', { folder });
    const article = await call(a, 'library:get', { id: 'greater-bay-area-friends' });
    const made = await call(a, 'annotations:create', {
      articleId: article.id,
      start: 0,
      end: 4,
      color: 'green',
      note: '安娜的读书心得',
    });
    await call(a, 'group:refresh', {});
    await call(b, 'group:refresh', {});
    await call(b, 'group:reply', { annotationId: made.id, text: '我的读书回复' });

    const hits = await call(b, 'search:notes', { query: '读书' });
    expect(hits).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          annotationId: made.id,
          field: 'note',
          creator: { id: expect.any(String), name: 'Anna' },
        }),
      ]),
    );
    const replyHit = (await call(b, 'search:notes', { query: '读书回复' }))[0];
    expect(replyHit).toMatchObject({ annotationId: made.id, field: 'reply' });
    expect(replyHit?.creator).toBeUndefined();
  });
});
