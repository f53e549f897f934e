// The study-group rendering benchmark's folder: five members' files with 1,000 highlights each on one article.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTarget } from '../../main/annotations/anchor';
import { articleFingerprint } from '../../main/group/articleFingerprint';
import { buildMemberDocument, memberFileName } from '../../main/group/memberFile';
import type { Annotation, Creator } from '../../shared/model/annotation';
import type { Article } from '../../shared/model/article';
import type { Reply } from '../../shared/model/group';

export const MEMBERS = 5;
export const EACH = 1_000;
/** EACH highlights by `member`, 6–12 characters each, spread over the article and overlapping. */
function memberHighlights(article: Article, member: Creator, offset: number): Annotation[] {
  const usable = article.text.length - 20;
  const step = usable / EACH;
  return Array.from({ length: EACH }, (_, i) => {
    const start = Math.floor((i * step + offset * 3) % usable);
    const stamp = new Date(Date.UTC(2026, 10, 1, 0, 0, i)).toISOString();
    return {
      id: randomUUID(),
      articleId: article.id,
      creator: member,
      created: stamp,
      modified: stamp,
      color: 'green',
      note: i % 4 === 0 ? `${member.name}的第${i}条笔记` : '',
      target: createTarget(article.text, start, start + 6 + (i % 7)),
    };
  });
}

/** A group folder holding five members' files with 1,000 annotations each on one article, and those annotations. */
export function groupFolder(article: Article): { folder: string; annotations: Annotation[] } {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'yuedu-bench-group-render-'));
  const all: Annotation[] = [];
  for (let m = 0; m < MEMBERS; m++) {
    const member: Creator = { id: randomUUID(), name: `成员${m + 1}` };
    const annotations = memberHighlights(article, member, m);
    all.push(...annotations);
    const replies: Reply[] = annotations.slice(0, 50).map((a, i) => ({
      id: randomUUID(),
      annotationId: a.id,
      creator: member,
      created: a.created,
      modified: a.modified,
      text: `回复${i}`,
    }));
    const document = buildMemberDocument(
      {
        member,
        annotations,
        replies,
        tombstones: [],
        articles: [{ id: article.id, fingerprint: articleFingerprint(article.text) }],
      },
      {
        appVersion: 'bench',
        written: new Date().toISOString(),
        articleText: (id) => (id === article.id ? article.text : undefined),
      },
    );
    writeFileSync(path.join(folder, memberFileName(member.id)), JSON.stringify(document));
  }
  return { folder, annotations: all };
}
