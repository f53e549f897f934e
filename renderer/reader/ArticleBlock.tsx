import { Fragment, memo, type ReactNode } from 'react';
import type { Annotation } from '../../shared/model/annotation';
import type { Block } from '../../shared/model/article';
import type { GroupNote } from '../../shared/model/group';
import { rubyText, type RunAids } from '../aids/RubyText';
import { segmentRange, type Segment, type Span } from './segmentRange';

/** Another study-group member's highlight and the style (colour and underline) of that member. */
export interface MemberLayer {
  note: GroupNote;
  style: number;
}

/**
 * Something drawn over the text: a user's highlight, another member's, or a search hit (one of
 * them the current one).
 */
export type TextLayer =
  | { kind: 'highlight'; start: number; end: number; annotation: Annotation }
  | { kind: 'member'; start: number; end: number; layer: MemberLayer }
  | { kind: 'hit'; start: number; end: number; current: boolean };

const NO_MEMBERS: readonly MemberLayer[] = [];

/** True when two member layers draw the same mark, so a block need not be drawn again. */
export function drawsAlike(a: MemberLayer, b: MemberLayer): boolean {
  return (
    a === b ||
    (a.style === b.style &&
      a.note.id === b.note.id &&
      a.note.creator.id === b.note.creator.id &&
      a.note.creator.name === b.note.creator.name &&
      a.note.note === b.note.note &&
      a.note.target.position.start === b.note.target.position.start &&
      a.note.target.position.end === b.note.target.position.end)
  );
}

interface ArticleBlockProps {
  block: Block;
  text: string;
  highlights: readonly Annotation[];
  /** Other study-group members' highlights inside this block, drawn under the user's own. */
  others?: readonly MemberLayer[];
  /** The search hits inside this block. */
  hits: readonly Span[];
  /** The hit the reader is on, when it is inside this block (else null, so other blocks keep their render). */
  current: Span | null;
  /** This block states the article's title: it is drawn as the page's title (`h1`). */
  asTitle?: boolean;
  /** Pinyin ruby and tone colours, when the reader turned them on. */
  aids?: RunAids | null;
}

/**
 * One block of the article. Its text is cut at every highlight and search-hit boundary; each piece
 * is wrapped in one `<mark>` per layer covering it, so overlapping highlights nest (and blend), and
 * its innermost element (a plain `<span>` when nothing covers it) carries `data-offset`, so
 * selections map back to canonical offsets.
 */
export const ArticleBlock = memo(function ArticleBlock({
  block,
  text,
  highlights,
  others = NO_MEMBERS,
  hits,
  current,
  asTitle = false,
  aids = null,
}: ArticleBlockProps) {
  const layers: TextLayer[] = highlights.map((annotation) => ({
    kind: 'highlight',
    start: annotation.target.position.start,
    end: annotation.target.position.end,
    annotation,
  }));
  for (const layer of others) {
    const { start, end } = layer.note.target.position;
    layers.push({ kind: 'member', start, end, layer });
  }
  for (const hit of hits) {
    const isCurrent = current !== null && hit.start === current.start && hit.end === current.end;
    layers.push({ kind: 'hit', start: hit.start, end: hit.end, current: isCurrent });
  }
  const segments = segmentRange(block.start, block.end, layers);
  const content = segments.map((segment) => renderSegment(segment, text, aids));
  const common = {
    className: asTitle ? 'article-title block block-title' : `block block-${block.kind}`,
    tabIndex: 0,
    'data-block-start': block.start,
    'data-block-end': block.end,
  };
  if (asTitle) return <h1 {...common}>{content}</h1>;
  return block.kind === 'heading' ? <h2 {...common}>{content}</h2> : <p {...common}>{content}</p>;
});

function renderSegment(segment: Segment<TextLayer>, text: string, aids: RunAids | null): ReactNode {
  const content = aids
    ? rubyText(text, segment.start, segment.end, aids)
    : text.slice(segment.start, segment.end);
  const hits: Array<TextLayer & { kind: 'hit' }> = [];
  const members: MemberLayer[] = [];
  let membersEnd = false;
  const outer: TextLayer[] = [];
  for (const layer of segment.covering) {
    if (layer.kind === 'member') {
      members.push(layer.layer);
      if (layer.end === segment.end && layer.layer.note.note) membersEnd = true;
    } else if (layer.kind === 'hit') hits.push(layer);
    else outer.push(layer);
  }
  // The innermost element carries the piece's canonical offset: one element per marked piece.
  let offset: number | undefined = segment.start;
  const taken = () => {
    const own = offset;
    offset = undefined;
    return own;
  };
  let node: ReactNode = content;
  for (const hit of hits) node = wrapInLayer(hit, node, segment.end === hit.end, taken());
  if (members.length > 0) node = membersMark(members, node, membersEnd, taken());
  for (const layer of outer.reverse())
    node = wrapInLayer(layer, node, segment.end === layer.end, taken());
  if (offset !== undefined) node = <span data-offset={offset}>{node}</span>;
  return <Fragment key={segment.start}>{node}</Fragment>;
}

/**
 * Every other member's highlight over one piece of text, as one mark: in the style of the last
 * (innermost) one, with a second member's line beneath it where two overlap, all their names, and
 * all their ids (`data-annotation-ids`) so each highlight can be found. One element per piece,
 * not one per member, keeps thousands of group highlights cheap to draw.
 */
function membersMark(
  members: readonly MemberLayer[],
  children: ReactNode,
  noteEnd: boolean,
  offset: number | undefined,
) {
  const top = members[members.length - 1]!;
  const names = [...new Set(members.map((m) => m.note.creator.name))].join(', ');
  const second = members.findLast((m) => m.style !== top.style);
  const note = top.note.note;
  return (
    <mark
      className={`member-highlight member-style-${top.style}${second ? ` member-second-${second.style}` : ''}`}
      data-annotation-id={top.note.id}
      data-annotation-ids={members.map((m) => m.note.id).join(' ')}
      data-member={names}
      data-offset={offset}
      data-note-end={noteEnd ? '' : undefined}
      title={note ? `${names}: ${note}` : names}
    >
      {children}
    </mark>
  );
}

/** `isEnd`: this piece ends the layer, where a highlight with a note shows its marker. */
function wrapInLayer(
  layer: TextLayer,
  children: ReactNode,
  isEnd: boolean,
  offset: number | undefined,
): ReactNode {
  if (layer.kind === 'hit') {
    return (
      <mark className={layer.current ? 'search-hit current' : 'search-hit'} data-offset={offset}>
        {children}
      </mark>
    );
  }
  if (layer.kind === 'member') return children;
  const { annotation } = layer;
  return (
    <mark
      className={`highlight highlight-${annotation.color}`}
      data-annotation-id={annotation.id}
      data-note-end={annotation.note && isEnd ? '' : undefined}
      title={annotation.note || undefined}
      data-offset={offset}
    >
      {children}
    </mark>
  );
}
