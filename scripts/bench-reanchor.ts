// Times re-anchoring 10,000 highlights over the 5 seed articles after corpus changes, pure and
// through AnnotationService (one store write). Run: npx tsx scripts/bench-reanchor.ts [runs]
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AnnotationService } from '../main/annotations/annotationService';
import { createTarget } from '../main/annotations/anchor';
import { findAnchor, type AnchorMethod } from '../main/annotations/locateTarget';
import { Library } from '../main/library/library';
import { loadCorpus } from '../main/library/loadCorpus';
import { SOURCE_LAYOUT } from '../main/paths/projectPaths';
import { openStore } from '../main/store/store';
import type { Annotation } from '../shared/model/annotation';
import type { Article } from '../shared/model/article';
import { markdownTable, ms, percentile } from './bench/stats';

const TOTAL = 10_000;
const RUNS = Number(process.argv[2] ?? 5);
const INSERTED = '编者按：本版今起推出系列报道，讲述外国朋友在粤港澳大湾区的所见、所闻、所感。';

const articles = loadCorpus(SOURCE_LAYOUT);
const perArticle = Math.floor(TOTAL / articles.length);

/** Highlights of 2–13 characters spread evenly over each article, none crossing a line break. */
function makeHighlights(): Annotation[] {
  const made: Annotation[] = [];
  for (const article of articles) {
    const step = (article.text.length - 16) / perArticle;
    for (let i = 0; i < perArticle; i += 1) {
      let start = Math.floor(i * step);
      const length = 2 + (i % 12);
      while (
        /\s/u.test(article.text[start]!) ||
        article.text.slice(start, start + length).includes('\n')
      )
        start += 1;
      const stamp = new Date(Date.UTC(2026, 0, 1, 0, 0, 0, made.length)).toISOString();
      made.push({
        id: `bench-${made.length}`,
        articleId: article.id,
        creator: { id: 'bench', name: 'bench' },
        created: stamp,
        modified: stamp,
        color: 'yellow',
        note: '',
        target: createTarget(article.text, start, start + length),
      });
    }
  }
  return made;
}

/** A paragraph inserted after the first line of every article: every highlight after it moves. */
const paragraphInserted = (a: Article): Article => {
  const cut = a.text.indexOf('\n') + 1;
  return { ...a, text: a.text.slice(0, cut) + INSERTED + '\n' + a.text.slice(cut) };
};

/** As above, plus one character replaced every 400 characters (inside about 5% of the highlights). */
const typosFixedToo = (a: Article): Article => {
  const moved = paragraphInserted(a);
  const chars = [...moved.text];
  for (let i = 600; i < chars.length; i += 400) if (!/\s/u.test(chars[i]!)) chars[i] = '〇';
  return { ...moved, text: chars.join('') };
};

const highlights = makeHighlights();

function timePlacement(change: (a: Article) => Article) {
  const texts = new Map(articles.map((a) => [a.id, change(a).text]));
  const times: number[] = [];
  let methods: Record<AnchorMethod | 'orphaned', number> = {
    position: 0,
    quote: 0,
    fuzzy: 0,
    orphaned: 0,
  };
  for (let run = 0; run < RUNS; run += 1) {
    const counts = { position: 0, quote: 0, fuzzy: 0, orphaned: 0 };
    const started = performance.now();
    for (const h of highlights) {
      const anchor = findAnchor(texts.get(h.articleId)!, h.target);
      counts[anchor ? anchor.method : 'orphaned'] += 1;
    }
    times.push(performance.now() - started);
    methods = counts;
  }
  return { times, methods };
}

async function timeService(change: (a: Article) => Article) {
  const times: number[] = [];
  let summary = { total: 0, moved: 0, orphaned: 0 };
  for (let run = 0; run < RUNS; run += 1) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'yuedu-bench-reanchor-'));
    const store = await openStore(dir);
    await store.update((data) => {
      data.annotations = structuredClone(highlights);
    });
    const service = new AnnotationService(store, new Library(articles.map(change)));
    const started = performance.now();
    summary = await service.reanchorAll();
    times.push(performance.now() - started);
    rmSync(dir, { recursive: true, force: true });
  }
  return { times, summary };
}

const rows: string[][] = [];
for (const [name, change] of [
  ['unchanged corpus', (a: Article) => a],
  ['paragraph inserted near the start of each article', paragraphInserted],
  ['paragraph inserted + ~5% of highlights with a changed character', typosFixedToo],
] as const) {
  const { times, methods } = timePlacement(change);
  rows.push([
    `locate ${TOTAL.toLocaleString('en')}: ${name}`,
    ms(percentile(times, 0.5)),
    ms(Math.max(...times)),
    `position ${methods.position}, quote ${methods.quote}, fuzzy ${methods.fuzzy}, orphaned ${methods.orphaned}`,
  ]);
}
const service = await timeService(paragraphInserted);
rows.push([
  `AnnotationService.reanchorAll (one store write): paragraph inserted`,
  ms(percentile(service.times, 0.5)),
  ms(Math.max(...service.times)),
  `moved ${service.summary.moved}, orphaned ${service.summary.orphaned}`,
]);

console.log(
  `Re-anchoring ${TOTAL.toLocaleString('en')} highlights over ${articles.length} seed articles, ${RUNS} runs, Node ${process.version}; target ≤ 2 s\n`,
);
console.log(markdownTable(['scenario', 'median', 'max', 'result'], rows));
