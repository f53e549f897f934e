import { describe, expect, it } from 'vitest';
import { emptyReceived } from '../../../main/group/groupState';
import {
  buildMemberDocument,
  GroupFileProblem,
  parseMemberFile,
  type ParsedMemberFile,
} from '../../../main/group/memberFile';
import { mergeChanged, mergeReceived } from '../../../main/group/mergeReceived';
import { ANNA, ARTICLE_TEXT, highlightBy, replyBy, WANG } from './groupFixture';

const CASES = 600;
const NOW = new Date('2026-11-10T00:00:00.000Z');

/** A small seeded generator (mulberry32), so a failing case can be run again by its number. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VALID = JSON.stringify(
  buildMemberDocument(
    {
      member: ANNA,
      annotations: [
        highlightBy(ANNA, 'a1', '岭南文化', undefined, '很美'),
        highlightBy(ANNA, 'a2', '𠀀古籍'),
      ],
      replies: [replyBy(ANNA, 'r1', 'w1', '同意')],
      tombstones: [{ id: 'a0', creatorId: ANNA.id, deleted: '2026-11-03T00:00:00.000Z' }],
      articles: [{ id: 'yueju', fingerprint: 'sha256:0' }],
    },
    { appVersion: '0.1.0', written: '2026-11-04T00:00:00.000Z', articleText: () => ARTICLE_TEXT },
  ),
);

const ODD_VALUES: unknown[] = [
  null,
  0,
  -1,
  1e308,
  '',
  'x'.repeat(5_000),
  '<script>',
  [],
  {},
  true,
  { id: WANG.id, name: WANG.name },
  '2999-01-01T00:00:00.000Z',
  'urn:uuid:' + WANG.id,
];

/** Every object and array inside `value`, with the key that holds each child. */
function containers(value: unknown, found: Array<Record<string, unknown> | unknown[]> = []) {
  if (value !== null && typeof value === 'object') {
    found.push(value as Record<string, unknown>);
    for (const child of Object.values(value)) containers(child, found);
  }
  return found;
}

/** One damaged copy of the valid file: cut short, bytes changed, or a value swapped or removed. */
function mutate(next: () => number): Uint8Array {
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const kind = pick(['truncate', 'bytes', 'value', 'remove'] as const);
  if (kind === 'truncate') return new TextEncoder().encode(VALID.slice(0, next() * VALID.length));
  if (kind === 'bytes') {
    const bytes = new TextEncoder().encode(VALID);
    for (let i = 0; i < 1 + next() * 8; i += 1)
      bytes[Math.floor(next() * bytes.length)] = Math.floor(next() * 256);
    return bytes;
  }
  const document = JSON.parse(VALID) as unknown;
  for (let i = 0; i < 1 + next() * 3; i += 1) {
    const target = pick(containers(document));
    const keys = Object.keys(target);
    if (keys.length === 0) continue;
    const key = pick(keys);
    if (kind === 'remove' && !Array.isArray(target)) delete target[key];
    else (target as Record<string, unknown>)[key] = pick(ODD_VALUES);
  }
  return new TextEncoder().encode(JSON.stringify(document));
}

/** What must hold for whatever a damaged file still yields. */
function checkUsable(parsed: ParsedMemberFile) {
  for (const item of [...parsed.annotations, ...parsed.replies]) {
    expect(item.creator).toEqual(parsed.member);
    expect(Date.parse(item.modified)).toBeLessThanOrEqual(NOW.getTime());
  }
  for (const a of parsed.annotations) {
    const { start, end } = a.target.position;
    expect(Number.isInteger(start) && Number.isInteger(end) && start <= end).toBe(true);
  }
  for (const t of parsed.tombstones) expect(t.creatorId).toBe(parsed.member.id);
}

describe('member files damaged at random', () => {
  it(
    `never crash the reader: ${CASES} damaged copies are refused with a reason or yield only sound items, merged once`,
    { timeout: 120_000 },
    () => {
      const outcomes = { refused: 0, used: 0 };
      for (let seed = 1; seed <= CASES; seed += 1) {
        const bytes = mutate(random(seed));
        let parsed: ParsedMemberFile;
        try {
          parsed = parseMemberFile(bytes, NOW);
        } catch (error) {
          expect(error, `case ${seed}`).toBeInstanceOf(GroupFileProblem);
          outcomes.refused += 1;
          continue;
        }
        outcomes.used += 1;
        checkUsable(parsed);
        const received = emptyReceived();
        mergeReceived(received, parsed);
        expect(mergeChanged(mergeReceived(received, parsed)), `case ${seed}`).toBe(false);
      }
      // Both kinds of outcome occur, so the cases reach past the first checks.
      expect(outcomes.refused).toBeGreaterThan(0);
      expect(outcomes.used).toBeGreaterThan(0);
    },
  );
});
