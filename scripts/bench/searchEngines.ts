// The engines the search benchmark compares, behind one interface: Yuedu's SearchIndex,
// FlexSearch, SQLite FTS5 (trigram tokenizer) and a plain scan over pre-folded text.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Charset, Index } from 'flexsearch';
import type { Article } from '../../shared/model/article';
import { foldForMatch } from '../../main/search/fold';
import { findPinyin, pinyinSpellings } from '../../main/search/pinyin';
import { parseQuery } from '../../main/search/queryTerms';
import { SearchIndex } from '../../main/search/searchIndex';

/** One search engine under test; `matches` gives every match, `query` what a search box shows. */
export interface Engine {
  name: string;
  build(articles: Article[]): void;
  /** Saves the index and lets the built one go, as a restarted app would; returns the size in bytes. */
  persist(): number;
  /** Loads what `persist` saved, replacing the built index. */
  load(articles: Article[]): void;
  matches(query: string): string[];
  query(query: string): unknown;
  close(): void;
}

const RESULTS_SHOWN = 20;

/** The shipped engine's row name. */
export const YUEDU_ENGINE = 'Yuedu (MiniSearch)';

/** Yuedu's SearchIndex, MiniSearch underneath: the shipped engine. */
export function yueduEngine(): Engine {
  let index: SearchIndex | null = null;
  let json = '';
  return {
    name: YUEDU_ENGINE,
    build: (articles) => (index = SearchIndex.build(articles)),
    persist: () => {
      json = index!.toJSON();
      index = null;
      return Buffer.byteLength(json);
    },
    load: (articles) => (index = SearchIndex.load(json, articles)),
    matches: (q) => index!.matchingIds(q),
    query: (q) => index!.search(q, RESULTS_SHOWN),
    close: () => (index = null),
  };
}

/** The ground truth: every folded title and text checked for every term (pinyin as Yuedu reads it). */
export function plainScanEngine(): Engine {
  let docs: Array<{ id: string; title: string; text: string }> = [];
  const run = (q: string, max: number) => {
    const terms = parseQuery(q).map((term) => {
      const literal = docs.some((d) => d.text.includes(term) || d.title.includes(term));
      const spellings = literal ? [] : pinyinSpellings(term);
      return (s: string) =>
        spellings.length > 0
          ? spellings.some((sp) => findPinyin(s, sp, 1).length > 0)
          : s.includes(term);
    });
    const found: string[] = [];
    if (terms.length === 0) return found;
    for (const d of docs) {
      if (terms.every((t) => t(d.text) || t(d.title))) found.push(d.id);
      if (found.length >= max) break;
    }
    return found;
  };
  return {
    name: 'plain scan',
    build: (articles) =>
      (docs = articles.map((a) => ({
        id: a.id,
        title: foldForMatch(a.title).text,
        text: foldForMatch(a.text).text,
      }))),
    persist: () => 0,
    load: () => undefined,
    matches: (q) => run(q, Infinity),
    // Without an index there is no ranking short of finding every match.
    query: (q) => run(q, Infinity).slice(0, RESULTS_SHOWN),
    close: () => (docs = []),
  };
}

/** FlexSearch 0.8 with its CJK encoder and contextual index, fed the same folded text. */
export function flexSearchEngine(): Engine {
  const options = { encoder: Charset.CJK, context: true } as const;
  let index = new Index(options);
  let saved: Record<string, string> = {};
  let ids: string[] = [];
  // Each term searched alone and the results intersected: FlexSearch finds nothing for a
  // space-separated CJK query with a contextual index.
  const search = (q: string, limit: number) => {
    const terms = parseQuery(q);
    if (terms.length === 0) return [];
    const perTerm = terms.map(
      (t) => index.search(t, { limit: terms.length === 1 ? limit : 1_000_000 }) as number[],
    );
    const others = perTerm.slice(1).map((r) => new Set(r));
    return perTerm[0]!
      .filter((n) => others.every((set) => set.has(n)))
      .slice(0, limit)
      .map((n) => ids[n]!);
  };
  return {
    name: 'FlexSearch',
    build: (articles) => {
      index = new Index(options);
      ids = articles.map((a) => a.id);
      articles.forEach((a, n) =>
        index.add(n, `${foldForMatch(a.title).text}\n${foldForMatch(a.text).text}`),
      );
    },
    persist: () => {
      saved = {};
      index.export((key: string | number, data: string) => {
        saved[String(key)] = data;
      });
      index = new Index(options);
      return Buffer.byteLength(JSON.stringify(saved));
    },
    load: () => {
      index = new Index(options);
      for (const [key, data] of Object.entries(saved)) index.import(key, data);
    },
    matches: (q) => search(q, 1_000_000),
    query: (q) => search(q, RESULTS_SHOWN),
    close: () => (index = new Index(options)),
  };
}

/** SQLite FTS5 with the trigram tokenizer (it matches terms of three characters or more only). */
export function fts5Engine(): Engine {
  const dir = mkdtempSync(join(tmpdir(), 'yuedu-fts5-'));
  const file = join(dir, 'index.db');
  let db: Database.Database | null = null;
  const match = (q: string) =>
    parseQuery(q)
      .map((t) => `"${t.replaceAll('"', '""')}"`)
      .join(' ');
  const run = (q: string, limit: number): string[] => {
    const expr = match(q);
    if (expr === '') return [];
    try {
      return (
        db!
          .prepare('SELECT id FROM docs WHERE docs MATCH ? ORDER BY bm25(docs, 3.0, 1.0) LIMIT ?')
          .all(expr, limit) as Array<{ id: string }>
      ).map((r) => r.id);
    } catch {
      return [];
    }
  };
  return {
    name: 'SQLite FTS5 (trigram)',
    build: (articles) => {
      db?.close();
      rmSync(file, { force: true });
      db = new Database(file);
      db.pragma('journal_mode = OFF');
      db.exec(
        "CREATE VIRTUAL TABLE docs USING fts5(title, text, id UNINDEXED, tokenize='trigram')",
      );
      const insert = db.prepare('INSERT INTO docs (title, text, id) VALUES (?, ?, ?)');
      db.transaction(() => {
        for (const a of articles)
          insert.run(foldForMatch(a.title).text, foldForMatch(a.text).text, a.id);
      })();
    },
    persist: () => {
      db!.close();
      return statSync(file).size;
    },
    load: () => {
      db = new Database(file, { readonly: true });
      run('中国', 1);
    },
    matches: (q) => run(q, 1_000_000),
    query: (q) => run(q, RESULTS_SHOWN),
    close: () => {
      db?.close();
      db = null;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
