import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFingerprint } from '../../../main/group/articleFingerprint';
import { buildMemberDocument, memberFileName } from '../../../main/group/memberFile';
import type { Annotation } from '../../../shared/model/annotation';
import { openForCommand, tempDir } from '../cli/commands/commandHarness';
import { call } from './twoMembers';

const BUNDLED = 'greater-bay-area-friends';
const CARL = { id: '7c7c7c7c-0000-4000-8000-0000000000c1', name: 'Carl' };

/** A highlight by Carl on `text` (Carl's version of the article) at the first `quote`. */
function carlsHighlight(text: string, id: string, quote: string): Annotation {
  const start = text.indexOf(quote);
  const end = start + quote.length;
  return {
    id,
    articleId: BUNDLED,
    creator: CARL,
    created: '2026-11-01T10:00:00.000Z',
    modified: '2026-11-01T10:00:00.000Z',
    color: 'green',
    note: id,
    target: {
      position: { start, end, unit: 'utf16' },
      quote: {
        exact: quote,
        prefix: text.slice(Math.max(0, start - 8), start),
        suffix: text.slice(end, end + 8),
      },
    },
  };
}

describe('a member with another version of a bundled article', () => {
  it(
    'sees their highlights re-anchored on this machine’s text, and the ones it lacks as orphans counted by member',
    { timeout: 120_000 },
    async () => {
      const folder = tempDir('group');
      const { yuedu: me } = await openForCommand(tempDir('member'));
      const mine = (await call(me, 'library:get', { id: BUNDLED })).text;
      // Carl's version: a new opening paragraph shifts every offset, and one sentence is Carl's alone.
      const carls = `编者按：这是修订版。\n${mine}\n只在修订版里的一句话。`;
      expect(articleFingerprint(carls)).not.toBe(articleFingerprint(mine));
      const quote = mine.slice(mine.indexOf('大湾区'), mine.indexOf('大湾区') + 3);
      writeFileSync(
        path.join(folder, memberFileName(CARL.id)),
        JSON.stringify(
          buildMemberDocument(
            {
              member: CARL,
              annotations: [
                carlsHighlight(carls, 'moved', quote),
                carlsHighlight(carls, 'gone', '只在修订版里的一句话'),
              ],
              replies: [],
              tombstones: [],
              articles: [{ id: BUNDLED, fingerprint: articleFingerprint(carls) }],
            },
            { appVersion: '0.1.0', written: '2026-11-02T00:00:00.000Z', articleText: () => carls },
          ),
        ),
      );

      const status = await call(me, 'group:use', { folder });
      expect(status.members).toEqual([
        expect.objectContaining({ name: 'Carl', annotations: 2, orphans: 1 }),
      ]);
      const notes = await call(me, 'group:notes', { articleId: BUNDLED, member: 'all' });
      const moved = notes.find((n) => n.id === 'moved');
      expect(moved?.state).toBe('anchored');
      expect(mine.slice(moved!.target.position.start, moved!.target.position.end)).toBe(quote);
      expect(moved!.target.position.start).toBe(mine.indexOf('大湾区'));
      expect(notes.find((n) => n.id === 'gone')?.state).toBe('orphaned');
    },
  );
});
