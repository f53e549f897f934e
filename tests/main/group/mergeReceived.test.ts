import { describe, expect, it } from 'vitest';
import { emptyReceived } from '../../../main/group/groupState';
import { mergeChanged, mergeReceived, type Incoming } from '../../../main/group/mergeReceived';
import { ANNA, highlightBy, replyBy, WANG } from './groupFixture';

const first = highlightBy(ANNA, 'a1', '岭南文化', '2026-11-01T10:00:00.000Z', '初稿');
const edited = { ...first, note: '改过', modified: '2026-11-05T10:00:00.000Z' };
const tombstone = { id: 'a1', creatorId: ANNA.id, deleted: '2026-11-03T00:00:00.000Z' };
const nothing: Incoming = { annotations: [], replies: [], tombstones: [] };

describe('merging what other members published', () => {
  it('adds new items and counts them; merging the same again changes nothing', () => {
    const received = emptyReceived();
    const incoming = {
      ...nothing,
      annotations: [first],
      replies: [replyBy(WANG, 'r1', 'a1', '好')],
    };
    const once = mergeReceived(received, incoming);
    expect(once.annotations).toEqual({ new: 1, updated: 0, unchanged: 0, deleted: 0 });
    expect(once.replies.new).toBe(1);
    const snapshot = structuredClone(received);
    const twice = mergeReceived(received, incoming);
    expect(mergeChanged(twice)).toBe(false);
    expect(twice.annotations.unchanged).toBe(1);
    expect(received).toEqual(snapshot);
  });

  it('keeps the newest change by `modified`, whichever copy (a conflict copy) is read first', () => {
    const a = emptyReceived();
    mergeReceived(a, { ...nothing, annotations: [edited] });
    const older = mergeReceived(a, { ...nothing, annotations: [first] });
    expect(older.annotations.unchanged).toBe(1);
    const b = emptyReceived();
    mergeReceived(b, { ...nothing, annotations: [first] });
    expect(mergeReceived(b, { ...nothing, annotations: [edited] }).annotations.updated).toBe(1);
    expect(a.annotations).toEqual([edited]);
    expect(b.annotations).toEqual([edited]);
  });

  it('lets a tombstone remove an older copy and keep later-read older copies out', () => {
    const received = emptyReceived();
    mergeReceived(received, { ...nothing, annotations: [first] });
    const deleted = mergeReceived(received, { ...nothing, tombstones: [tombstone] });
    expect(deleted.annotations.deleted).toBe(1);
    expect(received.annotations).toEqual([]);
    // A stale conflict copy still holding the annotation does not bring it back.
    const stale = mergeReceived(received, { ...nothing, annotations: [first] });
    expect(mergeChanged(stale)).toBe(false);
    expect(received.annotations).toEqual([]);
  });

  it('keeps an edit made after the deletion time, in either order', () => {
    const received = emptyReceived();
    mergeReceived(received, { ...nothing, tombstones: [tombstone], annotations: [edited] });
    expect(received.annotations).toEqual([edited]);
  });
});
