// The posting-list engine prototyped for issue 3 (not shipped: the issue keeps MiniSearch). Kept
// as a comparison row in the search benchmark, "what we tried".
import { createHash } from 'node:crypto';
import type { Article } from '../../../shared/model/article';
import type { SearchHit } from '../../../shared/model/search';
import { foldForMatch, type FoldedText } from '../../../main/search/fold';
import { pinyinSpellings } from '../../../main/search/pinyin';
import { PostingIndex } from './postingIndex';
import { parseQuery } from '../../../main/search/queryTerms';
import { buildSnippet, type Occurrence } from '../../../main/search/snippet';
import {
  MAX_SEQUENCES_SEARCHED,
  occurrencesIn,
  termRanges,
  toOccurrences,
  type PlannedTerm,
} from '../../../main/search/termOccurrences';
import {
  SlotCounts,
  literalCounts,
  pinyinSequences,
  scanPinyin,
  type IndexedField,
} from './termDocs';

/** Results returned when the caller gives no limit. */
export const DEFAULT_LIMIT = 20;
/** Most results one search returns. */
export const MAX_LIMIT = 100;
const FORMAT = 'yuedu-search-index';
const FORMAT_VERSION = 2;
/** A title occurrence counts this many times a text occurrence. */
const TITLE_BOOST = 3;
/** A pinyin match weighs this much of a character match, so characters typed rank first. */
const PINYIN_WEIGHT = 0.5;
const BM25_K1 = 1.2;
const BM25_B = 0.75;
/** Occurrences per term used for a snippet; the window needs only the first few. */
const SNIPPET_OCCURRENCES = 500;
/** Occurrences per term `matchesIn` reports. */
const MAX_MATCHES_PER_TERM = 10_000;
/** Removed documents tolerated in the postings before they are rebuilt without them. */
const MAX_REMOVED = 64;

interface Doc {
  article: Article;
  title: FoldedText;
  text: FoldedText;
}

interface TermMatches {
  term: PlannedTerm;
  /** slot → occurrences in the text / in the title. */
  text: SlotCounts;
  title: SlotCounts;
}

interface SerializedIndex {
  format: typeof FORMAT;
  version: typeof FORMAT_VERSION;
  fingerprint: string;
  ids: string[];
  title: string;
  text: string;
}

/** Identifies the exact article set an index was built from, so a stale index is never loaded. */
function fingerprint(articles: Iterable<Article>): string {
  const sorted = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const hash = createHash('sha256');
  for (const a of sorted)
    for (const part of [a.id, a.title, a.text]) hash.update(`${part.length}:${part}`);
  return hash.digest('hex');
}

function clampLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_LIMIT;
  return Math.min(MAX_LIMIT, Math.max(1, Math.floor(limit)));
}

function bm25(tf: number, length: number, averageLength: number): number {
  if (tf === 0) return 0;
  const norm = 1 - BM25_B + (BM25_B * length) / Math.max(1, averageLength);
  return (tf * (BM25_K1 + 1)) / (tf + BM25_K1 * norm);
}

/**
 * Chinese full-text search over the library. Postings of folded characters and character pairs
 * give each term's documents exactly (longer terms are checked with indexOf among the documents
 * holding all their pairs), so results are exactly the articles containing every query term;
 * they are ranked by BM25 over the query terms, a title occurrence counting TITLE_BOOST times.
 */
export class PostingSearchIndex {
  private readonly docs: Array<Doc | undefined> = [];
  private readonly slots = new Map<string, number>();
  private idOrderCache: Int32Array | null = null;
  private titleLengths = 0;
  private textLengths = 0;
  private readonly titleField: IndexedField;
  private readonly textField: IndexedField;

  private constructor(
    private titlePostings: PostingIndex,
    private textPostings: PostingIndex,
  ) {
    this.titleField = {
      postings: titlePostings,
      textOf: (slot) => this.docs[slot]?.title.text,
    };
    this.textField = {
      postings: textPostings,
      textOf: (slot) => this.docs[slot]?.text.text,
    };
  }

  /** Indexes the articles (a repeated id keeps its first article). */
  static build(articles: Article[]): PostingSearchIndex {
    const index = new PostingSearchIndex(new PostingIndex(), new PostingIndex());
    for (const article of articles) if (!index.has(article.id)) index.add(article);
    return index;
  }

  /**
   * Restores an index saved with `toJSON` for the same articles. Throws if the JSON is not a
   * saved index or was built from different articles; the caller should then `build` afresh.
   */
  static load(json: string, articles: Article[]): PostingSearchIndex {
    const data = JSON.parse(json) as Partial<SerializedIndex> | null;
    if (
      data?.format !== FORMAT ||
      data.version !== FORMAT_VERSION ||
      !Array.isArray(data.ids) ||
      typeof data.title !== 'string' ||
      typeof data.text !== 'string'
    ) {
      throw new Error('Not a saved search index of this version');
    }
    const byId = new Map<string, Article>();
    for (const a of articles) if (!byId.has(a.id)) byId.set(a.id, a);
    if (data.fingerprint !== fingerprint(byId.values()) || data.ids.length !== byId.size) {
      throw new Error('Saved search index is for different articles');
    }
    const index = new PostingSearchIndex(
      PostingIndex.decode(data.title),
      PostingIndex.decode(data.text),
    );
    data.ids.forEach((id, slot) => {
      const article = byId.get(id);
      if (!article) throw new Error('Saved search index is for different articles');
      index.place(slot, article);
    });
    return index;
  }

