import { describe, expect, it } from 'vitest';
import type { Yuedu } from '../../../main/api/yuedu';
import type { BackupDocument } from '../../../main/backup/backupDocument';
import { buildBackupDocument } from '../../../main/backup/exportBackup';
import { idToIri } from '../../../main/backup/iri';
import { parseBackup } from '../../../main/backup/parseBackup';
import type { ArgsOf, Channel, ResultOf } from '../../../shared/ipc/contract';
import { openForCommand, tempDir } from '../cli/commands/commandHarness';
import { buildFixtureData, fixtureArticleText } from './backupFixture';

async function call<C extends Channel>(yuedu: Yuedu, channel: C, args: ArgsOf<C>) {
  const result = await yuedu.dispatch(channel, args);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as ResultOf<C>;
}

const REPLY = {
  id: 'r1',
  annotationId: 'someone-elses',
  creator: { id: 'u1', name: '小李' },
  created: '2026-11-02T09:00:00.000Z',
  modified: '2026-11-02T09:30:00.000Z',
  text: '我同意这一点',
};
const TOMBSTONE = { id: 'gone', creatorId: 'u1', deleted: '2026-11-03T00:00:00.000Z' };

describe('study-group replies in the full backup', () => {
  it('writes own replies as W3C replying items and tombstones as deletions, and reads both back', () => {
    const articleText = fixtureArticleText();
    const document = buildBackupDocument({
      data: buildFixtureData(articleText),
      appVersion: '0.1.0',
      now: new Date('2026-11-04T00:00:00.000Z'),
      articleText,
      replies: [REPLY],
      tombstones: [TOMBSTONE],
    });
    const reply = document.annotations.first?.items.find((i) => i.motivation === 'replying');
    expect(reply).toMatchObject({ target: idToIri('annotation', 'someone-elses') });
    const parsed = parseBackup(JSON.stringify(document), articleText);
    expect(parsed.replies).toEqual([REPLY]);
    expect(parsed.tombstones).toEqual([TOMBSTONE]);
    expect(parsed.annotations.every((a) => 'color' in a)).toBe(true);
  });

  it('refuses a backup whose reply is damaged, naming it, and changes nothing', () => {
    const articleText = fixtureArticleText();
    const document = buildBackupDocument({
      data: buildFixtureData(articleText),
      appVersion: '0.1.0',
      now: new Date('2026-11-04T00:00:00.000Z'),
      articleText,
      replies: [REPLY],
    }) as BackupDocument;
    const items = document.annotations.first!.items as unknown as Array<Record<string, unknown>>;
    const reply = items.find((i) => i['motivation'] === 'replying')!;
    delete reply['body'];
    expect(() => parseBackup(JSON.stringify(document), articleText)).toThrow(/Reply 1:/);
  });

  it('restores replies from `backup:export` into another data folder, and twice changes nothing', async () => {
    const { yuedu: a } = await openForCommand();
    const article = await call(a, 'library:get', { id: 'greater-bay-area-friends' });
    const made = await call(a, 'annotations:create', {
      articleId: article.id,
      start: 0,
      end: 4,
      color: 'yellow',
    });
    const reply = await call(a, 'group:reply', { annotationId: made.id, text: '自己的回复' });
    const { json } = await call(a, 'backup:export', {});

    const { yuedu: b } = await openForCommand(tempDir('restore'));
    const first = await call(b, 'backup:import', { json });
    expect(first).toMatchObject({ annotationsAdded: 1, repliesRestored: 1 });
    const notes = await call(b, 'group:notes', { member: 'me' });
    expect(notes.find((n) => n.id === made.id)?.replies.map((r) => r.id)).toEqual([reply.id]);
    expect(await call(b, 'backup:import', { json })).toMatchObject({
      annotationsAdded: 0,
      repliesRestored: 0,
    });
  });
});
