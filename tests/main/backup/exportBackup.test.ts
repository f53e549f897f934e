import { describe, expect, it } from 'vitest';
import type { BackupDocument } from '../../../main/backup/backupDocument';
import {
  backupFilename,
  buildBackupDocument,
  exportBackup,
} from '../../../main/backup/exportBackup';
import type { W3cAnnotation, W3cTextPositionSelector } from '../../../main/backup/w3cAnnotation';
import { ASTRAL_ARTICLE, buildFixtureData, fixtureArticleText } from './backupFixture';

const articleText = fixtureArticleText();
const data = buildFixtureData(articleText);
const now = new Date('2026-03-01T12:00:00.000Z');
const document = buildBackupDocument({ data, appVersion: '0.1.0', now, articleText });
// No study-group replies in this data: every item is a highlight.
const items = document.annotations.first!.items as W3cAnnotation[];
const itemById = (id: string) => items.find((a) => a.id.endsWith(id))!;

describe('exportBackup', () => {
  it('wraps Yuedu data around a W3C AnnotationCollection of every annotation', () => {
    expect(document).toMatchObject({
      yuedu: 'backup',
      version: 1,
      exported: '2026-03-01T12:00:00.000Z',
      app: { name: 'Yuedu', version: '0.1.0' },
      user: data.user,
      settings: { fontSize: 26, theme: 'sepia', language: 'zh' },
    });
    expect(document.readingPositions).toEqual(
      Object.values(data.reading).sort((a, b) => a.articleId.localeCompare(b.articleId)),
    );
    expect(document.annotations).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      total: data.annotations.length,
      first: { type: 'AnnotationPage', startIndex: 0 },
    });
    expect(items.map((a) => a.id)).toEqual([
      ...data.annotations.slice(0, 4).map((a) => `urn:uuid:${a.id}`),
      'yuedu://annotation/legacy%20id%2F1',
      `urn:uuid:${data.annotations[5]!.id}`,
    ]);
  });

  it('writes highlights and notes with the W3C motivation, creator, dates, body and colour', () => {
    const plain = data.annotations[0]!;
    const w3c = itemById(plain.id);
    expect(w3c).toMatchObject({
      '@context': ['http://www.w3.org/ns/anno.jsonld', { yuedu: 'yuedu://ns#' }],
      type: 'Annotation',
      motivation: 'highlighting',
      created: plain.created,
      modified: plain.modified,
      creator: { id: `urn:uuid:${data.user.id}`, type: 'Person', name: '李小龙' },
      target: {
        type: 'SpecificResource',
        source: `yuedu://article/${plain.articleId}`,
        styleClass: 'yuedu-highlight-yellow',
      },
      stylesheet: { type: 'CssStylesheet' },
    });
    expect(w3c).not.toHaveProperty('body');
    const noted = itemById(data.annotations[3]!.id);
    expect(noted.motivation).toBe('commenting');
    expect(noted.body).toEqual({
      type: 'TextualBody',
      purpose: 'commenting',
      value: '笔记：这里有一个扩展B区的字。',
      format: 'text/plain',
      language: 'zh',
    });
    expect(noted.target.styleClass).toBe('yuedu-highlight-pink');
  });

  it('counts W3C positions in code points when astral characters come before the highlight', () => {
    const stored = data.annotations[3]!; // "𠀂也是世界", after 𠀀𠀁 and 👍🏽 in the text
    const w3c = itemById(stored.id);
    const [quote, position] = w3c.target.selector;
    expect(quote).toEqual({ type: 'TextQuoteSelector', ...stored.target.quote });
    const { start, end } = position as W3cTextPositionSelector;
    const codePoints = [...ASTRAL_ARTICLE.text];
    expect(codePoints.slice(start, end).join('')).toBe('𠀂也是世界');
    // Four astral characters (𠀀 𠀁 👍 🏽) precede it: UTF-16 counts each twice.
    expect(stored.target.position.start - start).toBe(4);
    expect(end - start).toBe(5);
    expect(w3c.target['yuedu:position']).toEqual(stored.target.position);
  });

  it('gives only the quote for an annotation whose article is not in the library', () => {
    const orphan = itemById(data.annotations[5]!.id);
    expect(orphan.target.selector).toEqual([
      { type: 'TextQuoteSelector', exact: '已删除的文字', prefix: '前文', suffix: '后文' },
    ]);
    expect(orphan.target.source).toBe('yuedu://article/retired-article');
  });

  it('is pure: the same data gives the same bytes, pretty-printed', () => {
    const source = { data, appVersion: '0.1.0', now, articleText };
    const json = exportBackup(source);
    expect(exportBackup({ ...source, data: structuredClone(data) })).toBe(json);
    expect(json.startsWith('{\n  "yuedu": "backup",\n  "version": 1,')).toBe(true);
    expect(JSON.parse(json)).toEqual(document);
  });

  it('writes an empty collection without a page when there are no annotations', () => {
    const empty: BackupDocument = buildBackupDocument({
      data: { ...data, annotations: [] },
      appVersion: '0.1.0',
      now,
      articleText,
    });
    expect(empty.annotations.total).toBe(0);
    expect(empty.annotations).not.toHaveProperty('first');
  });
});

describe('backupFilename', () => {
  it('names the file by local date and minute', () => {
    expect(backupFilename(new Date(2026, 10, 26, 9, 5, 59))).toBe(
      'yuedu-backup-2026-11-26-0905.json',
    );
  });
});
