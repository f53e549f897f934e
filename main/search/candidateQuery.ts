import type { Query } from 'minisearch';
import { encodeTerm } from './termCodec';
import { isHanChar, tokenize } from './tokenize';

/** A word token contained in more index words than this is skipped: too broad to narrow the candidates. */
const MAX_WORD_EXPANSION = 200;
/** Tokens used to fetch candidates; any subset gives a superset of the true matches, which are verified afterwards. */
const MAX_CANDIDATE_TOKENS = 32;

/** What MiniSearch should be asked: a query tree, every document, or nothing can match. */
export type CandidateQuery = { kind: 'query'; query: Query } | { kind: 'all' } | { kind: 'none' };

/**
 * Turns query terms into a MiniSearch query whose results include every article containing all
 * terms (verification then removes the rest). Han bigrams are looked up exactly; a single Han
 * character by prefix (bigrams starting with it, or the run-final unigram); a word or number
 * becomes the OR of the index words containing it, since "20" must find "2020" and "g20".
 */
export function candidateQuery(terms: string[], indexWords: readonly string[]): CandidateQuery {
  const tokens = [...new Set(terms.flatMap((term) => tokenize(term)))];
  const queries: Query[] = [];
  for (const token of tokens) {
    if (queries.length >= MAX_CANDIDATE_TOKENS) break;
    if (isHanChar(String.fromCodePoint(token.codePointAt(0)!))) {
      const encoded = encodeTerm(token);
      queries.push([...token].length === 1 ? { queries: [encoded], prefix: true } : encoded);
      continue;
    }
    const words = indexWords.filter((word) => word.includes(token));
    if (words.length === 0) return { kind: 'none' };
    if (words.length <= MAX_WORD_EXPANSION) queries.push({ queries: words, combineWith: 'OR' });
  }
  return queries.length === 0
    ? { kind: 'all' }
    : { kind: 'query', query: { queries, combineWith: 'AND' } };
}
