import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GroupNote } from '../../../shared/model/group';
import { openForCommand } from '../cli/commands/commandHarness';
import { call, highlight, publish, twoMembers } from './twoMembers';

const BUNDLED = 'greater-bay-area-friends';
const IMPORTED_TEXT = '学习小组的文章。\n\n大家一起读这一段，然后讨论要标注的话。';

describe('study group service', () => {
  it('refuses to edit or delete another member’s annotation with a clear error', async () => {
    const { a, b } = await twoMembers();
    const made = await highlight(a, BUNDLED, '大湾区');
    await publish(a);
    await publish(b);
    for (const [channel, payload] of [
      ['annotations:update', { id: made.id, note: '改' }],
      ['annotations:delete', { id: made.id }],
    ] as const) {
      const result = await b.dispatch(channel, payload);
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(!result.ok && result.error.message).toContain('another member');
    }
    expect(await call(b, 'group:notes', {})).toHaveLength(1);
  });

  it('publishes a deletion and a change to "only me" as tombstones that remove the copies others hold', async () => {
    const { a, b, folder } = await twoMembers();
    const gone = await highlight(a, BUNDLED, '大湾区');
    const hidden = await highlight(a, BUNDLED, '朋友');
    await publish(a);
    await publish(b);
    expect((await call(b, 'group:notes', {})).map((n) => n.id).sort()).toEqual(
      [gone.id, hidden.id].sort(),
    );

    await call(a, 'annotations:delete', { id: gone.id });
    await call(a, 'group:share', { id: hidden.id, sharing: 'private' });
    const status = await publish(a);
    expect(status.published).toEqual({ annotations: 0, replies: 0, tombstones: 2 });
    const fileText = readdirSync(folder)
      .map((f) => readFileSync(path.join(folder, f), 'utf8'))
      .join('');
    expect(fileText).not.toContain('朋友');
    await publish(b);
    expect(await call(b, 'group:notes', {})).toEqual([]);
    // A keeps the private highlight; leaving removes nothing either.
    await call(a, 'group:leave', {});
    expect((await call(a, 'annotations:list', {})).map((n) => n.id)).toEqual([hidden.id]);
  });

  it('brings back, for everyone, a highlight whose delete was undone', async () => {
    const { a, b } = await twoMembers();
    const made = await highlight(a, BUNDLED, '大湾区');
    await publish(a);
    await publish(b);
    await call(a, 'annotations:delete', { id: made.id });
    await publish(a);
    await publish(b);
    expect(await call(b, 'group:notes', {})).toEqual([]);
    const { state: _state, ...stored } = made;
    await call(a, 'annotations:restore', { annotation: stored });
    await publish(a);
    await publish(b);
    expect((await call(b, 'group:notes', {})).map((n) => n.id)).toEqual([made.id]);
  });

  it('carries the text of an imported article through the folder to members who lack it', async () => {
    const { a, b, folder } = await twoMembers();
    const { added } = await call(a, 'library:import', {
      files: [{ name: '小组.txt', base64: Buffer.from(IMPORTED_TEXT).toString('base64') }],
    });
    const imported = added[0]!.id;
    await highlight(a, imported, '要标注的话');
    await highlight(a, BUNDLED, '大湾区');
    await publish(a);
    // Only the imported article's text goes into the folder; bundled ones travel by id and fingerprint.
    expect(readdirSync(path.join(folder, 'articles'))).toEqual([
      expect.stringMatching(new RegExp(`^${imported}-[0-9a-f]{16}\\.json$`)),
    ]);
    const status = await publish(b);
    expect(status.members).toEqual([expect.objectContaining({ annotations: 2, orphans: 0 })]);
    expect((await call(b, 'library:get', { id: imported })).text).toContain('要标注的话');
    expect((await call(b, 'group:notes', { articleId: imported }))[0]).toMatchObject({
      state: 'anchored',
      creator: { name: 'Anna' },
    });
  });

  it('packs chosen articles and members, reports counts on a dry run, and imports once', async () => {
    const { a, b } = await twoMembers();
    const { added } = await call(a, 'library:import', {
      files: [{ name: '小组.txt', base64: Buffer.from(IMPORTED_TEXT).toString('base64') }],
    });
    const imported = added[0]!.id;
    const onImported = await highlight(a, imported, '要标注的话', '讨论这句');
    await highlight(a, BUNDLED, '大湾区');
    await publish(a);
    await publish(b);
    const bundledNote = (await call(b, 'group:notes', { articleId: BUNDLED }))[0]!;
    await call(b, 'group:reply', { annotationId: bundledNote.id, text: '好' });
    await publish(b);
    await publish(a);

    const pack = await call(a, 'pack:export', { articleIds: [imported, BUNDLED], members: 'all' });
    const { yuedu: c } = await openForCommand();
    const dry = await call(c, 'pack:import', { json: pack.json, dryRun: true });
    expect(dry).toMatchObject({
      dryRun: true,
      annotations: { new: 2, updated: 0, unchanged: 0 },
      replies: { new: 1, updated: 0, unchanged: 0 },
    });
    expect(dry.members.map((m) => m.name).sort()).toEqual(['Anna', '王小明']);
    expect(Object.fromEntries(dry.articles.map((x) => [x.id, x.status]))).toEqual({
      [imported]: 'new',
      [BUNDLED]: 'same',
    });
    expect(await call(c, 'group:notes', {})).toEqual([]);

    const done = await call(c, 'pack:import', { json: pack.json });
    expect(done.annotations.new).toBe(2);
    // The imported article travelled: C now has its text and A's highlight anchors on it.
    expect((await call(c, 'library:get', { id: imported })).text).toBe(
      (await call(a, 'library:get', { id: imported })).text,
    );
    const seen = await call(c, 'group:notes', { member: 'all' });
    expect(seen.find((n: GroupNote) => n.id === onImported.id)).toMatchObject({
      state: 'anchored',
      creator: { name: 'Anna' },
    });
    expect(seen.find((n) => n.id === bundledNote.id)?.replies).toEqual([
      expect.objectContaining({ text: '好', creator: expect.objectContaining({ name: '王小明' }) }),
    ]);

    const again = await call(c, 'pack:import', { json: pack.json });
    expect(again.annotations).toEqual({ new: 0, updated: 0, unchanged: 2, deleted: 0 });
    expect(again.replies).toEqual({ new: 0, updated: 0, unchanged: 1, deleted: 0 });
  });

  it('leaves private annotations out of packs and refuses a pack from a newer Yuedu or with too many annotations', async () => {
    const { yuedu: a } = await openForCommand();
    await call(a, 'member:update', { defaultSharing: 'private' });
    await highlight(a, BUNDLED, '大湾区');
    const pack = await call(a, 'pack:export', { articleIds: [BUNDLED], members: ['me'] });
    expect(pack.json).not.toContain('"大湾区"');
    const newer = JSON.stringify({ ...JSON.parse(pack.json), version: 5 });
    const result = await a.dispatch('pack:import', { json: newer });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(!result.ok && result.error.message).toContain('newer Yuedu');

    const crowded = JSON.parse(pack.json) as { annotations: object };
    crowded.annotations = {
      type: 'AnnotationCollection',
      first: { items: Array(100_001).fill({}) },
    };
    const tooMany = await a.dispatch('pack:import', { json: JSON.stringify(crowded) });
    expect(tooMany).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(!tooMany.ok && tooMany.error.message).toContain(
      'it holds 100,001 annotations and replies; at most 100,000 are read from one file. Nothing was changed.',
    );
  });
});