  /** Serializes the index (live articles only), with what `load` needs to check it still fits. */
  toJSON(): string {
    const renumbered = new Map<number, number>();
    const ids: string[] = [];
    this.docs.forEach((doc, slot) => {
      if (!doc) return;
      renumbered.set(slot, ids.length);
      ids.push(doc.article.id);
    });
    const renumber = (slot: number) => renumbered.get(slot) ?? -1;
    const data: SerializedIndex = {
      format: FORMAT,
      version: FORMAT_VERSION,
      fingerprint: fingerprint(this.liveDocs().map((d) => d.article)),
      ids,
      title: this.titlePostings.encode(renumber),
      text: this.textPostings.encode(renumber),
    };
    return JSON.stringify(data);
  }

  /** Whether an article with this id is indexed. */
  has(articleId: string): boolean {
    return this.slots.has(articleId);
  }

  /** Indexes one more article; an article already indexed under the id is replaced. */
  add(article: Article): void {
    if (this.has(article.id)) this.remove(article.id);
    this.idOrderCache = null;
    const slot = this.docs.length;
    const doc = this.place(slot, article);
    this.titlePostings.add(slot, doc.title.text);
    this.textPostings.add(slot, doc.text.text);
  }

  /** Takes an article out of the results; unknown ids are ignored. */
  remove(articleId: string): void {
    const slot = this.slots.get(articleId);
    if (slot === undefined) return;
    const doc = this.docs[slot]!;
    this.docs[slot] = undefined;
    this.slots.delete(articleId);
    this.idOrderCache = null;
    this.titleLengths -= doc.title.text.length;
    this.textLengths -= doc.text.text.length;
    if (this.docs.length - this.slots.size > MAX_REMOVED) this.compact();
  }

