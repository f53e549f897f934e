// Compares Yuedu's search with FlexSearch, SQLite FTS5 and a plain scan on generated libraries of
// 100, 1,000 and 3,000 articles, and writes docs/benchmarks/search.md.
// Run: npm run bench:search [-- sizes…], e.g. npm run bench:search -- 100 1000.
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, type } from 'node:os';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import Database from 'better-sqlite3';
import { format, resolveConfig } from 'prettier';
import { buildCorpusFile } from '../main/library/buildCorpusFile';
import type { Article } from '../shared/model/article';
import { markdownTable, percentile } from './bench/stats';
import {
  flexSearchEngine,
  fts5Engine,
  plainScanEngine,
  yueduEngine,
  YUEDU_ENGINE,
  type Engine,
} from './bench/searchEngines';
import { postingListEngine } from './bench/postingListEngine';
import { generateLibrary, generateQueries, type BenchQuery } from './bench/searchLibrary';

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const SIZES = sizes.length > 0 ? sizes : [100, 1000, 3000];
const root = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
/** Each query is timed this many times; its median counts, which keeps other processes' noise out. */
const REPEATS = 5;
// Heap deltas need a real GC between measurements; this exposes it without a node flag.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const heap = () => {
  gc();
  gc();
  return process.memoryUsage();
};
const time = (f: () => void) => {
  const t = performance.now();
  f();
  return performance.now() - t;
};
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const msText = (v: number) => (v < 10 ? `${v.toFixed(2)} ms` : `${Math.round(v)} ms`);

interface Row {
  articles: number;
  engine: string;
  build: number;
  size: number;
  load: number;
  heap: number;
  rss: number;
  p50: number;
  p95: number;
  precision: number;
  recall: number;
  recallByKind: Map<string, number>;
}

function measure(
  make: () => Engine,
  articles: Article[],
  queries: BenchQuery[],
  truth: string[][],
): Row {
  const engine = make();
  const before = heap();
  const build = time(() => engine.build(articles));
  const built = heap();
  const size = engine.persist();
  heap();
  const load = time(() => engine.load(articles));
  for (const q of queries) engine.query(q.query);
  const runs = Array.from({ length: REPEATS }, () =>
    queries.map((q) => time(() => engine.query(q.query))),
  );
  const times = queries.map((_, i) =>
    percentile(
      runs.map((run) => run[i]!),
      0.5,
    ),
  );
  let tp = 0;
  let returned = 0;
  let expected = 0;
  const byKind = new Map<string, [number, number]>();
  queries.forEach((q, i) => {
    const found = new Set(engine.matches(q.query));
    const want = truth[i]!;
    const hit = want.filter((id) => found.has(id)).length;
    tp += hit;
    returned += found.size;
    expected += want.length;
    const k = byKind.get(q.kind) ?? [0, 0];
    byKind.set(q.kind, [k[0] + hit, k[1] + want.length]);
  });
  engine.close();
  return {
    articles: articles.length,
    engine: engine.name,
    build,
    size,
    load,
    heap: built.heapUsed - before.heapUsed,
    rss: built.rss - before.rss,
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    precision: returned === 0 ? 1 : tp / returned,
    recall: expected === 0 ? 1 : tp / expected,
    recallByKind: new Map([...byKind].map(([k, [h, n]]) => [k, n === 0 ? 1 : h / n])),
  };
}

