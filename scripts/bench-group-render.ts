// Run: npm run bench:group-render   (writes docs/benchmarks/group-render.md and prints the table)
// Opens an article carrying 5,000 study-group annotations from five members in Chromium through
// `yuedu serve`, until those on screen and then all of them are drawn, beside the same article with no group.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { CliIo } from '../main/cli/cliIo';
import { runCli } from '../main/cli/runCli';
import { loadCorpus } from '../main/library/loadCorpus';
import { PROJECT_ROOT, SOURCE_LAYOUT } from '../main/paths/projectPaths';
import { launchChromium } from '../tests/e2e/support/launchChromium';
import { startServe } from '../tests/e2e/support/startServe';
import { EACH, groupFolder, MEMBERS } from './bench/groupRenderFixture';
import { markdownTable, ms, percentile } from './bench/stats';

const ARTICLE = 'cyberspace-shared-future';
const RUNS = 12;
const WARM_UP = 2;

async function cli(argv: string[]): Promise<void> {
  let stderr = '';
  const io: CliIo = {
    stdout: () => {},
    stderr: (t) => (stderr += t),
    env: {},
    cwd: PROJECT_ROOT,
    untilInterrupted: async () => {},
  };
  if ((await runCli(argv, io)) !== 0) throw new Error(`yuedu ${argv.join(' ')}: ${stderr}`);
}

/** Member highlight ids expected in each block (by its start offset). */
type Expected = Record<number, string[]>;

/**
 * Milliseconds from asking for the article to the frame after the expected member highlights
 * are in the page: those of the blocks on screen (`screen`), and of every block (`all`).
 */
async function timeOpen(page: Page, expected: Expected) {
  const screen: number[] = [];
  const all: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    await page.evaluate(() => (location.hash = '#/'));
    await page.waitForSelector('main a');
    const elapsed = await page.evaluate(
      ([id, wanted, inGroup]) =>
        new Promise<{ screen: number; all: number }>((resolve) => {
          const started = performance.now();
          let screenAt: number | null = null;
          // A piece where several members' highlights overlap lists all their ids.
          const drawnIn = (block: Element) =>
            new Set(
              [...block.querySelectorAll('mark.member-highlight')].flatMap((m) =>
                (m.getAttribute('data-annotation-ids') ?? '').split(' '),
              ),
            );
          const complete = (block: Element) => {
            const ids = wanted[Number(block.getAttribute('data-block-start'))] ?? [];
            if (ids.length === 0) return true;
            const drawn = drawnIn(block);
            return ids.every((i) => drawn.has(i));
          };
          const onScreen = (block: Element) => {
            const box = block.getBoundingClientRect();
            return box.bottom > 0 && box.top < innerHeight;
          };
          const check = () => {
            const blocks = [...document.querySelectorAll('article [data-block-start]')];
            if (blocks.length === 0) return false;
            if (screenAt === null && blocks.filter(onScreen).every(complete)) {
              screenAt = -1;
              requestAnimationFrame(() => (screenAt = performance.now() - started));
            }
            const panelListed = !inGroup || document.querySelector('.member-entry') !== null;
            if (screenAt === null || !blocks.every(complete) || !panelListed) return false;
            requestAnimationFrame(() =>
              requestAnimationFrame(() =>
                resolve({ screen: screenAt!, all: performance.now() - started }),
              ),
            );
            return true;
          };
          const observer = new MutationObserver(() => check() && observer.disconnect());
          observer.observe(document.body, { childList: true, subtree: true, attributes: true });
          location.hash = `#/article/${id}`;
        }),
      [ARTICLE, expected, Object.keys(expected).length > 0] as const,
    );
    if (run >= WARM_UP) {
      screen.push(elapsed.screen);
      all.push(elapsed.all);
    }
  }
  return { screen, all };
}

