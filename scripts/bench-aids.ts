// Measures the reading aids: dictionary start-up and memory, lookups, pinyin for a long article,
// and turning ruby on in Chromium through `yuedu serve`; also the data's size in an installer.
// Run: npm run bench:aids   (writes docs/benchmarks/aids.md and prints the table)
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
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
const rows: string[][] = [];
const add = (what: string, value: string, target: string) => rows.push([what, value, target]);
const median = (samples: number[]) => percentile(samples, 0.5);

const articles = loadCorpus({
  generatedDir: SOURCE_LAYOUT.generatedDir,
  seedsDir: SOURCE_LAYOUT.seedsDir,
});
const corpusText = articles.map((article) => article.text).join('\n');

// 1. Start-up in the worker, with the main thread's event loop watched meanwhile.
const builtWorker = path.join(PROJECT_ROOT, 'out', 'main', 'dictionaryWorker.js');
const workerFile = existsSync(builtWorker)
  ? new URL(`file://${builtWorker}`)
  : new URL('../main/dictionary/worker/dictionaryWorker.ts', import.meta.url);
const readies: number[] = [];
const lags: number[] = [];
for (let run = 0; run < 3; run++) {
  const lag = monitorEventLoopDelay({ resolution: 10 });
  lag.enable();
  const service = new DictionaryService(SOURCE_LAYOUT.generatedDir, workerFile);
  const started = performance.now();
  service.start();
  await service.call('lookup', { text: '银行' });
  readies.push(performance.now() - started);
  lag.disable();
  lags.push(lag.max / 1e6);
  if (run === 2) {
    const samples: number[] = [];
    for (let i = 0; i < 500; i++) {
      const at = (i * 7919) % (corpusText.length - 40);
      const t0 = performance.now();
      await service.call('lookup', { text: corpusText.slice(at, at + 32) });
      samples.push(performance.now() - t0);
    }
    add('Lookup through the worker (500, p95)', ms(percentile(samples, 0.95)), '≤ 5 ms');
  }
  await service.close();
}
add(
  `Dictionary ready after start (${existsSync(builtWorker) ? 'built worker' : 'worker from source via tsx'}, median of 3)`,
  ms(median(readies)),
  '≤ 500 ms',
);
add('Longest main-thread stall while it loads', ms(Math.max(...lags)), 'library never waits');

// 2. Memory and in-process speed.
globalThis.gc?.();
const before = process.memoryUsage();
const loadStart = performance.now();
const dictionary = new Dictionary(await readDictionaryFile(SOURCE_LAYOUT.generatedDir));
const loadMs = performance.now() - loadStart;
globalThis.gc?.();
const after = process.memoryUsage();
add('Read and index the file in one thread', ms(loadMs), '—');
add(
  `Resident memory of the loaded dictionary${globalThis.gc ? '' : ' (no --expose-gc: rough)'}`,
  `${((after.rss - before.rss) / MB).toFixed(1)} MB (heap ${((after.heapUsed - before.heapUsed) / MB).toFixed(1)} MB)`,
  '≤ 60 MB',
);
const lookups: number[] = [];
for (let i = 0; i < 2000; i++) {
  const at = (i * 104_729) % (corpusText.length - 40);
  const t0 = performance.now();
  dictionary.matchesAt(corpusText.slice(at, at + 32));
  lookups.push(performance.now() - t0);
}
add('Lookup in the dictionary itself (2,000, p95)', ms(percentile(lookups, 0.95)), '≤ 5 ms');

let tenThousand = '';
while (tenThousand.length < 10_000) tenThousand += corpusText;
tenThousand = tenThousand.slice(0, 10_000);
readText(tenThousand, dictionary);
const reads: number[] = [];
for (let i = 0; i < 5; i++) {
  const t0 = performance.now();
  readText(tenThousand, dictionary);
  reads.push(performance.now() - t0);
}
add('Pinyin in context for a 10,000-character article (median of 5)', ms(median(reads)), '≤ 50 ms');

// 3. Ruby on in an open article, in Chromium: from the toolbar change to the first frame with ruby.
const serve = await startServe({ lang: 'en' });
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(serve.url);
  const longest = [...articles].sort((a, b) => b.text.length - a.text.length)[0]!;
  await page.getByRole('link', { name: longest.title }).first().click();
  await page.waitForSelector('article p.block');
  const rubyOn = async () => {
    // A string, so the bundler's helpers for named functions never reach the page.
    const wait = page.evaluate<number>(`new Promise((resolve) => {
      const t0 = performance.now();
      const check = () => {
        if (document.querySelector('article rt')) {
          requestAnimationFrame(() => resolve(performance.now() - t0));
        } else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    })`);
    await page.getByLabel('Pinyin').selectOption('all');
    return wait;
  };
  const first = await rubyOn();
  const count = await page.locator('article rt').count();
  await page.getByLabel('Pinyin').selectOption('off');
  await page.waitForFunction(() => !document.querySelector('article rt'));
  const again = await rubyOn();
  await page.getByLabel('Pinyin').selectOption('off');
  add(
    `Ruby on in an open article to rendered (${longest.text.length.toLocaleString('en')} characters, ${count.toLocaleString('en')} ruby): first time, right after the article opened`,
    ms(first),
    '≤ 150 ms',
  );
  add('Ruby on again (readings already loaded)', ms(again), '≤ 150 ms');
} finally {
  await browser.close();
  await serve.stop();
}

// 4. What the data adds to an installer.
const file = path.join(SOURCE_LAYOUT.generatedDir, DICTIONARY_FILE);
const raw = readFileSync(file);
add(
  'generated/dictionary.json (installer extraResources)',
  `${(raw.length / MB).toFixed(1)} MB, ${(gzipSync(raw).length / MB).toFixed(1)} MB gzipped`,
  'installer grows ≤ its compressed size',
);
const pinyinPro = path.join(PROJECT_ROOT, 'node_modules', 'pinyin-pro', 'dist');
if (existsSync(pinyinPro)) {
  const main = path.join(pinyinPro, 'index.js');
  if (existsSync(main)) {
    const bytes = readFileSync(main);
    add(
      'pinyin-pro (now a production dependency), dist/index.js',
      `${(statSync(main).size / MB).toFixed(1)} MB, ${(gzipSync(bytes).length / MB).toFixed(1)} MB gzipped`,
      '—',
    );
  }
}

const table = markdownTable(['Measure', 'Result', 'Target'], rows);
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, load average ${os
  .loadavg()
  .map((n) => n.toFixed(1))
  .join(' / ')}, Node ${process.version}`;
const doc = `# Reading aids benchmark

Produced by \`npm run bench:aids\` on ${new Date().toISOString().slice(0, 10)} (${machine}).
The machine was shared with other jobs, so absolute times are upper bounds; compare rows within one run.

${table}
`;
mkdirSync(path.join(PROJECT_ROOT, 'docs', 'benchmarks'), { recursive: true });
writeFileSync(path.join(PROJECT_ROOT, 'docs', 'benchmarks', 'aids.md'), doc);
console.log(doc);
