import { describe, expect, it } from 'vitest';
import { buildMemberDocument, parseMemberFile } from '../../../main/group/memberFile';
import { cleanIncomingName, MEMBER_NAME_MAX_CHARS } from '../../../main/group/memberName';
import { ANNA, ARTICLE_TEXT, highlightBy, replyBy } from './groupFixture';

describe('display names from other members’ files', () => {
  it('keeps an ordinary name exactly', () => {
    expect(cleanIncomingName('王小明', 'id')).toEqual({ name: '王小明' });
  });

  it('removes control and bidirectional characters and says so', () => {
    const cleaned = cleanIncomingName('An\u202Ena\u001b[2J\u2066 Lee\u200f', 'id');
    expect(cleaned.name).toBe('Anna[2J Lee');
    expect(cleaned.problem).toMatch(/control or bidirectional/);
  });

  it('shortens a name over the limit, with an ellipsis, and says so', () => {
    const cleaned = cleanIncomingName('长'.repeat(500), 'id');
    expect([...cleaned.name]).toHaveLength(MEMBER_NAME_MAX_CHARS);
    expect(cleaned.name.endsWith('…')).toBe(true);
    expect(cleaned.problem).toMatch(/shortened/);
  });

  it('falls back to the member id when nothing usable is left', () => {
    expect(cleanIncomingName('\u202e\u0007  ', 'abcdef123456')).toEqual({
      name: 'Member abcdef12',
      problem: expect.stringMatching(/no usable display name/),
    });
  });

  it('puts the cleaned name on the member and every item of their file, with a note for status', () => {
    const hostile = { id: ANNA.id, name: `\u202e${'A'.repeat(300)}` };
    const document = buildMemberDocument(
      {
        member: hostile,
        annotations: [highlightBy(hostile, 'a1', '粤剧')],
        replies: [replyBy(hostile, 'r1', 'a1', '好')],
        tombstones: [],
        articles: [],
      },
      { appVersion: '0.1.0', written: '2026-11-04T00:00:00.000Z', articleText: () => ARTICLE_TEXT },
    );
    const parsed = parseMemberFile(new TextEncoder().encode(JSON.stringify(document)));
    expect([...parsed.member.name]).toHaveLength(MEMBER_NAME_MAX_CHARS);
    expect(parsed.member.name).not.toContain('\u202e');
    expect(parsed.annotations[0]?.creator).toEqual(parsed.member);
    expect(parsed.replies[0]?.creator).toEqual(parsed.member);
    expect(parsed.problems[0]).toMatch(/shortened/);
  });
});