async function measure(dataDir: string, expected: Expected) {
  const serve = await startServe({ dataDir });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // tsx compiles with esbuild's keepNames, which wraps functions sent to page.evaluate in __name().
    await page.addInitScript('window.__name = (fn) => fn');
    await page.goto(serve.url);
    await page.waitForSelector('main a');
    const open = await timeOpen(page, expected);
    // The part of that spent waiting for main: group:layer alone, as the page fetches it.
    const answer: number[] = [];
    let answerChars = 0;
    for (let run = 0; run < RUNS; run++) {
      const [elapsed, chars] = await page.evaluate(async (id) => {
        const started = performance.now();
        const response = await fetch('/api/group:layer', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ articleId: id }),
        });
        const text = await response.text();
        JSON.parse(text);
        return [performance.now() - started, text.length] as const;
      }, ARTICLE);
      if (run >= WARM_UP) answer.push(elapsed);
      answerChars = chars;
    }
    return { open, answer, answerChars };
  } finally {
    await browser.close();
    await serve.stop();
  }
}

async function main() {
  const articles = loadCorpus({
    generatedDir: SOURCE_LAYOUT.generatedDir,
    seedsDir: SOURCE_LAYOUT.seedsDir,
  });
  const article = articles.find((a) => a.id === ARTICLE)!;
  const { folder, annotations } = groupFolder(article);
  const inGroup = mkdtempSync(path.join(os.tmpdir(), 'yuedu-bench-group-reader-'));
  await cli(['--data-dir', inGroup, 'group', 'use', folder]);
  const alone = mkdtempSync(path.join(os.tmpdir(), 'yuedu-bench-no-group-'));

  const expected: Expected = {};
  for (const block of article.blocks) {
    expected[block.start] = annotations
      .filter((a) => a.target.position.start < block.end && a.target.position.end > block.start)
      .map((a) => a.id);
  }
  const total = MEMBERS * EACH;
  const { open: group, answer, answerChars } = await measure(inGroup, expected);
  const { open: none } = await measure(alone, {});
  const row = (what: string, times: number[], target: string) => [
    what,
    ms(percentile(times, 0.5)),
    ms(percentile(times, 0.9)),
    target,
  ];
  const table = markdownTable(
    ['Open the article until drawn', 'median', 'p90', 'target'],
    [
      row(
        `with ${total.toLocaleString('en')} group annotations (${MEMBERS} members): the screen`,
        group.screen,
        '≤ 150 ms',
      ),
      row('— the same, until every block is drawn (in idle time)', group.all, '—'),
      row('— of which main answering `group:layer` (fetched alone)', answer, '—'),
      row('with no group (same article, baseline)', none.screen, '—'),
    ],
  );
  const ratio = percentile(group.screen, 0.5) / percentile(none.screen, 0.5);
  const report = `# Study-group layers: rendering benchmark

\`npm run bench:group-render\` on ${new Date().toISOString().slice(0, 10)}: \`${ARTICLE}\`
(${article.text.length.toLocaleString('en')} characters, ${article.blocks.length} blocks) opened in
headless Chromium through \`yuedu serve\`, ${RUNS - WARM_UP} timed runs after ${WARM_UP} warm-ups,
from setting the address to the frame after the member highlights are in the page: first every
one in the blocks on screen (what the reader sees; the rest are drawn in idle time, nearest
first), then every one of the ${total.toLocaleString('en')} with the notes panel listing them
(its first 100 entries; the panel takes the members' notes in a render of its own, right after
their marks on screen).

${table}

With the group, the first screen takes ${ratio.toFixed(1)}× the baseline's time in this run.
The \`group:layer\` answer is ${(answerChars / 1e6).toFixed(2)} million characters of JSON (columns:
see shared/group/groupLayer.ts); \`yuedu serve\` sends it uncompressed, as it gzips only answers
from 1 MB.
`;
  writeFileSync(path.join(PROJECT_ROOT, 'docs', 'benchmarks', 'group-render.md'), report);
  console.log(report);
}

await main();
