import { describe, expect, it } from 'vitest';
import {
  buildMemberDocument,
  GroupFileProblem,
  memberFileName,
  parseMemberFile,
  type MemberContent,
} from '../../../main/group/memberFile';
import { articleFingerprint } from '../../../main/group/articleFingerprint';
import { ANNA, ARTICLE_TEXT, highlightBy, replyBy, WANG } from './groupFixture';

const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

function annaContent(): MemberContent {
  return {
    member: ANNA,
    annotations: [
      highlightBy(ANNA, 'a1', '岭南文化', undefined, '很美'),
      highlightBy(ANNA, 'a2', '𠀀古籍'),
    ],
    replies: [replyBy(ANNA, 'r1', 'w1', '同意')],
    tombstones: [{ id: 'a0', creatorId: ANNA.id, deleted: '2026-11-03T00:00:00.000Z' }],
    articles: [{ id: 'yueju', fingerprint: articleFingerprint(ARTICLE_TEXT) }],
  };
}

const build = (content = annaContent()) =>
  buildMemberDocument(content, {
    appVersion: '0.1.0',
    written: '2026-11-04T00:00:00.000Z',
    articleText: () => ARTICLE_TEXT,
  });

describe('member file format', () => {
  it('writes annotations and replies as W3C items, and reads back exactly what was written', () => {
    const document = build();
    expect(document.yuedu).toBe('group-member');
    expect(document.version).toBe(1);
    const items = document.annotations.first.items;
    expect(items.map((i) => i.motivation)).toEqual(['commenting', 'highlighting', 'replying']);
    expect(items[2]).toMatchObject({ target: 'yuedu://annotation/w1', body: { value: '同意' } });

    const parsed = parseMemberFile(encode(document));
    const content = annaContent();
    expect(parsed.member).toEqual(ANNA);
    expect(parsed.annotations).toEqual(content.annotations);
    expect(parsed.replies).toEqual(content.replies);
    expect(parsed.tombstones).toEqual(content.tombstones);
    expect(parsed.articles).toEqual(content.articles);
    expect(parsed.problems).toEqual([]);
  });

  it('gives the same bytes for the same content, so an unchanged file is not rewritten', () => {
    expect(JSON.stringify(build())).toBe(JSON.stringify(build()));
  });

  it('skips items written in another member’s name, and keeps the rest', () => {
    const document = build({
      ...annaContent(),
      annotations: [highlightBy(ANNA, 'a1', '岭南文化'), highlightBy(WANG, 'w9', '瑰宝')],
    });
    const parsed = parseMemberFile(encode(document));
    expect(parsed.annotations.map((a) => a.id)).toEqual(['a1']);
    expect(parsed.problems).toEqual([
      expect.stringContaining('item 2 skipped: it was written by someone else'),
    ]);
  });

  it('skips a malformed item and a malformed deletion with reasons, never the whole file', () => {
    const document = build() as unknown as {
      annotations: { first: { items: unknown[] } };
      tombstones: unknown[];
    };
    document.annotations.first.items.push({ id: 'x', type: 'Annotation' });
    document.tombstones.push({ id: 42 });
    const parsed = parseMemberFile(encode(document));
    expect(parsed.annotations).toHaveLength(2);
    expect(parsed.problems).toEqual([
      expect.stringMatching(/^item 4 skipped/),
      'deletion 2 skipped: it is malformed.',
    ]);
  });

  it('dates an item, reply or deletion from the future now, and says how many were', () => {
    const future = '2099-01-01T00:00:00.000Z';
    const now = new Date('2026-11-05T00:00:00.000Z');
    const document = build({
      ...annaContent(),
      annotations: [highlightBy(ANNA, 'a1', '岭南文化', future)],
      replies: [{ ...replyBy(ANNA, 'r1', 'w1', '同意'), modified: future }],
      tombstones: [{ id: 'a0', creatorId: ANNA.id, deleted: future }],
    });
    const parsed = parseMemberFile(encode(document), now);
    expect(parsed.annotations[0]?.modified).toBe(now.toISOString());
    expect(parsed.replies[0]?.modified).toBe(now.toISOString());
    expect(parsed.tombstones[0]?.deleted).toBe(now.toISOString());
    expect(parsed.problems).toEqual(['3 items were dated in the future; dated now instead.']);
    expect(parseMemberFile(encode(build()), now).problems).toEqual([]);
  });

  it.each([
    [
      'half-written',
      new TextEncoder().encode(JSON.stringify(build()).slice(0, 300)),
      'not complete JSON',
    ],
    ['from a newer Yuedu', encode({ ...build(), version: 2 }), 'update Yuedu to read it'],
    ['not a member file', encode({ yuedu: 'backup', version: 1 }), 'not a Yuedu group-member file'],
    ['nested absurdly deep', new TextEncoder().encode('['.repeat(10_000)), 'nests deeper than 32'],
    ['damaged', encode({ ...build(), member: 'nobody' }), 'damaged'],
    [
      'holding over 100,000 annotations',
      encode({
        ...build(),
        annotations: { type: 'AnnotationCollection', first: { items: Array(100_001).fill({}) } },
      }),
      'it holds 100,001 annotations and replies; at most 100,000 are read from one file.',
    ],
    [
      'holding over 100,000 deletions',
      encode({ ...build(), tombstones: Array(100_001).fill({}) }),
      'it holds 100,001 deletions; at most 100,000',
    ],
  ])('refuses a file that is %s with a reason', (_, bytes, reason) => {
    expect(() => parseMemberFile(bytes)).toThrow(GroupFileProblem);
    expect(() => parseMemberFile(bytes)).toThrow(reason);
  });

  it('names files by member id, encoded so any id is a safe file name', () => {
    expect(memberFileName(ANNA.id)).toBe(`yuedu-member-${ANNA.id}.json`);
    expect(memberFileName('a/b\\c')).toBe('yuedu-member-a%2Fb%5Cc.json');
  });
});
