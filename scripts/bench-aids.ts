// Measures the reading aids: dictionary start-up and memory, lookups, pinyin for a long article,
// and turning ruby on in Chromium through `yuedu serve`; also the data's size in an installer.
// Run: npm run bench:aids   (writes docs/benchmarks/aids.md and prints the table)
// With AIDS_BASELINE=DIR (a built copy of an earlier commit: `git archive OLD | tar -x -C DIR`,
// node_modules linked, `npm run build` there) every row is measured for it too, interleaved in the
// same run, so a loaded machine slows both alike.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { Dictionary } from '../main/dictionary/dictionary';
import { DICTIONARY_FILE, readDictionaryFile } from '../main/dictionary/dictionaryFile';
import { DictionaryService } from '../main/dictionary/dictionaryService';
import { readText } from '../main/dictionary/readText';
import { loadCorpus } from '../main/library/loadCorpus';
import { PROJECT_ROOT, SOURCE_LAYOUT } from '../main/paths/projectPaths';
import { launchChromium } from '../tests/e2e/support/launchChromium';
import { startServe } from '../tests/e2e/support/startServe';
import { markdownTable, ms, percentile } from './bench/stats';

const MB = 1024 * 1024;
const baseline = process.env.AIDS_BASELINE ? path.resolve(process.env.AIDS_BASELINE) : null;
const rows: string[][] = [];
const add = (what: string, before: string | null, after: string, target: string) =>
  rows.push([what, baseline ? (before ?? '—') : '—', after, target]);
const median = (samples: number[]) => percentile(samples, 0.5);

const articles = loadCorpus({
  generatedDir: SOURCE_LAYOUT.generatedDir,
  seedsDir: SOURCE_LAYOUT.seedsDir,
});
const corpusText = articles.map((article) => article.text).join('\n');

// The two versions under test: this tree, and the baseline's built worker and sources.
interface Version {
  generatedDir: string;
  workerFile: URL;
  load: () => Promise<{ matchesAt(text: string): unknown }>;
  read: (text: string, dictionary: unknown) => unknown;
}
const current: Version = {
  generatedDir: SOURCE_LAYOUT.generatedDir,
  workerFile: new URL(`file://${path.join(PROJECT_ROOT, 'out', 'main', 'dictionaryWorker.js')}`),
  load: async () => new Dictionary(await readDictionaryFile(SOURCE_LAYOUT.generatedDir)),
  read: (text, dictionary) => readText(text, dictionary as Dictionary),
};
async function baselineVersion(root: string): Promise<Version> {
  const source = (file: string) => pathToFileURL(path.join(root, 'main', 'dictionary', file)).href;
  const { Dictionary: OldDictionary } = (await import(source('dictionary.ts'))) as {
    Dictionary: new (file: unknown) => { matchesAt(text: string): unknown };
  };
  const { readDictionaryFile: oldRead } = (await import(source('dictionaryFile.ts'))) as {
    readDictionaryFile: (dir: string) => Promise<unknown>;
  };
  const { readText: oldReadText } = (await import(source('readText.ts'))) as {
    readText: (text: string, dictionary: unknown) => unknown;
  };
  const generatedDir = path.join(root, 'generated');
  return {
    generatedDir,
    workerFile: pathToFileURL(path.join(root, 'out', 'main', 'dictionaryWorker.js')),
    load: async () => new OldDictionary(await oldRead(generatedDir)),
    read: oldReadText,
  };
}
const old = baseline ? await baselineVersion(baseline) : null;
const both = (old ? [old, current] : [current]) as Version[];

// 1. Start-up in the worker, with the main thread's event loop watched meanwhile; runs alternate.
const readies = new Map<Version, number[]>(both.map((v) => [v, []]));
const lags = new Map<Version, number[]>(both.map((v) => [v, []]));
const lookupP95 = new Map<Version, number>();
for (let run = 0; run < 5; run++) {
  for (const version of both) {
    const lag = monitorEventLoopDelay({ resolution: 10 });
    lag.enable();
    const service = new DictionaryService(version.generatedDir, version.workerFile);
    const started = performance.now();
    service.start();
    await service.call('lookup', { text: '银行' });
    readies.get(version)!.push(performance.now() - started);
    lag.disable();
    lags.get(version)!.push(lag.max / 1e6);
    if (run === 4) {
      const samples: number[] = [];
      for (let i = 0; i < 500; i++) {
        const at = (i * 7919) % (corpusText.length - 40);
        const t0 = performance.now();
        await service.call('lookup', { text: corpusText.slice(at, at + 32) });
        samples.push(performance.now() - t0);
      }
      lookupP95.set(version, percentile(samples, 0.95));
    }
    await service.close();
  }
}
const pick = <T>(map: Map<Version, T>, f: (value: T) => string) => [
  old ? f(map.get(old)!) : null,
  f(map.get(current)!),
];
add(
  'Lookup through the worker, right after it is ready (500, p95)',
  ...(pick(lookupP95, ms) as [string | null, string]),
  '≤ 5 ms',
);
add(
  'Dictionary ready after start (built worker, first lookup answered, median of 5)',
  ...(pick(readies, (s) => ms(median(s))) as [string | null, string]),
  '≤ 500 ms',
);
add(
  'Longest main-thread stall while it loads',
  ...(pick(lags, (s) => ms(Math.max(...s))) as [string | null, string]),
  'library never waits',
);

