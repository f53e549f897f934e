import { createHash } from 'node:crypto';
import MiniSearch, { type AsPlainObject, type Options, type Query } from 'minisearch';
import type { Article } from '../../shared/model/article';
import type { SearchHit } from '../../shared/model/search';
import { planTerm, type TermPlan } from './candidateQuery';
import { foldForMatch, type FoldedText } from './fold';
import { indexTerms } from './indexTerms';
import { parseQuery } from './queryTerms';
import { buildSnippet, type Occurrence } from './snippet';
import { occurrencesIn, termRanges, toOccurrences } from './termOccurrences';
import { TermProbe } from './termProbe';
import { WordTable } from './wordTable';

/** Results returned when the caller gives no limit. */
export const DEFAULT_LIMIT = 20;
/** Most results one search returns. */
export const MAX_LIMIT = 100;
const FORMAT = 'yuedu-search-index';
/** 3: MiniSearch again (2 was the posting-list prototype), with a counted word table. */
const FORMAT_VERSION = 3;
/** A title match weighs this many text matches in MiniSearch's BM25. */
const TITLE_BOOST = 3;
const FIELDS = ['title', 'text'] as const;
/** Occurrences per term used for a snippet; the window needs only the first few. */
const SNIPPET_OCCURRENCES = 500;
/** Occurrences per term `matchesIn` reports. */
const MAX_MATCHES_PER_TERM = 10_000;

/** What MiniSearch indexes: an article's id and its folded title and text. */
interface IndexedDoc {
  id: string;
  title: string;
  text: string;
}

/** An article with its folded title and text, cached: verification and snippets read them. */
interface Doc {
  article: Article;
  title: FoldedText;
  text: FoldedText;
}

interface SerializedIndex {
  format: typeof FORMAT;
  version: typeof FORMAT_VERSION;
  fingerprint: string;
  words: unknown;
  index: AsPlainObject;
}

/** Options for building and loading alike: MiniSearch does not persist its tokenizer. */
const MINI_OPTIONS: Options<IndexedDoc> = {
  idField: 'id',
  fields: [...FIELDS],
  storeFields: [],
  tokenize: (folded) => indexTerms(folded).terms,
  processTerm: (term) => term,
  autoVacuum: false,
  searchOptions: {
    boost: { title: TITLE_BOOST },
    tokenize: (term) => [term],
    processTerm: (term) => term,
    prefix: false,
    fuzzy: false,
    weights: { fuzzy: 0, prefix: 1 },
  },
};

