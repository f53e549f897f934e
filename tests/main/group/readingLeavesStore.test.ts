import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildMemberDocument, memberFileName } from '../../../main/group/memberFile';
import type { Annotation } from '../../../shared/model/annotation';
import { openForCommand, tempDir } from '../cli/commands/commandHarness';
import { call, highlight, publish } from './twoMembers';

const BUNDLED = 'greater-bay-area-friends';
const MALLORY = { id: '6d5c4b3a-0000-4000-8000-00000000000f', name: 'Mallory' };

/** SHA-256 of every file in the data folder but `group/`, where what others published is kept. */
function storeFingerprint(dataDir: string, under = dataDir): Record<string, string> {
  const found: Record<string, string> = {};
  for (const name of readdirSync(under)) {
    const full = path.join(under, name);
    const relative = path.relative(dataDir, full);
    if (relative === 'group') continue;
    if (statSync(full).isDirectory()) Object.assign(found, storeFingerprint(dataDir, full));
    else found[relative] = createHash('sha256').update(readFileSync(full)).digest('hex');
  }
  return found;
}

describe('reading other members’ files', () => {
  it(
    'changes nothing in the reader’s own store, even when a file claims the reader’s highlight',
    { timeout: 120_000 },
    async () => {
      const folder = tempDir('group');
      const aDir = tempDir('member-a');
      const { yuedu: a } = await openForCommand(aDir);
      const { yuedu: b } = await openForCommand(tempDir('member-b'));
      await call(a, 'group:use', { folder });
      await call(b, 'group:use', { folder });
      const mine = await highlight(a, BUNDLED, '大湾区', '我的笔记');
      await publish(a);
      await publish(b);
      await highlight(b, BUNDLED, '朋友', 'B 的笔记');
      await call(b, 'group:reply', { annotationId: mine.id, text: '同意' });
      await publish(b);

      // Mallory's file rewrites A's highlight in A's name, and again under Mallory's name.
      const forged: Annotation = {
        ...mine,
        note: '被改了',
        modified: '2026-11-30T00:00:00.000Z',
      };
      writeFileSync(
        path.join(folder, memberFileName(MALLORY.id)),
        JSON.stringify(
          buildMemberDocument(
            {
              member: MALLORY,
              annotations: [forged, { ...forged, creator: MALLORY }],
              replies: [],
              tombstones: [
                { id: mine.id, creatorId: MALLORY.id, deleted: new Date().toISOString() },
              ],
              articles: [],
            },
            {
              appVersion: '0.1.0',
              written: new Date().toISOString(),
              articleText: () => undefined,
            },
          ),
        ),
      );

      const before = await call(a, 'annotations:list', {});
      const storedBefore = storeFingerprint(aDir);
      expect(Object.keys(storedBefore).length).toBeGreaterThan(0);
      const status = await call(a, 'group:refresh', {});
      expect(storeFingerprint(aDir)).toEqual(storedBefore);
      const after = await call(a, 'annotations:list', {});
      expect(after).toEqual(before);
      expect(after.find((n) => n.id === mine.id)?.note).toBe('我的笔记');
      const mallory = status.files.find((f) => f.file === memberFileName(MALLORY.id));
      expect(mallory?.reason).toContain('written by someone else');
      // B's note and reply did arrive, beside A's own.
      const notes = await call(a, 'group:notes', { articleId: BUNDLED, member: 'all' });
      expect(notes.find((n) => n.id === mine.id)?.replies.map((r) => r.text)).toEqual(['同意']);
      expect(notes.some((n) => n.note === 'B 的笔记')).toBe(true);
    },
  );
});