// 2. Memory and in-process speed: the current version first, in a process that has loaded neither.
const loaded = new Map<
  Version,
  { dictionary: unknown; loadMs: number; rss: number; heap: number }
>();
for (const version of [current, ...(old ? [old] : [])]) {
  globalThis.gc?.();
  const before = process.memoryUsage();
  const t0 = performance.now();
  const dictionary = await version.load();
  dictionary.matchesAt('银行');
  const loadMs = performance.now() - t0;
  globalThis.gc?.();
  const after = process.memoryUsage();
  loaded.set(version, {
    dictionary,
    loadMs,
    rss: (after.rss - before.rss) / MB,
    heap: (after.heapUsed - before.heapUsed) / MB,
  });
}
add(
  'Read the file and answer the first lookup, in one thread',
  ...(pick(loaded, (l) => ms(l.loadMs)) as [string | null, string]),
  '—',
);
add(
  `Resident memory of the loaded dictionary${globalThis.gc ? '' : ' (no --expose-gc: rough)'}${old ? ' (baseline loaded second)' : ''}`,
  ...(pick(loaded, (l) => `${l.rss.toFixed(1)} MB (heap ${l.heap.toFixed(1)} MB)`) as [
    string | null,
    string,
  ]),
  '≤ 60 MB',
);
const lookupSelf = new Map<Version, number>();
for (const version of both) {
  const { dictionary } = loaded.get(version)!;
  const samples: number[] = [];
  for (let i = 0; i < 2000; i++) {
    const at = (i * 104_729) % (corpusText.length - 40);
    const t0 = performance.now();
    (dictionary as Dictionary).matchesAt(corpusText.slice(at, at + 32));
    samples.push(performance.now() - t0);
  }
  lookupSelf.set(version, percentile(samples, 0.95));
}
add(
  'Lookup in the dictionary itself (2,000, p95)',
  ...(pick(lookupSelf, ms) as [string | null, string]),
  '≤ 5 ms',
);

let tenThousand = '';
while (tenThousand.length < 10_000) tenThousand += corpusText;
tenThousand = tenThousand.slice(0, 10_000);
const reads = new Map<Version, number[]>(both.map((v) => [v, []]));
const firstReads = new Map<Version, number>();
// Each run reads the article rotated by a few characters, so no cache of a whole text can answer.
for (let i = 0; i < 7; i++) {
  const text = tenThousand.slice(i * 37) + tenThousand.slice(0, i * 37);
  for (const version of both) {
    const t0 = performance.now();
    version.read(text, loaded.get(version)!.dictionary);
    const took = performance.now() - t0;
    if (i === 0) firstReads.set(version, took);
    else reads.get(version)!.push(took);
  }
}
add(
  'Pinyin in context for a 10,000-character article (median of 6 different texts)',
  ...(pick(reads, (s) => ms(median(s))) as [string | null, string]),
  '≤ 50 ms',
);
add(
  'The same, first text read by a fresh dictionary',
  ...(pick(firstReads, ms) as [string | null, string]),
  '—',
);

// 3. Ruby on in an open article, in Chromium: from the toolbar change until the blocks on screen,
// then all blocks, show ruby; and the longest task meanwhile (what a scroll or a click waits for).
const RUBY_PROBE = `new Promise((resolve) => {
  const t0 = performance.now();
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
  });
  observer.observe({ type: 'longtask' });
  const han = /\\p{Script=Han}/u;
  const blocks = [...document.querySelectorAll('article [data-block-start]')].filter((b) =>
    han.test(b.textContent || ''),
  );
  const onScreen = (b) => {
    const r = b.getBoundingClientRect();
    return r.bottom > 0 && r.top < innerHeight;
  };
  let visible = 0;
  const check = () => {
    const dressed = (b) => b.querySelector('rt') !== null;
    if (!visible && blocks.filter(onScreen).every(dressed)) visible = performance.now() - t0;
    if (visible && blocks.every(dressed)) {
      const all = performance.now() - t0;
      setTimeout(() => {
        observer.disconnect();
        resolve({ visible, all, longest, ruby: document.querySelectorAll('article rt').length });
      }, 100);
    } else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})`;