const seeds = buildCorpusFile(root('seeds')).articles;
const rows: Row[] = [];
const libraries: string[] = [];
const libraryChars: Array<[number, number]> = [];
for (const size of SIZES) {
  const started = performance.now();
  const articles = generateLibrary(seeds, size);
  const queries = generateQueries(articles);
  const scan = plainScanEngine();
  scan.build(articles);
  const truth = queries.map((q) => scan.matches(q.query));
  const chars = articles.reduce((n, a) => n + a.text.length, 0);
  libraryChars.push([size, chars]);
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  libraries.push(
    `${size} articles: ${(chars / 1e6).toFixed(2)} M characters (${mb(bytes)} UTF-8), ${queries.length} queries, ${truth.filter((t) => t.length > 0).length} with results`,
  );
  for (const make of [
    yueduEngine,
    postingListEngine,
    flexSearchEngine,
    fts5Engine,
    plainScanEngine,
  ]) {
    const row = measure(make, articles, queries, truth);
    rows.push(row);
    console.log(
      `${size}\t${row.engine}\tbuild ${msText(row.build)}\tsize ${mb(row.size)}\tload ${msText(row.load)}\theap ${mb(row.heap)}\tp50 ${msText(row.p50)}\tp95 ${msText(row.p95)}\tP ${row.precision.toFixed(3)}\tR ${row.recall.toFixed(3)}`,
    );
  }
  console.log(`${size} articles done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

const version = (name: string) =>
  (
    JSON.parse(readFileSync(root(`node_modules/${name}/package.json`), 'utf8')) as {
      version: string;
    }
  ).version;
const sqlite = new Database(':memory:');
const sqliteVersion = (sqlite.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
sqlite.close();
const kinds = [...rows[0]!.recallByKind.keys()];
const textChars = new Map(libraryChars);

/** How much each cost grew between the two largest libraries, against the text's growth. */
function growthTable(): string {
  const [small, large] = [...SIZES].sort((a, b) => a - b).slice(-2) as [number, number];
  if (SIZES.length < 2 || small === large) return '(one library size only)';
  const textGrowth = textChars.get(large)! / textChars.get(small)!;
  const engines = [...new Set(rows.map((r) => r.engine))];
  const ratio = (a: number, b: number) => (a > 0 && b > 0 ? `${(b / a).toFixed(1)}×` : '—');
  return markdownTable(
    ['engine', 'text', 'build', 'persisted', 'load', 'heap', 'query p50', 'query p95'],
    engines.map((engine) => {
      const a = rows.find((r) => r.engine === engine && r.articles === small)!;
      const b = rows.find((r) => r.engine === engine && r.articles === large)!;
      return [
        engine,
        `${textGrowth.toFixed(1)}×`,
        ratio(a.build, b.build),
        ratio(a.size, b.size),
        a.size === 0 ? '—' : ratio(a.load, b.load),
        a.heap < 1e6 ? '—' : ratio(a.heap, b.heap),
        ratio(a.p50, b.p50),
        ratio(a.p95, b.p95),
      ];
    }),
  );
}

const doc = `# Search benchmark

\`npm run bench:search\` (${new Date().toISOString().slice(0, 10)}). Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${type()}; Node ${process.version}; flexsearch ${version('flexsearch')}, better-sqlite3 ${version('better-sqlite3')} (SQLite ${sqliteVersion}).

Libraries are generated from the seed articles (\`scripts/bench/searchLibrary.ts\`, seeded PRNG): each article is a seed article with its paragraphs shuffled, ~2 % of its Han characters swapped, a borrowed paragraph and a few Latin, full-width, traditional and interpunct terms. Queries: 40 % Han words of 2–4 characters cut from the texts, 10 % single characters, 15 % two terms, 8 % Latin/numbers, 10 % traditional spellings, 10 % toneless pinyin, 7 % absent terms.

${libraries.map((l) => `- ${l}`).join('\n')}

Every engine gets the same folded text (case, width, traditional→simplified, name interpuncts) and the same parsed terms. The plain scan is the ground truth: it checks every folded text for every term (and reads pinyin as Yuedu does). Build and load are single runs in one process; a query time is the median of 5 runs of that query (top 20 results, what the search box shows), after one warm-up pass; p50/p95 are over the queries. Precision and recall use every match (Yuedu's \`matchingIds\`). Heap is \`heapUsed\` after GC, before and after building (FTS5 lives outside the JS heap: see RSS). Persisted size is Yuedu's JSON, FlexSearch's export as JSON, FTS5's database file.

${markdownTable(
  [
    'articles',
    'engine',
    'build',
    'persisted',
    'load',
    'heap',
    'RSS Δ',
    'query p50',
    'query p95',
    'precision',
    'recall',
  ],
  rows.map((r) => [
    String(r.articles),
    r.engine,
    msText(r.build),
    r.size === 0 ? '—' : mb(r.size),
    r.size === 0 ? '—' : msText(r.load),
    mb(r.heap),
    mb(r.rss),
    msText(r.p50),
    msText(r.p95),
    r.precision.toFixed(3),
    r.recall.toFixed(3),
  ]),
)}

Recall by query kind:

${markdownTable(
  ['articles', 'engine', ...kinds],
  rows.map((r) => [
    String(r.articles),
    r.engine,
    ...kinds.map((k) => (r.recallByKind.get(k) ?? 1).toFixed(2)),
  ]),
)}
`;
/** The issue's targets at 1,000 articles, checked against Yuedu's row. */
function targetsTable(): string {
  const row = rows.find((r) => r.engine === YUEDU_ENGINE && r.articles === 1000);
  if (!row) return '(no 1,000-article library in this run)';
  const check = (ok: boolean) => (ok ? 'met' : '**not met**');
  return markdownTable(
    ['target at 1,000 articles', 'measured', ''],
    [
      [
        'precision and recall 1.0',
        `${row.precision.toFixed(3)} / ${row.recall.toFixed(3)}`,
        check(row.precision === 1 && row.recall === 1),
      ],
      ['query p95 ≤ 1 ms', msText(row.p95), check(row.p95 <= 1)],
      ['build ≤ 4 s', msText(row.build), check(row.build <= 4000)],
      ['persisted index ≤ 15 MB', mb(row.size), check(row.size <= 15e6)],
      ['loaded in ≤ 500 ms', msText(row.load), check(row.load <= 500)],
      ['index heap ≤ 150 MB', mb(row.heap), check(row.heap <= 150e6)],
    ],
  );
}

const growth = `
## Targets

${targetsTable()}

## Growth


Between the two largest libraries (the larger's figure over the smaller's), against the growth of the text. Single runs on a shared machine: ratios move by ±30 % between runs.

${growthTable()}
`;
const notes = readFileSync(root('scripts/bench/searchNotes.md'), 'utf8');
const target = root('docs/benchmarks/search.md');
// Formatted as the repository's format check expects.
const formatted = await format(`${doc}${growth}\n${notes}`, {
  ...(await resolveConfig(target)),
  filepath: target,
});
writeFileSync(target, formatted);
console.log('Wrote docs/benchmarks/search.md');