/** Identifies the exact article set an index was built from, so a stale index is never loaded. */
function fingerprint(articles: Iterable<Article>): string {
  const sorted = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const hash = createHash('sha256');
  for (const a of sorted)
    for (const part of [a.id, a.title, a.text]) hash.update(`${part.length}:${part}`);
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

function foldDoc(article: Article): Doc {
  return { article, title: foldForMatch(article.title), text: foldForMatch(article.text) };
}

function wordsOf(doc: Doc): string[] {
  return [...indexTerms(doc.title.text).words, ...indexTerms(doc.text.text).words];
}

/**
 * MiniSearch's index of the articles, made the way `add` would make it but counted in bulk:
 * `add` walks the term tree once per token (millions), this once per distinct term.
 */
function bulkIndex(docs: Doc[], words: WordTable): MiniSearch<IndexedDoc> {
  // Per term and field, flat (shortId, tf) pairs: growing arrays of small integers are far cheaper
  // than growing one object or Map per term (measured 0.6 s against 3–5 s at 1,000 articles).
  const postings = new Map<string, Array<number[] | undefined>>();
  const documentIds: Record<number, string> = {};
  const fieldLength: Record<number, number[]> = {};
  const totals = [0, 0];
  docs.forEach((doc, shortId) => {
    documentIds[shortId] = doc.article.id;
    const lengths: number[] = [];
    const docWords: string[] = [];
    [doc.title.text, doc.text.text].forEach((folded, fieldId) => {
      const { terms, words: fieldWords } = indexTerms(folded);
      docWords.push(...fieldWords);
      const counts = new Map<string, number>();
      for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
      lengths.push(counts.size);
      totals[fieldId]! += counts.size;
      for (const [term, tf] of counts) {
        let fields = postings.get(term);
        if (!fields) postings.set(term, (fields = []));
        (fields[fieldId] ??= []).push(shortId, tf);
      }
    });
    fieldLength[shortId] = lengths;
    words.addArticle(docWords);
  });
  const index: AsPlainObject['index'] = [];
  for (const [term, fields] of postings) {
    const data: Record<string, Record<string, number>> = {};
    fields.forEach((pairs, fieldId) => {
      if (!pairs) return;
      const freqs: Record<number, number> = {};
      for (let i = 0; i < pairs.length; i += 2) freqs[pairs[i]!] = pairs[i + 1]!;
      data[fieldId] = freqs;
    });
    index.push([term, data]);
  }
  const n = docs.length;
  return MiniSearch.loadJS(
    {
      documentCount: n,
      nextId: n,
      documentIds,
      fieldIds: { title: 0, text: 1 },
      fieldLength,
      averageFieldLength: totals.map((t) => (n === 0 ? 0 : t / n)),
      storedFields: {},
      dirtCount: 0,
      index,
      serializationVersion: 2,
    },
    MINI_OPTIONS,
  );
}

/**
 * Chinese full-text search over the library, with MiniSearch as the engine: it indexes folded
 * Han bigrams (on a small alphabet, see termCodec), run-final characters and words, finds the
 * candidates of a query and scores them (BM25, title boosted). Candidates are then checked to
 * contain every query term in the folded text, unless MiniSearch's answer is already exact (Han
 * terms of one or two characters, whole words), so results are exactly the articles containing
 * every term.
 */
export class SearchIndex {
  private readonly docs = new Map<string, Doc>();
  private probe: TermProbe;

  private constructor(
    private mini: MiniSearch<IndexedDoc>,
    private readonly articles: Map<string, Article>,
    private readonly words: WordTable,
  ) {
    this.probe = new TermProbe(mini);
  }

  /** Indexes the articles (a repeated id keeps its first article). */
  static build(articles: Article[]): SearchIndex {
    const map = byId(articles);
    const docs = [...map.values()].map(foldDoc);
    const words = new WordTable();
    const index = new SearchIndex(bulkIndex(docs, words), map, words);
    for (const doc of docs) index.docs.set(doc.article.id, doc);
    return index;
  }

  /**
   * Restores an index saved with `toJSON` for the same articles. Throws if the JSON is not a
   * saved index or was built from different articles; the caller should then `build` afresh.
   */
  static load(json: string, articles: Article[]): SearchIndex {
    const data = JSON.parse(json) as Partial<SerializedIndex> | null;
    if (
      data?.format !== FORMAT ||
      data.version !== FORMAT_VERSION ||
      typeof data.index !== 'object' ||
      data.index === null
    ) {
      throw new Error('Not a saved search index of this version');
    }
    const map = byId(articles);
    if (data.fingerprint !== fingerprint(map.values())) {
      throw new Error('Saved search index is for different articles');
    }
    const mini = MiniSearch.loadJS(data.index, MINI_OPTIONS);
    if (mini.documentCount !== map.size || [...map.keys()].some((id) => !mini.has(id))) {
      throw new Error('Saved search index is for different articles');
    }
    return new SearchIndex(mini, map, WordTable.fromJSON(data.words));
  }

  /** Serializes the index: MiniSearch's JSON, the word table and the article-set fingerprint. */
  toJSON(): string {
    const data: Omit<SerializedIndex, 'index'> & { index: MiniSearch<IndexedDoc> } = {
      format: FORMAT,
      version: FORMAT_VERSION,
      fingerprint: fingerprint(this.articles.values()),
      words: this.words.toJSON(),
      index: this.mini,
    };
    return JSON.stringify(data);
  }

  /** Whether an article with this id is indexed. */
  has(articleId: string): boolean {
    return this.articles.has(articleId);
  }

  /** Indexes one more article; an article already indexed under the id is replaced. */
  add(article: Article): void {
    this.remove(article.id);
    const doc = foldDoc(article);
    this.mini.add({ id: article.id, title: doc.title.text, text: doc.text.text });
    this.words.addArticle(wordsOf(doc));
    this.articles.set(article.id, article);
    this.docs.set(article.id, doc);
  }

  /** Takes an article out of the index; unknown ids are ignored. */
  remove(articleId: string): void {
    const article = this.articles.get(articleId);
    if (!article) return;
    const doc = this.doc(article);
    // `remove` takes the postings out exactly; `discard` would leave them to skew BM25 until a vacuum.
    this.mini.remove({ id: articleId, title: doc.title.text, text: doc.text.text });
    this.words.removeArticle(wordsOf(doc));
    this.articles.delete(articleId);
    this.docs.delete(articleId);
    if (this.mini.documentCount === 0) {
      // MiniSearch's running average field length breaks at zero documents: start afresh.
      this.mini = new MiniSearch<IndexedDoc>(MINI_OPTIONS);
      this.probe = new TermProbe(this.mini);
    }
  }

  /**
   * Articles containing every whitespace-separated term of the query (`"..."` keeps a phrase),
   * best BM25 score first, at most `limit` (default 20, clamped to 1..100). Queries are cut to
   * MAX_QUERY_LENGTH characters; a query without letters, digits or Han characters finds nothing.
   */
  search(query: string, limit?: number): SearchHit[] {
    const plans = this.plan(query);
    if (!plans) return [];
    const max = clampLimit(limit);
    const terms = plans.map((p) => p.term);
    const hits: SearchHit[] = [];
    for (const { id, score } of this.candidates(plans)) {
      if (hits.length >= max) break;
      const doc = this.doc(this.articles.get(id)!);
      // One pass per term over the text confirms the candidate, counts its hits and places the snippet.
      const ranges = terms.map((term) => termRanges(doc.text.text, term, Infinity));
      const confirmed = terms.every(
        (term, i) => ranges[i]!.length > 0 || termRanges(doc.title.text, term, 1).length > 0,
      );
      if (!confirmed) continue;
      const occurrences = toOccurrences(doc.text, ranges, SNIPPET_OCCURRENCES);
      hits.push({
        articleId: id,
        title: doc.article.title,
        score: Math.round(score * 1000) / 1000,
        snippet: buildSnippet(doc.article.text, occurrences, terms.length),
        match: firstMatch(occurrences, terms.length),
        hits: ranges.reduce((n, r) => n + r.length / 2, 0),
      });
    }
    return hits;
  }

  /** Ids of every article the query finds, best first, without snippets (benchmarks, checks). */
  matchingIds(query: string): string[] {
    const plans = this.plan(query);
    if (!plans) return [];
    const ids = this.candidates(plans).map((c) => c.id);
    const unchecked = plans.filter((p) => !p.exact).map((p) => p.term);
    if (unchecked.length === 0) return ids;
    return ids.filter((id) => {
      const doc = this.doc(this.articles.get(id)!);
      return unchecked.every(
        (term) =>
          termRanges(doc.text.text, term, 1).length > 0 ||
          termRanges(doc.title.text, term, 1).length > 0,
      );
    });
  }

  /**
   * Every occurrence of the query's terms in the article's text, in text order, as original
   * offsets: what the reader marks and walks with next/previous hit. Terms are read as in `search`.
   */
  matchesIn(article: Article, query: string): Array<{ start: number; end: number }> {
    if (typeof query !== 'string') return [];
    // Pinyin sequences are those found in indexed texts: another article is scanned by spelling.
    const indexed = this.articles.get(article.id) === article;
    const terms = parseQuery(query).map((text) => {
      const { term } = planTerm(text, this.context);
      return term.kind === 'pinyin' && !indexed ? { ...term, sequences: undefined } : term;
    });
    const seen = new Set<string>();
    const matches: Array<{ start: number; end: number }> = [];
    for (const o of occurrencesIn(foldForMatch(article.text), terms, MAX_MATCHES_PER_TERM)) {
      const key = `${o.start}:${o.end}`;
      if (!seen.has(key)) {
        seen.add(key);
        matches.push({ start: o.start, end: o.end });
      }
    }
    return matches;
  }

  /** The planner's view of this index (see candidateQuery). */
  get context() {
    return { words: this.words, probe: this.probe };
  }

  private plan(query: string): TermPlan[] | null {
    if (typeof query !== 'string') return null;
    const terms = parseQuery(query);
    if (terms.length === 0) return null;
    const context = this.context;
    return terms.map((text) => planTerm(text, context));
  }

  /** MiniSearch's documents for all terms together, best score first. */
  private candidates(plans: TermPlan[]): Array<{ id: string; score: number }> {
    if (plans.some((p) => p.query === null)) return [];
    const queries = plans.map((p) => p.query as Query);
    const query: Query = queries.every((q) => q === MiniSearch.wildcard)
      ? MiniSearch.wildcard
      : { queries, combineWith: 'AND' };
    return this.mini.search(query).map((r) => ({ id: r.id as string, score: r.score }));
  }

  private doc(article: Article): Doc {
    let doc = this.docs.get(article.id);
    if (!doc) this.docs.set(article.id, (doc = foldDoc(article)));
    return doc;
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
