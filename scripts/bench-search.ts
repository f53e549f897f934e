// Times SearchIndex build, save, load and queries on a library cut from the seed text; run: npx tsx scripts/bench-search.ts [articles]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Article } from '../shared/model/article';
import { SearchIndex } from '../main/search/searchIndex';

const seed = readFileSync(
  fileURLToPath(new URL('../seeds/000_5ac92f22d7be5a46.txt', import.meta.url)),
  'utf8',
);
const paragraphs = seed
  .split(/\n\s*\n/)
  .map((p) => p.trim())
  .filter(Boolean);
const count = Number(process.argv[2] ?? 100);

// Each article: 8 paragraphs starting at a pseudo-random place, so articles overlap like a real news library.
let state = 7;
const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const articles: Article[] = Array.from({ length: count }, (_, i) => {
  const from = Math.floor(next() * paragraphs.length);
  const chunk = Array.from({ length: 8 }, (_, k) => paragraphs[(from + k) % paragraphs.length]!);
  return {
    id: `a${i}`,
    title: chunk[0]!.slice(0, 20),
    source: 'bench',
    text: chunk.join('\n'),
    blocks: [],
  };
});

const time = (f: () => void) => {
  const t = performance.now();
  f();
  return performance.now() - t;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

let index = SearchIndex.build(articles);
const builds = Array.from({ length: 5 }, () => time(() => (index = SearchIndex.build(articles))));
const json = index.toJSON();
const saves = Array.from({ length: 5 }, () => time(() => index.toJSON()));
const loads = Array.from({ length: 5 }, () => time(() => SearchIndex.load(json, articles)));

const queries: string[] = [];
for (let i = 0; i < 300; i++) {
  const a = articles[Math.floor(next() * articles.length)]!;
  const len = 1 + Math.floor(next() * 5);
  const at = Math.floor(next() * (a.text.length - len));
  queries.push(
    i % 5 === 4
      ? `${a.text.slice(at, at + 2)} ${a.text.slice(at + 10, at + 12)}`
      : a.text.slice(at, at + len),
  );
}
const fresh = SearchIndex.load(json, articles);
const firstRun = queries.map((q) => time(() => fresh.search(q)));
const warm = queries.map((q) => time(() => fresh.search(q)));
const chars = articles.reduce((n, a) => n + a.text.length, 0);

console.log(
  `${count} articles, ${(chars / 1000).toFixed(0)}k chars, index JSON ${(json.length / 1e6).toFixed(2)} MB`,
);
console.table({
  'build (ms)': median(builds).toFixed(1),
  'toJSON (ms)': median(saves).toFixed(1),
  'load (ms)': median(loads).toFixed(1),
  'query p50, first run (ms)': pct(firstRun, 0.5).toFixed(2),
  'query p95, first run (ms)': pct(firstRun, 0.95).toFixed(2),
  'query p50, warm (ms)': pct(warm, 0.5).toFixed(2),
  'query p95, warm (ms)': pct(warm, 0.95).toFixed(2),
});
