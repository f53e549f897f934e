import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GroupContext, GroupServiceOptions } from '../../../main/group/groupContext';
import { emptyMembership, GroupStateFiles } from '../../../main/group/groupState';
import { memberFileName } from '../../../main/group/memberFile';
import { MemberFilePublisher } from '../../../main/group/memberFilePublisher';
import { ReceivedIndex } from '../../../main/group/receivedIndex';

const ME = { id: 'me', name: 'Me' };

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'yuedu-publisher-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A publisher for a member with an empty store, in a group whose folder is `folder`. */
async function publisherIn(folder: string) {
  const dataDir = join(dir, 'data');
  const files = new GroupStateFiles(dataDir, { timeoutMs: 300 });
  await files.writeMembership({ ...emptyMembership(), folder });
  const options = {
    dataDir,
    store: { read: () => ({ user: ME, annotations: [] }) },
    library: { get: () => undefined },
    appVersion: 'test',
    now: () => new Date('2026-12-01T08:00:00.000Z'),
  } as unknown as GroupServiceOptions;
  const context: GroupContext = {
    options,
    files,
    received: new ReceivedIndex(),
    me: () => ME,
    publishSoon: () => undefined,
  };
  return { publisher: new MemberFilePublisher(context), dataDir };
}

describe('MemberFilePublisher', () => {
  it('waits for another process of this member that is publishing, and says why it did not write', async () => {
    const folder = join(dir, 'folder');
    await mkdir(folder);
    const { publisher, dataDir } = await publisherIn(folder);
    const file = join(folder, memberFileName(ME.id));
    let letGo = () => {};
    const held = new Promise<void>((resolve) => (letGo = resolve));
    let holding = () => {};
    const taken = new Promise<void>((resolve) => (holding = resolve));
    const other = new GroupStateFiles(dataDir).whilePublishing(async () => {
      holding();
      await held;
    });
    await taken;

    await expect(publisher.publishNow()).rejects.toThrow();
    expect(publisher.lastPublishError).toMatch(/kept publishing it/);
    expect(existsSync(file)).toBe(false);

    letGo();
    await other;
    await publisher.publishNow();
    expect(existsSync(file)).toBe(true);
    expect(publisher.lastPublishError).toBeNull();
  });
});