  /**
   * Articles containing every whitespace-separated term of the query (`"..."` keeps a phrase),
   * best BM25 score first, at most `limit` (default 20, clamped to 1..100). Queries are cut to
   * MAX_QUERY_LENGTH characters; a query without letters, digits or Han characters finds nothing.
   */
  search(query: string, limit?: number): SearchHit[] {
    const ranked = this.rank(query);
    if (!ranked) return [];
    const max = clampLimit(limit);
    const { terms } = ranked;
    const hits: SearchHit[] = [];
    for (const { slot, score } of ranked.results) {
      if (hits.length >= max) break;
      const doc = this.docs[slot]!;
      // One pass per term over the text confirms the candidate, counts its hits and places the snippet.
      const ranges = terms.map((term) => termRanges(doc.text.text, term, Infinity));
      const confirmed = terms.every(
        (term, i) => ranges[i]!.length > 0 || termRanges(doc.title.text, term, 1).length > 0,
      );
      if (!confirmed) continue;
      const occurrences = toOccurrences(doc.text, ranges, SNIPPET_OCCURRENCES);
      hits.push({
        articleId: doc.article.id,
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
    const ranked = this.rank(query);
    if (!ranked) return [];
    return ranked.results
      .filter((r) => ranked.confirmed(r.slot))
      .map((r) => this.docs[r.slot]!.article.id);
  }

  /**
   * Every occurrence of the query's terms in the article's text, in text order, as original
   * offsets: what the reader marks and walks with next/previous hit. Terms are read as in `search`.
   */
  matchesIn(article: Article, query: string): Array<{ start: number; end: number }> {
    if (typeof query !== 'string') return [];
    // Sequences are the ones found in indexed texts: another article is scanned by spelling.
    const indexed = this.docs[this.slots.get(article.id) ?? -1]?.article === article;
    const terms = this.plan(parseQuery(query)).map(({ term }) =>
      term.kind === 'pinyin' && !indexed ? { ...term, sequences: undefined } : term,
    );
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

  private place(slot: number, article: Article): Doc {
    const doc = { article, title: foldForMatch(article.title), text: foldForMatch(article.text) };
    this.docs[slot] = doc;
    this.slots.set(article.id, slot);
    this.titleLengths += doc.title.text.length;
    this.textLengths += doc.text.text.length;
    return doc;
  }

  /** Each slot's place in id order, the tie-break between equal scores; rebuilt after changes. */
  private idOrder(): Int32Array {
    if (this.idOrderCache?.length !== this.docs.length) {
      const live = [...this.slots].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      const order = new Int32Array(this.docs.length);
      live.forEach(([, slot], i) => (order[slot] = i));
      this.idOrderCache = order;
    }
    return this.idOrderCache;
  }

  private liveDocs(): Doc[] {
    return this.docs.filter((d): d is Doc => d !== undefined);
  }

  /** Rebuilds the postings without removed documents, keeping live ones in their order. */
  private compact(): void {
    const fresh = PostingSearchIndex.build(this.liveDocs().map((d) => d.article));
    this.docs.splice(0, this.docs.length, ...fresh.docs);
    this.slots.clear();
    for (const [id, slot] of fresh.slots) this.slots.set(id, slot);
    this.titlePostings = fresh.titlePostings;
    this.textPostings = fresh.textPostings;
    this.titleField.postings = fresh.titlePostings;
    this.idOrderCache = null;
    this.textField.postings = fresh.textPostings;
  }

  /** Whether a candidate really contains the term, in its text or title. */
  private contains(slot: number, term: PlannedTerm): boolean {
    const doc = this.docs[slot]!;
    return (
      termRanges(doc.text.text, term, 1).length > 0 ||
      termRanges(doc.title.text, term, 1).length > 0
    );
  }

  /**
   * Each term's candidate documents (a superset, confirmed later): as typed, or — for letters
   * that no text contains as typed — as pinyin.
   */
  private plan(terms: string[]): TermMatches[] {
    return terms.map((text) => {
      const literal: TermMatches = {
        term: { kind: 'literal', text },
        text: new SlotCounts(this.docs.length),
        title: new SlotCounts(this.docs.length),
      };
      literalCounts(this.textField, text, literal.text, false);
      literalCounts(this.titleField, text, literal.title, false);
      const spellings = pinyinSpellings(text);
      if (spellings.length === 0) return literal;
      const candidates = [...literal.text.slots, ...literal.title.slots];
      if (candidates.some((slot) => this.contains(slot, literal.term))) return literal;
      const listed = [this.textField, this.titleField].flatMap((field) =>
        spellings.map((spelling) => pinyinSequences(field, spelling)),
      );
      const sequences = listed.every((l) => l !== null) ? [...new Set(listed.flat())] : undefined;
      const pinyin: TermMatches = {
        term: {
          kind: 'pinyin',
          text,
          spellings,
          ...(sequences && sequences.length <= MAX_SEQUENCES_SEARCHED ? { sequences } : {}),
        },
        text: new SlotCounts(this.docs.length),
        title: new SlotCounts(this.docs.length),
      };
      for (const [field, out] of [
        [this.textField, pinyin.text],
        [this.titleField, pinyin.title],
      ] as const) {
        if (sequences) {
          for (const sequence of sequences) literalCounts(field, sequence, out, false);
        } else {
          for (const spelling of spellings) scanPinyin(field, spelling, out);
        }
      }
      return pinyin;
    });
  }

  /**
   * Candidates containing all terms, scored by BM25 over the terms (best first, ties by id so the
   * order is stable), and a function that confirms one: results are exactly the confirmed ones.
   */
  private rank(query: string) {
    if (typeof query !== 'string') return null;
    const terms = parseQuery(query);
    if (terms.length === 0) return null;
    const matches = this.plan(terms);
    const docCount = this.slots.size;
    const avgTitle = this.titleLengths / Math.max(1, docCount);
    const avgText = this.textLengths / Math.max(1, docCount);
    const weighted = matches.map((m) => {
      let df = m.text.slots.length;
      for (const slot of m.title.slots) if (!m.text.has(slot)) df++;
      const idf = Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
      return { m, df, idf, weight: m.term.kind === 'pinyin' ? PINYIN_WEIGHT : 1 };
    });
    weighted.sort((a, b) => a.df - b.df);
    const rarest = weighted[0]!.m;
    const candidates = [
      ...rarest.text.slots,
      ...rarest.title.slots.filter((slot) => !rarest.text.has(slot)),
    ];
    const scores = new Float64Array(this.docs.length);
    const results: number[] = [];
    for (const slot of candidates) {
      let score = 0;
      let all = true;
      for (const { m, idf, weight } of weighted) {
        const inText = m.text.counts[slot]!;
        const inTitle = m.title.counts[slot]!;
        if (inText === 0 && inTitle === 0) {
          all = false;
          break;
        }
        const doc = this.docs[slot]!;
        score +=
          weight *
          idf *
          (bm25(inText, doc.text.text.length, avgText) +
            TITLE_BOOST * bm25(inTitle, doc.title.text.length, avgTitle));
      }
      if (!all) continue;
      scores[slot] = score;
      results.push(slot);
    }
    const order = this.idOrder();
    results.sort((a, b) => scores[b]! - scores[a]! || order[a]! - order[b]!);
    const unconfirmed = matches
      .map((m) => m.term)
      .filter((term) => term.kind === 'pinyin' || term.text.length > 2);
    const confirmed = (slot: number) => unconfirmed.every((term) => this.contains(slot, term));
    return {
      terms: matches.map((m) => m.term),
      results: results.map((slot) => ({ slot, score: scores[slot]! })),
      confirmed,
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
