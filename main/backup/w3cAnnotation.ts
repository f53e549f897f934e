import type { Annotation } from '../../shared/model/annotation';
import { toCodePointOffset } from '../annotations/anchor';
import { colorStyleClass, colorStylesheet } from './highlightStyle';
import { articleIri, idToIri } from './iri';
import { noteLanguage } from './noteLanguage';

/** The JSON-LD context of the W3C Web Annotation Data Model. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** Yuedu's own JSON-LD prefix, for the one fact the W3C model cannot state (UTF-16 offsets). */
export const YUEDU_CONTEXT = { yuedu: 'yuedu://ns#' } as const;

/** Where Yuedu keeps its exact stored range on the target: `yuedu:position`. */
export const YUEDU_POSITION_KEY = 'yuedu:position';

export interface W3cTextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

export interface W3cTextPositionSelector {
  type: 'TextPositionSelector';
  /** Code points, as the W3C model counts. */
  start: number;
  end: number;
}

export interface W3cTextualBody {
  type: 'TextualBody';
  purpose: 'commenting';
  value: string;
  format: 'text/plain';
  language?: string;
}

/** One Yuedu highlight as a W3C Web Annotation (JSON-LD), the form other tools can read. */
export interface W3cAnnotation {
  '@context': [typeof ANNO_CONTEXT, typeof YUEDU_CONTEXT];
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  created: string;
  modified: string;
  creator: { id: string; type: 'Person'; name: string };
  body?: W3cTextualBody;
  target: {
    type: 'SpecificResource';
    source: string;
    styleClass: string;
    selector: Array<W3cTextQuoteSelector | W3cTextPositionSelector>;
    [YUEDU_POSITION_KEY]: { start: number; end: number; unit: 'utf16' };
  };
  stylesheet: { type: 'CssStylesheet'; value: string };
}

/**
 * Code-point positions for the stored range, but only when the current article text still holds
 * the quote there; otherwise (orphan, article not in the library) a position would point at the
 * wrong words, so only the quote selector is given.
 */
function positionSelector(
  annotation: Annotation,
  articleText: string | undefined,
): W3cTextPositionSelector | null {
  const { start, end } = annotation.target.position;
  if (articleText === undefined || articleText.slice(start, end) !== annotation.target.quote.exact)
    return null;
  return {
    type: 'TextPositionSelector',
    start: toCodePointOffset(articleText, start),
    end: toCodePointOffset(articleText, end),
  };
}

function quoteSelector({ exact, prefix, suffix }: Annotation['target']['quote']) {
  const selector: W3cTextQuoteSelector = { type: 'TextQuoteSelector', exact };
  if (prefix !== '') selector.prefix = prefix;
  if (suffix !== '') selector.suffix = suffix;
  return selector;
}

function noteBody(note: string): W3cTextualBody {
  const body: W3cTextualBody = {
    type: 'TextualBody',
    purpose: 'commenting',
    value: note,
    format: 'text/plain',
  };
  const language = noteLanguage(note);
  if (language) body.language = language;
  return body;
}

/**
 * Writes one annotation in the W3C model: motivation `highlighting` (or `commenting` with a note
 * body), the colour as a W3C style class, and quote + code-point position selectors. The stored
 * UTF-16 range rides along as `yuedu:position` so a restore is exact even for orphans.
 */
export function toW3cAnnotation(
  annotation: Annotation,
  articleText: string | undefined,
): W3cAnnotation {
  const position = positionSelector(annotation, articleText);
  const hasNote = annotation.note !== '';
  const { start, end } = annotation.target.position;
  return {
    '@context': [ANNO_CONTEXT, YUEDU_CONTEXT],
    id: idToIri('annotation', annotation.id),
    type: 'Annotation',
    motivation: hasNote ? 'commenting' : 'highlighting',
    created: annotation.created,
    modified: annotation.modified,
    creator: {
      id: idToIri('user', annotation.creator.id),
      type: 'Person',
      name: annotation.creator.name,
    },
    ...(hasNote ? { body: noteBody(annotation.note) } : {}),
    target: {
      type: 'SpecificResource',
      source: articleIri(annotation.articleId),
      styleClass: colorStyleClass(annotation.color),
      selector: position
        ? [quoteSelector(annotation.target.quote), position]
        : [quoteSelector(annotation.target.quote)],
      [YUEDU_POSITION_KEY]: { start, end, unit: 'utf16' },
    },
    stylesheet: colorStylesheet(annotation.color),
  };
}
