import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../main/paths/projectPaths';
import { chromiumAvailable, launchChromium } from './support/launchChromium';
import { isInViewport, shoot } from './support/pageActions';
import { startServe, type ServeProcess } from './support/startServe';

const run = promisify(execFile);

/** Writes a small folder of Chinese articles, each opening with its title line. */
function writeArticles(dir: string, count: number, label: string): string[] {
  mkdirSync(dir, { recursive: true });
  const titles: string[] = [];
  for (let i = 1; i <= count; i += 1) {
    const title = `${label}第${i}篇`;
    const body = `这是${label}的第${i}篇文章。春天来了，江南的细雨落在石板路上。\n\n游客撑着油纸伞走过小桥。`;
    writeFileSync(path.join(dir, `${String(i).padStart(2, '0')}.txt`), `${title}\n\n${body}\n`);
    titles.push(title);
  }
  return titles;
}

const VIEWPORTS = [
  { name: '1280x800', width: 1280, height: 800 },
  { name: '800x600', width: 800, height: 600 },
  { name: '1920x1080', width: 1920, height: 1080 },
] as const;

describe.runIf(chromiumAvailable())('Import feedback, cancel and changes made elsewhere', () => {
  let serve: ServeProcess;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let scratch: string;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    scratch = mkdtempSync(path.join(os.tmpdir(), 'yuedu-feedback-e2e-'));
    serve = await startServe({ lang: 'en' });
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    await page.goto(serve.url);
    await page.getByRole('heading', { name: 'Library' }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await serve?.stop();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('opens the file chooser from a focusable button, with the keyboard', async () => {
    const button = page.getByRole('button', { name: 'Import articles…' });
    await button.focus();
    expect(await button.evaluate((element) => element === document.activeElement)).toBe(true);
    // Whether headless Chromium shows a chooser for a key press varies between builds, so this
    // checks what the app controls: Space on the button clicks the (hidden) multi-file input.
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('.import-files-input');
      input?.addEventListener(
        'click',
        (event) => {
          event.preventDefault();
          document.body.dataset.filesInputClicked = String(input.multiple);
        },
        { once: true },
      );
    });
    await page.keyboard.press('Space');
    await expect
      .poll(() => page.evaluate(() => document.body.dataset.filesInputClicked), { timeout: 30_000 })
      .toBe('true');
  });

  it('names the articles it added, links to them and scrolls the library to them', async () => {
    const folder = path.join(scratch, '春天');
    const titles = writeArticles(folder, 8, '春天');
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Import folder…' }).click(),
    ]);
    await chooser.setFiles(folder);
    const result = page.getByRole('status', { name: 'Import result' });
    await expect
      .poll(() => result.textContent(), { timeout: 60_000 })
      .toContain('Added 8 articles; skipped 0.');
    expect(await result.getByRole('link').allTextContents()).toEqual(titles.slice(0, 5));
    expect(await result.textContent()).toContain('and 3 more');
    // The new articles are marked, and the list has been scrolled to the first one.
    const firstNew = `[data-article-id].library-item-new`;
    await expect.poll(() => page.locator(firstNew).count()).toBe(8);
    await expect.poll(() => isInViewport(page, firstNew), { timeout: 10_000 }).toBe(true);
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await page.getByRole('button', { name: 'Show in library' }).click();
      await expect.poll(() => isInViewport(page, firstNew), { timeout: 10_000 }).toBe(true);
      await page.waitForTimeout(400); // the smooth scroll settles
      await shoot(page, `20-import-added-${viewport.name}`);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('opens a named article with its title once, leaving the summary behind', async () => {
    const result = page.getByRole('status', { name: 'Import result' });
    await result.getByRole('link', { name: '春天第2篇' }).click();
    await page.getByRole('heading', { level: 1, name: '春天第2篇' }).waitFor();
    expect(await page.locator('article').getByText('春天第2篇', { exact: true }).count()).toBe(1);
    expect(await result.textContent()).toBe('');
    await shoot(page, '21-imported-article-title-once');
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('heading', { name: 'Library' }).waitFor();
  });

  it('shows articles the CLI imports into the same data folder, without a reload', async () => {
    const folder = path.join(scratch, '命令行');
    const [title] = writeArticles(folder, 1, '命令行');
    await run(
      process.execPath,
      ['bin/yuedu.mjs', 'import', folder, '--json', '--data-dir', serve.dataDir],
      { cwd: PROJECT_ROOT, timeout: 120_000 },
    );
    const link = page.getByRole('main').getByRole('link', { name: title!, exact: true });
    await expect.poll(() => link.count(), { timeout: 30_000 }).toBe(1);
    await link.scrollIntoViewIfNeeded();
    await shoot(page, '22-cli-import-appears');
  });

  it('cancels an import in the middle of one large file within moments', async () => {
    // 8 MB of unmatched emphasis: parsing takes far longer than the bound below.
    const huge = path.join(scratch, 'huge.md');
    writeFileSync(huge, '*a **b _c '.repeat(800_000));
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Import articles…' }).click(),
    ]);
    await chooser.setFiles(huge);
    const cancel = page.getByRole('button', { name: 'Cancel' });
    await cancel.waitFor({ timeout: 30_000 });
    // Let the file reach main and the worker, then cancel.
    await page.waitForTimeout(3_000);
    await shoot(page, '23-import-running');
    const clicked = performance.now();
    await cancel.click();
    const result = page.getByRole('status', { name: 'Import result' });
    await expect
      .poll(() => result.textContent(), { timeout: 30_000 })
      .toContain('Import cancelled after 0 of 1 files.');
    const took = performance.now() - clicked;
    // Within a second on an idle machine; generous for a busy one, far below the parse time.
    expect(took).toBeLessThan(10_000);
    expect(await result.textContent()).toContain('Added 0 articles; skipped 0.');
    await shoot(page, '24-import-cancelled');
  });

  it('logged no errors in the browser console', () => {
    expect(consoleErrors).toEqual([]);
  });
});
