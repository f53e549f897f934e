import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildMemberDocument, memberFileName } from '../../../main/group/memberFile';
import { readGroupFolder } from '../../../main/group/readGroupFolder';
import { ANNA, ARTICLE_TEXT, highlightBy } from './groupFixture';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((f) => rmSync(f, { recursive: true, force: true })));

function annaFile(note: string): string {
  const document = buildMemberDocument(
    {
      member: ANNA,
      annotations: [highlightBy(ANNA, 'a1', '粤剧', undefined, note)],
      replies: [],
      tombstones: [],
      articles: [],
    },
    { appVersion: '0.1.0', written: '2026-11-04T00:00:00.000Z', articleText: () => ARTICLE_TEXT },
  );
  return JSON.stringify(document);
}

describe('reading the group folder again', () => {
  it('skips a file unchanged since it was merged, by size and time or else by content', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'yuedu-folder-'));
    folders.push(folder);
    const path = join(folder, memberFileName(ANNA.id));
    writeFileSync(path, annaFile('一'));
    const first = await readGroupFolder(folder, 'me');
    expect(first.sources).toHaveLength(1);

    const again = await readGroupFolder(folder, 'me', first.files);
    expect(again.sources).toEqual([]);
    expect(again.files).toEqual(first.files);

    // Touched (a sync tool rewrote the same bytes): read and hashed, but not parsed or merged.
    utimesSync(path, new Date(), new Date(Date.now() + 5_000));
    const touched = await readGroupFolder(folder, 'me', first.files);
    expect(touched.sources).toEqual([]);
    expect(touched.files[memberFileName(ANNA.id)]?.sha256).toBe(
      first.files[memberFileName(ANNA.id)]?.sha256,
    );

    writeFileSync(path, annaFile('二'));
    const changed = await readGroupFolder(folder, 'me', touched.files);
    expect(changed.sources.map((s) => s.content.annotations[0]?.note)).toEqual(['二']);
  });
});
