import { describe, expect, it } from 'vitest';
import type { GroupStatus, PackImportSummary } from '../../../shared/model/group';
import { GroupChanges, packChangedSomething } from '../../../main/group/groupChanges';

function status(written: string, files: GroupStatus['files'] = []): GroupStatus {
  return {
    me: { id: 'me', name: '我' },
    folder: '/srv/group',
    memberFile: '/srv/group/yuedu-member-me.json',
    published: { annotations: 0, replies: 0, tombstones: 0 },
    members: [
      {
        id: 'b',
        name: '小李',
        file: 'yuedu-member-b.json',
        written,
        annotations: 2,
        replies: 0,
        orphans: 0,
      },
    ],
    files,
  };
}

const counts = (n: number) => ({ new: n, updated: 0, unchanged: 0, deleted: 0 });
function pack(dryRun: boolean, annotations: number): PackImportSummary {
  return {
    dryRun,
    members: [],
    articles: [{ id: 'a', title: 'A', status: 'same' }],
    annotations: counts(annotations),
    replies: counts(0),
  };
}

describe('GroupChanges', () => {
  it('bumps the revision only when a refresh finds a status different from the last one', () => {
    const changes = new GroupChanges();
    const heard: number[] = [];
    changes.onChange(({ revision }) => heard.push(revision));
    changes.refreshed(status('2026-11-30T10:00:00.000Z'));
    changes.refreshed(status('2026-11-30T10:00:00.000Z'));
    changes.refreshed(status('2026-11-30T11:00:00.000Z'));
    changes.refreshed(
      status('2026-11-30T11:00:00.000Z', [
        { file: 'x.sync-conflict-1.json', used: true, reason: 'a conflict copy' },
      ]),
    );
    expect(heard).toEqual([1, 2, 3]);
    expect(changes.revision).toBe(3);
  });

  it('always bumps on joining or leaving and tells the folder watch where to look', () => {
    const changes = new GroupChanges();
    const folders: Array<string | null> = [];
    changes.onFolder((folder) => folders.push(folder));
    const joined = status('2026-11-30T10:00:00.000Z');
    changes.moved(joined);
    changes.refreshed(joined);
    changes.moved({ ...joined, folder: null, members: [] });
    expect(folders).toEqual(['/srv/group', null]);
    expect(changes.revision).toBe(2);
  });

  it('bumps after a merged pack that brought something, never after a dry run or a repeat', () => {
    const changes = new GroupChanges();
    changes.packImported(pack(true, 3));
    changes.packImported(pack(false, 0));
    expect(changes.revision).toBe(0);
    changes.packImported(pack(false, 3));
    expect(changes.revision).toBe(1);
    expect(
      packChangedSomething({
        ...pack(false, 0),
        articles: [{ id: 'n', title: 'N', status: 'new' }],
      }),
    ).toBe(true);
  });

  it('stops telling a listener once it unsubscribed', () => {
    const changes = new GroupChanges();
    const heard: number[] = [];
    const stop = changes.onChange(({ revision }) => heard.push(revision));
    changes.moved(status('2026-11-30T10:00:00.000Z'));
    stop();
    changes.moved(status('2026-11-30T10:00:00.000Z'));
    expect(heard).toEqual([1]);
  });
});
