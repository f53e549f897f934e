import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Yuedu } from '../../../main/api/yuedu';
import { call, highlight, publish, twoMembers } from './twoMembers';

const BUNDLED = 'greater-bay-area-friends';

/** Two members in one group folder; A has a shared highlight B has received and replied to. */
async function replied() {
  const { a, b, folder } = await twoMembers();
  const made = await highlight(a, BUNDLED, '大湾区', '一起读');
  await publish(a);
  await publish(b);
  const reply = await call(b, 'group:reply', { annotationId: made.id, text: '我也这么想' });
  await publish(b);
  await publish(a);
  return { a, b, folder, made, reply };
}

const repliesSeen = async (yuedu: Yuedu, annotationId: string) =>
  (await call(yuedu, 'group:notes', { member: 'all' })).find((n) => n.id === annotationId)
    ?.replies ?? [];

describe('editing and deleting replies', () => {
  it('edits an own reply: new text, a later modified time, and the group sees the change', async () => {
    const { a, b, made, reply } = await replied();
    const edited = await call(b, 'group:replyEdit', { id: reply.id, text: '改成：同意' });
    expect(edited).toMatchObject({ id: reply.id, text: '改成：同意', created: reply.created });
    expect(Date.parse(edited.modified)).toBeGreaterThanOrEqual(Date.parse(reply.modified));
    expect(await repliesSeen(b, made.id)).toEqual([
      expect.objectContaining({ id: reply.id, text: '改成：同意' }),
    ]);
    await publish(b);
    await publish(a);
    expect(await repliesSeen(a, made.id)).toEqual([
      expect.objectContaining({
        id: reply.id,
        text: '改成：同意',
        creator: expect.objectContaining({ name: '王小明' }),
      }),
    ]);
  });

  it('deletes an own reply and publishes a tombstone, so other members lose their copy', async () => {
    const { a, b, folder, made, reply } = await replied();
    expect(await call(b, 'group:replyDelete', { id: reply.id })).toEqual({ id: reply.id });
    expect(await repliesSeen(b, made.id)).toEqual([]);
    const status = await publish(b);
    expect(status.published.tombstones).toBe(1);
    const files = readdirSync(folder).filter((f) => f.endsWith('.json'));
    expect(files.map((f) => readFileSync(path.join(folder, f), 'utf8')).join('')).not.toContain(
      '我也这么想',
    );
    await publish(a);
    expect(await repliesSeen(a, made.id)).toEqual([]);
  });

  it('refuses to edit or delete another member’s reply with a clear error and changes nothing', async () => {
    const { a, made, reply } = await replied();
    for (const [channel, payload] of [
      ['group:replyEdit', { id: reply.id, text: '不是我的' }],
      ['group:replyDelete', { id: reply.id }],
    ] as const) {
      const result = await a.dispatch(channel, payload);
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(!result.ok && result.error.message).toContain('another member');
    }
    expect(await repliesSeen(a, made.id)).toEqual([
      expect.objectContaining({ id: reply.id, text: '我也这么想' }),
    ]);
  });

  it('says a reply id is unknown, and refuses an empty edit before touching anything', async () => {
    const { b, made, reply } = await replied();
    expect(await b.dispatch('group:replyDelete', { id: 'no-such-reply' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await b.dispatch('group:replyEdit', { id: reply.id, text: '   ' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    });
    expect(await repliesSeen(b, made.id)).toEqual([
      expect.objectContaining({ text: '我也这么想' }),
    ]);
  });
});
