// Run: npm run bench:group-render   (writes docs/benchmarks/group-render.md and prints the table)
// Opens an article carrying 5,000 study-group annotations from five members in Chromium through
// `yuedu serve`, until every one of them is drawn, beside the same article with no group.
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

/** Milliseconds from asking for the article to the frame after `expected` marks are in the page. */
async function timeOpen(page: Page, selector: string, expected: number): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    await page.evaluate(() => (location.hash = '#/'));
    await page.waitForSelector('main a');
    const elapsed = await page.evaluate(
      ([id, css, count]) =>
        new Promise<number>((resolve) => {
          const started = performance.now();
          const done = () => {
            if (!document.querySelector('article [data-block-start]')) return false;
            // A piece where several members' highlights overlap lists all their ids.
            const ids = new Set(
              [...document.querySelectorAll(css)].flatMap((m) =>
                (m.getAttribute('data-annotation-ids') ?? '').split(' '),
              ),
            );
            ids.delete('');
            if (ids.size < count) return false;
            requestAnimationFrame(() => resolve(performance.now() - started));
            return true;
          };
          const observer = new MutationObserver(() => done() && observer.disconnect());
          observer.observe(document.body, { childList: true, subtree: true });
          location.hash = `#/article/${id}`;
        }),
      [ARTICLE, selector, expected] as const,
    );
    if (run >= WARM_UP) times.push(elapsed);
  }
  return times;
}

async function measure(dataDir: string, selector: string, expected: number) {
  const serve = await startServe({ dataDir });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // tsx compiles with esbuild's keepNames, which wraps functions sent to page.evaluate in __name().
    await page.addInitScript('window.__name = (fn) => fn');
    await page.goto(serve.url);
    await page.waitForSelector('main a');
    const open = await timeOpen(page, selector, expected);
    // The part of that spent waiting for main: group:notes alone, as the page fetches it.
    const answer: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const elapsed = await page.evaluate(async (id) => {
        const started = performance.now();
        const response = await fetch('/api/group:notes', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ articleId: id, member: 'all' }),
        });
        await response.json();
        return performance.now() - started;
      }, ARTICLE);
      if (run >= WARM_UP) answer.push(elapsed);
    }
    return { open, answer };
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
  const folder = groupFolder(article);
  const inGroup = mkdtempSync(path.join(os.tmpdir(), 'yuedu-bench-group-reader-'));
  await cli(['--data-dir', inGroup, 'group', 'use', folder]);
  const alone = mkdtempSync(path.join(os.tmpdir(), 'yuedu-bench-no-group-'));

  const total = MEMBERS * EACH;
  const { open: group, answer } = await measure(inGroup, 'mark.member-highlight', total);
  const { open: none } = await measure(alone, 'mark.member-highlight', 0);
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
        `with ${total.toLocaleString('en')} group annotations (${MEMBERS} members)`,
        group,
        '≤ 150 ms',
      ),
      row('— of which main answering `group:notes` (fetched alone)', answer, '—'),
      row('with no group (same article, baseline)', none, '—'),
    ],
  );
  const ratio = percentile(group, 0.5) / percentile(none, 0.5);
  const report = `# Study-group layers: rendering benchmark

\`npm run bench:group-render\` on ${new Date().toISOString().slice(0, 10)}: \`${ARTICLE}\`
(${article.text.length.toLocaleString('en')} characters, ${article.blocks.length} blocks) opened in
headless Chromium through \`yuedu serve\`, ${RUNS - WARM_UP} timed runs after ${WARM_UP} warm-ups,
from setting the address to the frame after every member highlight is in the page (the notes
panel, drawing its first 100 entries, included).

${table}

With the group, opening takes ${ratio.toFixed(1)}× the baseline's time in this run.
`;
  writeFileSync(path.join(PROJECT_ROOT, 'docs', 'benchmarks', 'group-render.md'), report);
  console.log(report);
}

await main();
