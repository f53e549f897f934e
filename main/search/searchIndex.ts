import { createHash } from 'node:crypto';
import MiniSearch, { type Options } from 'minisearch';
import type { Article } from '../../shared/model/article';
import type { SearchHit } from '../../shared/model/search';
import { candidateQuery } from './candidateQuery';
import { foldText } from './fold';
import { indexTerms } from './indexTerms';
import { parseQuery } from './queryTerms';
import { buildSnippet, findOccurrences, type Occurrence } from './snippet';
import { isEncodedHan } from './termCodec';

/** Results returned when the caller gives no limit. */
export const DEFAULT_LIMIT = 20;
/** Most results one search returns. */
export const MAX_LIMIT = 100;
const FORMAT = 'yuedu-search-index';
const FORMAT_VERSION = 1;
const TITLE_BOOST = 3;

type IndexedDoc = Pick<Article, 'id' | 'title' | 'text'>;

/** Options for both building and loading: MiniSearch does not persist its tokenizer. */
function miniSearchOptions(tokenize: (text: string) => string[]): Options<IndexedDoc> {
  return {
    idField: 'id',
    fields: ['title', 'text'],
    storeFields: [],
    tokenize,
    processTerm: (term) => term,
    searchOptions: {
      boost: { title: TITLE_BOOST },
      tokenize: (term) => [term],
      processTerm: (term) => term,
      prefix: false,
      fuzzy: false,
      weights: { fuzzy: 0, prefix: 1 },
    },
  };
}

/** Identifies the exact article set an index was built from, so a stale index is never loaded. */
function fingerprint(articles: Map<string, Article>): string {
  const hash = createHash('sha256');
  for (const id of [...articles.keys()].sort()) {
    const a = articles.get(id)!;
    for (const part of [a.id, a.title, a.text]) hash.update(`${part.length}:${part}`);
  }
  return hash.digest('hex');
}

function byId(articles: Article[]): Map<string, Article> {
  const map = new Map<string, Article>();
  for (const a of articles) if (!map.has(a.id)) map.set(a.id, a);
  return map;
}

function clampLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_LIMIT;
  return Math.min(MAX_LIMIT, Math.max(1, Math.floor(limit)));
}

interface SerializedIndex {
  format: typeof FORMAT;
  version: typeof FORMAT_VERSION;
  fingerprint: string;
  words: string[];
  index: unknown;
}

/**
 * Chinese full-text search over the library. MiniSearch (BM25, title boosted) proposes
 * candidates from Han bigrams and words; each candidate is then checked to contain every query
 * term literally (after folding), so results are exactly the articles containing the query.
 */
export class SearchIndex {
  private readonly folded = new Map<string, { title: string; text: string }>();

  private constructor(
    private readonly mini: MiniSearch<IndexedDoc>,
    private readonly articles: Map<string, Article>,
    /** Every word/number term in the index, to find the words that contain a query's word. */
    private readonly words: string[],
    private readonly print: string,
  ) {}

  /** Indexes the articles (a repeated id keeps its first article). */
  static build(articles: Article[]): SearchIndex {
    const map = byId(articles);
    const words = new Set<string>();
    const mini = new MiniSearch<IndexedDoc>(
      miniSearchOptions((text) => {
        const terms = indexTerms(text);
        for (const term of terms) if (!isEncodedHan(term)) words.add(term);
        return terms;
      }),
    );
    for (const a of map.values()) mini.add({ id: a.id, title: a.title, text: a.text });
    return new SearchIndex(mini, map, [...words].sort(), fingerprint(map));
  }

  /**
   * Restores an index saved with `toJSON` for the same articles. Throws if the JSON is not a
   * saved index or was built from different articles; the caller should then `build` afresh.
   */
  static load(json: string, articles: Article[]): SearchIndex {
    const data = JSON.parse(json) as Partial<SerializedIndex> | null;
    if (data?.format !== FORMAT || data.version !== FORMAT_VERSION || !Array.isArray(data.words)) {
      throw new Error('Not a saved search index of this version');
    }
    const map = byId(articles);
    const print = fingerprint(map);
    if (data.fingerprint !== print) throw new Error('Saved search index is for different articles');
    const mini = MiniSearch.loadJS(
      data.index as Parameters<typeof MiniSearch.loadJS>[0],
      miniSearchOptions(indexTerms),
    );
    return new SearchIndex(mini, map, data.words, print);
  }

  /** Serializes the index, with what `load` needs to check it still fits the articles. */
  toJSON(): string {
    const data: SerializedIndex = {
      format: FORMAT,
      version: FORMAT_VERSION,
      fingerprint: this.print,
      words: this.words,
      index: this.mini,
    };
    return JSON.stringify(data);
  }

  /**
   * Articles containing every whitespace-separated term of the query (`"..."` keeps a phrase),
   * best BM25 score first, at most `limit` (default 20, clamped to 1..100). Queries are cut to
   * MAX_QUERY_LENGTH characters; a query without letters, digits or Han characters finds nothing.
   */
  search(query: string, limit?: number): SearchHit[] {
    if (typeof query !== 'string') return [];
    const terms = parseQuery(query);
    if (terms.length === 0) return [];
    const plan = candidateQuery(terms, this.words);
    if (plan.kind === 'none') return [];
    const candidates =
      plan.kind === 'all'
        ? [...this.articles.keys()].map((id) => ({ id, score: 0 }))
        : this.mini.search(plan.query).map((r) => ({ id: String(r.id), score: r.score }));
    const max = clampLimit(limit);
    const hits: SearchHit[] = [];
    for (const { id, score } of candidates) {
      if (hits.length >= max) break;
      const hit = this.verify(id, terms, score);
      if (hit) hits.push(hit);
    }
    return hits;
  }

  private foldedOf(article: Article): { title: string; text: string } {
    let f = this.folded.get(article.id);
    if (!f) {
      f = { title: foldText(article.title), text: foldText(article.text) };
      this.folded.set(article.id, f);
    }
    return f;
  }

  /** The hit for a candidate if it really contains every term, else null. */
  private verify(id: string, terms: string[], score: number): SearchHit | null {
    const article = this.articles.get(id);
    if (!article) return null;
    const folded = this.foldedOf(article);
    if (!terms.every((t) => folded.text.includes(t) || folded.title.includes(t))) return null;
    const occurrences = findOccurrences(folded.text, terms);
    return {
      articleId: id,
      title: article.title,
      score: Math.round(score * 1000) / 1000,
      snippet: buildSnippet(article.text, occurrences, terms.length),
      match: firstMatch(occurrences, terms.length),
    };
  }
}

/** The first occurrence of the earliest query term found in the text; null if only the title matched. */
function firstMatch(occurrences: Occurrence[], termCount: number): SearchHit['match'] {
  for (let term = 0; term < termCount; term++) {
    const o = occurrences.find((x) => x.term === term);
    if (o) return { start: o.start, end: o.end };
  }
  return null;
}
