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
 * is a `<span data-offset>` wrapped in one `<mark>` per layer covering it, so overlapping highlights
 * nest (and blend) and selections map back to canonical offsets.
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
  let node: ReactNode = (
    <span data-offset={segment.start}>
      {aids
        ? rubyText(text, segment.start, segment.end, aids)
        : text.slice(segment.start, segment.end)}
    </span>
  );
  for (const layer of [...segment.covering].reverse()) {
    node = wrapInLayer(layer, node, segment.end === layer.end);
  }
  return <Fragment key={segment.start}>{node}</Fragment>;
}

/** `isEnd`: this piece ends the layer, where a highlight with a note shows its marker. */
function wrapInLayer(layer: TextLayer, children: ReactNode, isEnd: boolean): ReactNode {
  if (layer.kind === 'hit') {
    return <mark className={layer.current ? 'search-hit current' : 'search-hit'}>{children}</mark>;
  }
  if (layer.kind === 'member') {
    const { note, style } = layer.layer;
    const name = note.creator.name;
    return (
      <mark
        className={`member-highlight member-style-${style}`}
        data-annotation-id={note.id}
        data-member-id={note.creator.id}
        data-member={name}
        data-note-end={note.note && isEnd ? '' : undefined}
        title={note.note ? `${name}: ${note.note}` : name}
      >
        {children}
      </mark>
    );
  }
  const { annotation } = layer;
  return (
    <mark
      className={`highlight highlight-${annotation.color}`}
      data-annotation-id={annotation.id}
      data-note-end={annotation.note && isEnd ? '' : undefined}
      title={annotation.note || undefined}
    >
      {children}
    </mark>
  );
}
