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
  const since = earliestInstant(notes);
  const layer: GroupLayer = {
    articleId,
    members,
    ids: [],
    member: [],
    startStep: [],
    length: [],
    color: [],
    since,
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
    layer.created.push(timeAfter(note.created, since));
    previousStart = start;
    const more: LayerNoteMore = {};
    let hasMore = false;
    if (note.modified !== note.created) {
      more.modified = laterTime(note.modified, note.created);
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
  if (reply.modified !== reply.created) compact.modified = laterTime(reply.modified, reply.created);
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

/** ms since 1970 of an ISO instant that `Date` writes back exactly as given, else null. */
function instant(time: string): number | null {
  const ms = Date.parse(time);
  if (Number.isNaN(ms)) return null;
  const date = new Date(ms);
  return date.toISOString() === time ? ms : null;
}

function earliestInstant(notes: readonly GroupNote[]): number {
  let earliest = Infinity;
  for (const note of notes) {
    const ms = instant(note.created);
    if (ms !== null && ms < earliest) earliest = ms;
  }
  return earliest === Infinity ? 0 : earliest;
}

function timeAfter(time: string, base: number): number | string {
  const ms = instant(time);
  return ms === null ? time : ms - base;
}

function laterTime(time: string, base: string): number | string {
  const baseMs = instant(base);
  return baseMs === null ? time : timeAfter(time, baseMs);
}

function timeFrom(value: number | string, base: number | string): string {
  if (typeof value === 'string') return value;
  const baseMs = typeof base === 'number' ? base : Date.parse(base);
  return new Date(baseMs + value).toISOString();
}
