import type { Annotation, Creator } from '../../shared/model/annotation';
import type { NoteHit } from '../../shared/model/search';
import { foldForMatch, type FoldedText } from './fold';
import { pinyinSpellings } from './pinyin';
import { parseQuery } from './queryTerms';
import { buildSnippet } from './snippet';
import { DEFAULT_LIMIT, MAX_LIMIT } from './searchIndex';
import { occurrencesIn, termRanges, type PlannedTerm } from './termOccurrences';

/** A pinyin match weighs this much of a character match, as in the article search. */
const PINYIN_WEIGHT = 0.5;
const MAX_OCCURRENCES = 1000;

/** A highlight to search; in a study group, with its replies and whether it is the user's own. */
export type SearchableNote = Annotation & {
  mine?: boolean;
  replies?: ReadonlyArray<{ text: string; creator: Creator }>;
};

interface FoldedField {
  field: NoteHit['field'];
  original: string;
  folded: FoldedText;
  /** Set when the words are another member's. */
  creator?: Creator;
}

/**
 * The second group of search results: highlights whose note or quote contains every query term,
 * with the folding, phrases and pinyin of the article search. A plain scan — a reader's notes are
 * few. Note matches come before quote matches of the same score; `articlesById` supplies titles.
 */
export function searchNotes(
  annotations: readonly SearchableNote[],
  articlesById: ReadonlyMap<string, { title: string }>,
  query: string,
  limit?: number,
  /** The user's member id, so their own replies are not marked as someone else's. */
  myId?: string,
): NoteHit[] {
  if (typeof query !== 'string') return [];
  const terms = parseQuery(query);
  if (terms.length === 0) return [];
  const others = (creator: Creator) => (creator.id === myId ? {} : { creator });
  const notes = annotations.map((annotation) => {
    const theirs = annotation.mine === false ? { creator: annotation.creator } : {};
    const fields: FoldedField[] = [
      {
        field: 'note',
        original: annotation.note,
        folded: foldForMatch(annotation.note),
        ...theirs,
      },
      {
        field: 'quote',
        original: annotation.target.quote.exact,
        folded: foldForMatch(annotation.target.quote.exact),
        ...theirs,
      },
      ...(annotation.replies ?? []).map((reply): FoldedField => ({
        field: 'reply',
        original: reply.text,
        folded: foldForMatch(reply.text),
        ...(annotation.mine === undefined ? {} : others(reply.creator)),
      })),
    ];
    return { annotation, fields };
  });
  const planned = terms.map((text): PlannedTerm => {
    const literal = notes.some((n) => n.fields.some((f) => f.folded.text.includes(text)));
    const spellings = literal ? [] : pinyinSpellings(text);
    return spellings.length > 0 ? { kind: 'pinyin', text, spellings } : { kind: 'literal', text };
  });
  const hits: NoteHit[] = [];
  for (const { annotation, fields } of notes) {
    for (const { field, folded, original, creator } of fields) {
      const counts = planned.map(
        (term) => termRanges(folded.text, term, MAX_OCCURRENCES).length / 2,
      );
      if (counts.some((n) => n === 0)) continue;
      const score = counts.reduce(
        (sum, n, i) => sum + Math.log2(1 + n) * (planned[i]!.kind === 'pinyin' ? PINYIN_WEIGHT : 1),
        0,
      );
      hits.push({
        annotationId: annotation.id,
        articleId: annotation.articleId,
        title: articlesById.get(annotation.articleId)?.title ?? '',
        score: Math.round(score * 1000) / 1000,
        field,
        ...(creator ? { creator } : {}),
        snippet: buildSnippet(
          original,
          occurrencesIn(folded, planned, MAX_OCCURRENCES),
          planned.length,
        ),
      });
      break;
    }
  }
  const max =
    limit === undefined || !Number.isFinite(limit)
      ? DEFAULT_LIMIT
      : Math.min(MAX_LIMIT, Math.max(1, Math.floor(limit)));
  return hits
    .sort((a, b) => b.score - a.score || (a.field === b.field ? 0 : a.field === 'note' ? -1 : 1))
    .slice(0, max);
}