interface RubyTiming {
  visible: number;
  all: number;
  longest: number;
  ruby: number;
}
async function rubyOn(page: Page): Promise<RubyTiming> {
  const wait = page.evaluate<RubyTiming>(RUBY_PROBE);
  await page.getByLabel('Pinyin').selectOption('all');
  const timing = await wait;
  await page.getByLabel('Pinyin').selectOption('off');
  await page.waitForFunction(() => !document.querySelector('article rt'));
  return timing;
}
const longest = [...articles].sort((a, b) => b.text.length - a.text.length)[0]!;
const browser = await launchChromium();
const firstTimes = new Map<Version, RubyTiming>();
const againTimes = new Map<Version, RubyTiming[]>(both.map((v) => [v, []]));
try {
  for (const version of both) {
    const serve = await startServe({
      lang: 'en',
      projectRoot: version === current ? PROJECT_ROOT : baseline!,
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(serve.url);
      await page.getByRole('link', { name: longest.title }).first().click();
      await page.waitForSelector('article p.block');
      firstTimes.set(version, await rubyOn(page));
      for (let i = 0; i < 3; i++) againTimes.get(version)!.push(await rubyOn(page));
      await page.close();
    } finally {
      await serve.stop();
    }
  }
} finally {
  await browser.close();
}
const rubyCount = firstTimes.get(current)!.ruby;
add(
  `Ruby on, first time right after the article opened (${longest.text.length.toLocaleString('en')} characters, ${rubyCount.toLocaleString('en')} ruby): blocks on screen`,
  ...(pick(firstTimes, (t) => ms(t.visible)) as [string | null, string]),
  '≤ 150 ms',
);
add(
  'Ruby on again (readings loaded), blocks on screen (median of 3)',
  ...(pick(againTimes, (ts) => ms(median(ts.map((t) => t.visible)))) as [string | null, string]),
  '≤ 150 ms',
);
add(
  'Ruby on again, every block of the article (median of 3)',
  ...(pick(againTimes, (ts) => ms(median(ts.map((t) => t.all)))) as [string | null, string]),
  '—',
);
add(
  'Ruby on again, longest main-thread task meanwhile (median of 3)',
  ...(pick(againTimes, (ts) => ms(median(ts.map((t) => t.longest)))) as [string | null, string]),
  '—',
);

// 4. What the data adds to an installer. electron-builder copies generated/ beside the asar as
// extraResources (uncompressed on disk); each installer format then compresses it: NSIS and 7z/DMG
// with LZMA, deb with xz, AppImage with a compressed squashfs. gzip, brotli and xz bound that.
const sizes = (file: string) => {
  const raw = readFileSync(file);
  const xz = (() => {
    try {
      const packed = execFileSync('xz', ['-9', '-c'], { input: raw, maxBuffer: 64 * MB });
      return `, ${(packed.length / MB).toFixed(1)} MB xz -9`;
    } catch {
      return '';
    }
  })();
  const brotli = brotliCompressSync(raw, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
  });
  return `${(raw.length / MB).toFixed(1)} MB, ${(gzipSync(raw, { level: 9 }).length / MB).toFixed(1)} MB gzip -9, ${(brotli.length / MB).toFixed(1)} MB brotli${xz}`;
};
const oldFile = baseline ? path.join(baseline, 'generated', 'dictionary.json') : null;
add(
  `The dictionary file in generated/ (installer extraResources): ${baseline ? 'dictionary.json → ' : ''}${DICTIONARY_FILE}`,
  oldFile && existsSync(oldFile) ? sizes(oldFile) : null,
  sizes(path.join(SOURCE_LAYOUT.generatedDir, DICTIONARY_FILE)),
  'installer grows ≤ its compressed size',
);
const pinyinPro = path.join(PROJECT_ROOT, 'node_modules', 'pinyin-pro', 'dist', 'index.js');
if (existsSync(pinyinPro)) {
  add('pinyin-pro (a production dependency), dist/index.js', null, sizes(pinyinPro), '—');
}

const table = markdownTable(['Measure', 'Before (baseline)', 'After', 'Target'], rows);
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, load average ${os
  .loadavg()
  .map((n) => n.toFixed(1))
  .join(' / ')} at the end, Node ${process.version}`;
const doc = `# Reading aids benchmark

Produced by \`npm run bench:aids\` on ${new Date().toISOString().slice(0, 10)} (${machine}).
${baseline ? `"Before" is a built copy of an earlier commit (AIDS_BASELINE), measured in the same run, interleaved where it can be.\n` : ''}The machine was shared with other jobs, so absolute times are upper bounds; compare rows within one run.

${table}
`;
mkdirSync(path.join(PROJECT_ROOT, 'docs', 'benchmarks'), { recursive: true });
writeFileSync(path.join(PROJECT_ROOT, 'docs', 'benchmarks', 'aids.md'), doc);
console.log(doc);
