import { HIGHLIGHT_COLORS, type AnnotationTarget, type Creator } from '../model/annotation';
import type { GroupLayer, GroupNote, LayerNoteMore, LayerReply, Reply } from '../model/group';
import { quoteAt } from '../text/quoteContext';

/**
 * One article's group notes in the compact form `group:layer` sends: a column per field, each
 * member named once, times as small numbers, defaults left out, and an anchored note's quote
 * left to the article's text the reader already has. 5,000 notes shrink from 3.2 MB of JSON to
 * about a tenth, and receiving those bytes is most of what opening such an article costs a window.
 */
export function toGroupLayer(articleId: string, notes: readonly GroupNote[]): GroupLayer {
  const members: Creator[] = [];
  const memberIndex = new Map<string, number>();
  const indexOf = (creator: Creator) => {
    let index = memberIndex.get(creator.id);
    if (index === undefined) {
      index = members.push({ id: creator.id, name: creator.name }) - 1;
      memberIndex.set(creator.id, index);
    }
    return index;
  };
  const createdMs = notes.map((note) => instant(note.created));
  const since = createdMs.reduce<number>(
    (min, ms) => (ms !== null && ms < min ? ms : min),
    Infinity,
  );
  const layer: GroupLayer = {
    articleId,
    members,
    ids: [],
    member: [],
    startStep: [],
    length: [],
    color: [],
    since: since === Infinity ? 0 : since,
    created: [],
    more: {},
  };
  let previousStart = 0;
  notes.forEach((note, index) => {
    const { start, end } = note.target.position;
    layer.ids.push(note.id);
    layer.member.push(indexOf(note.creator));
    layer.startStep.push(start - previousStart);
    layer.length.push(end - start);
    layer.color.push(HIGHLIGHT_COLORS.indexOf(note.color));
    const ms = createdMs[index]!;
    layer.created.push(ms === null ? note.created : ms - layer.since);
    previousStart = start;
    const more: LayerNoteMore = {};
    let hasMore = false;
    if (note.modified !== note.created) {
      more.modified = timeAfter(note.modified, ms);
      hasMore = true;
    }
    if (note.note !== '') {
      more.note = note.note;
      hasMore = true;
    }
    if (note.state === 'orphaned') {
      more.orphan = note.target;
      hasMore = true;
    }
    if (note.mine) {
      more.mine = true;
      hasMore = true;
    }
    if (note.sharing !== undefined) {
      more.sharing = note.sharing;
      hasMore = true;
    }
    if (note.replies.length > 0) {
      more.replies = note.replies.map((reply) =>
        toLayerReply(reply, indexOf(reply.creator), since),
      );
      hasMore = true;
    }
    if (hasMore) layer.more[index] = more;
  });
  return layer;
}

/** The notes of a `group:layer` answer in full, their quotes rebuilt from the article's `text`. */
export function fromGroupLayer(layer: GroupLayer, text: string): GroupNote[] {
  const notes: GroupNote[] = new Array(layer.ids.length);
  let start = 0;
  for (let index = 0; index < layer.ids.length; index++) {
    start += layer.startStep[index]!;
    const end = start + layer.length[index]!;
    const id = layer.ids[index]!;
    const more: LayerNoteMore | undefined = layer.more[index];
    const created = timeFrom(layer.created[index]!, layer.since);
    const target: AnnotationTarget = more?.orphan ?? {
      position: { start, end, unit: 'utf16' },
      quote: quoteAt(text, start, end),
    };
    const note: GroupNote = {
      id,
      articleId: layer.articleId,
      creator: layer.members[layer.member[index]!] as Creator,
      created,
      modified: more?.modified === undefined ? created : timeFrom(more.modified, created),
      color: HIGHLIGHT_COLORS[layer.color[index]!]!,
      note: more?.note ?? '',
      target,
      state: more?.orphan ? 'orphaned' : 'anchored',
      mine: more?.mine ?? false,
      replies: more?.replies?.map((reply) => fromLayerReply(reply, id, layer)) ?? [],
    };
    if (more?.sharing !== undefined) note.sharing = more.sharing;
    notes[index] = note;
  }
  return notes;
}

function toLayerReply(reply: Reply, member: number, since: number): LayerReply {
  const compact: LayerReply = {
    id: reply.id,
    member,
    created: timeAfter(reply.created, since),
    text: reply.text,
  };
  if (reply.modified !== reply.created)
    compact.modified = timeAfter(reply.modified, instant(reply.created));
  return compact;
}

function fromLayerReply(reply: LayerReply, annotationId: string, layer: GroupLayer): Reply {
  const created = timeFrom(reply.created, layer.since);
  return {
    id: reply.id,
    annotationId,
    creator: layer.members[reply.member] as Creator,
    created,
    modified: reply.modified === undefined ? created : timeFrom(reply.modified, created),
    text: reply.text,
  };
}

/**
 * ms since 1970 of a time in the form `Date#toISOString` writes (`2026-11-01T08:30:00.000Z`, a
 * real calendar date, year 100–9999), else null: exactly the times a Date gives back unchanged.
 * Read by hand because `Date.parse` plus `toISOString` for every note was most of a layer's cost.
 */
function instant(time: string): number | null {
  if (time.length !== 24) return null;
  for (let i = 0; i < 24; i++) {
    const code = time.charCodeAt(i);
    const expected = ISO_SHAPE.charCodeAt(i);
    if (expected === DIGIT ? code < 48 || code > 57 : code !== expected) return null;
  }
  const year = digits(time, 0, 4);
  const month = digits(time, 5, 7);
  const day = digits(time, 8, 10);
  const hour = digits(time, 11, 13);
  const minute = digits(time, 14, 16);
  const second = digits(time, 17, 19);
  if (year < 100 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59)
    return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return Date.UTC(year, month - 1, day, hour, minute, second, digits(time, 20, 23));
}

function digits(time: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) value = value * 10 + time.charCodeAt(i) - DIGIT;
  return value;
}

const DIGIT = '0'.charCodeAt(0);
const ISO_SHAPE = '0000-00-00T00:00:00.000Z';

/** `time` as ms after `base`, or as written when it or the base is no instant. */
function timeAfter(time: string, base: number | null): number | string {
  const ms = base === null ? null : instant(time);
  return ms === null || base === null ? time : ms - base;
}

function timeFrom(value: number | string, base: number | string): string {
  if (typeof value === 'string') return value;
  const baseMs = typeof base === 'number' ? base : Date.parse(base);
  return new Date(baseMs + value).toISOString();
}
