import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeImportFolder, MARKER, type ImportFolder } from './support/importFolder';
import { chromiumAvailable, launchChromium } from './support/launchChromium';
import { callApi, isInViewport, shoot } from './support/pageActions';
import { startServe, type ServeProcess } from './support/startServe';

// Each import call is held back this long, so the progress bar is on screen long enough to see.
const BATCH_DELAY_MS = 400;

describe.runIf(chromiumAvailable())('Import a folder, search it and walk the hits', () => {
  let serve: ServeProcess;
  let browser: Browser;
  let page: Page;
  let folder: ImportFolder;
  let scratch: string;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    scratch = mkdtempSync(path.join(os.tmpdir(), 'yuedu-import-e2e-'));
    folder = writeImportFolder(scratch);
    serve = await startServe({ lang: 'en' });
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    await page.route('**/api/library:import', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, BATCH_DELAY_MS));
      await route.continue();
    });
    await page.goto(serve.url);
    await page.getByRole('heading', { name: 'Library' }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await serve?.stop();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('imports a folder in batches behind a progress bar and reports the skipped files', async () => {
    // Records every progress value the bar shows, however briefly.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { progressSeen: string[] }).progressSeen = seen;
      new MutationObserver(() => {
        const bar = document.querySelector('[role="progressbar"][aria-valuemax]:not(progress)');
        const text = bar?.getAttribute('aria-valuetext');
        if (text && seen.at(-1) !== text) seen.push(text);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });

    // The visible button opens the browser's folder chooser, as a person's click would.
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Import folder…' }).click(),
    ]);
    await chooser.setFiles(folder.dir);

    const bar = page.getByRole('progressbar', { name: 'Importing…' });
    await expect.poll(() => bar.isVisible()).toBe(true);
    // The first batch also starts the import worker (from source, through tsx): allow for it.
    await expect.poll(() => bar.getAttribute('aria-valuenow'), { timeout: 60_000 }).toBe('10');
    expect(await bar.getAttribute('aria-valuemax')).toBe('32');
    expect(await page.getByText('10 of 32 files').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Cancel' }).isVisible()).toBe(true);
    await shoot(page, '10-import-progress');

    const result = page.getByRole('status', { name: 'Import result' });
    await expect
      .poll(() => result.textContent(), { timeout: 30_000 })
      .toContain('Added 30 articles; skipped 3.');
    expect(await bar.count()).toBe(0);
    const progressSeen = await page.evaluate(
      () => (window as unknown as { progressSeen: string[] }).progressSeen,
    );
    // One step per batch of ten; the last may give way to the summary before it is drawn.
    expect(progressSeen.slice(0, 4)).toEqual([
      '0 of 32 files',
      '10 of 32 files',
      '20 of 32 files',
      '30 of 32 files',
    ]);

    const skipped = await result.locator('.import-skipped li').allTextContents();
    expect(skipped).toHaveLength(3);
    for (const name of folder.skipped) {
      expect(skipped.some((line) => line.startsWith(`我的文章/${name}: `))).toBe(true);
    }
    expect(skipped.find((line) => line.includes('photo.png'))).toContain(
      'only .txt and .md files can be imported',
    );
    await shoot(page, '11-import-summary');
  });

  it('lists the imported articles, marked Imported, next to the bundled ones', async () => {
    const list = page.getByRole('main').getByRole('list').first();
    await expect.poll(() => list.getByRole('listitem').count(), { timeout: 30_000 }).toBe(35);
    expect(await list.getByText('Imported', { exact: true }).count()).toBe(30);
    expect(
      await page.getByRole('link', { name: folder.gb18030Title, exact: true }).isVisible(),
    ).toBe(true);
    const listed = await callApi<Array<{ title: string; origin: string }>>(
      page,
      'library:list',
      {},
    );
    const imported = listed.filter((article) => article.origin === 'imported');
    expect(imported.map((article) => article.title).sort()).toEqual(
      [...folder.articleTitles].sort(),
    );
    // Bundled articles cannot be removed; each imported one can.
    expect(await page.getByRole('button', { name: /^Remove “/ }).count()).toBe(30);
  });

  it('finds the marker word only in the imported articles, with hit counts', async () => {
    await page.getByRole('searchbox', { name: 'Search' }).fill(MARKER);
    const results = page.getByRole('region', { name: 'Search results' });
    await expect.poll(() => results.locator('.search-item').count()).toBe(4);
    const titles = await results.locator('.search-title').allTextContents();
    expect(titles.sort()).toEqual([folder.multiHitTitle, ...folder.singleHitTitles].sort());
    const multi = results.locator('.search-item', { hasText: folder.multiHitTitle });
    expect(await multi.locator('.search-count').textContent()).toBe('3 hits');
    expect(await multi.locator('.search-snippet mark').first().textContent()).toBe(MARKER);
    const single = results.locator('.search-item', { hasText: folder.singleHitTitles[0]! });
    expect(await single.locator('.search-count').textContent()).toBe('1 hit');
    await shoot(page, '12-search-results');
  });

  it('opens the article with every hit marked and walks them with Enter, F3 and Shift+Enter', async () => {
    const results = page.getByRole('region', { name: 'Search results' });
    await results.getByRole('link', { name: folder.multiHitTitle, exact: true }).click();
    // The article's first line is its title: shown once, as the page title.
    await expect.poll(() => page.getByText(folder.multiHitTitle, { exact: true }).count()).toBe(1);
    await expect
      .poll(() => page.getByRole('heading', { level: 1, name: folder.multiHitTitle }).isVisible())
      .toBe(true);
    const hitBar = page.getByRole('group', { name: 'Search hits' });
    const position = hitBar.locator('.hit-position');
    await expect.poll(() => position.textContent()).toBe('Hit 1 of 3');
    expect(await page.locator('mark.search-hit').count()).toBe(3);
    expect(await page.locator('mark.search-hit.current').textContent()).toBe(MARKER);
    expect(await isInViewport(page, 'mark.search-hit.current')).toBe(true);
    await shoot(page, '13-hit-1');

    const currentTop = () =>
      page.evaluate(() => {
        const mark = document.querySelector('mark.search-hit.current')!;
        return mark.getBoundingClientRect().top + window.scrollY;
      });
    const firstTop = await currentTop();

    await page.keyboard.press('Enter');
    await expect.poll(() => position.textContent()).toBe('Hit 2 of 3');
    await expect.poll(() => isInViewport(page, 'mark.search-hit.current')).toBe(true);
    const secondTop = await currentTop();
    expect(secondTop).toBeGreaterThan(firstTop);
    await shoot(page, '14-hit-2');

    await page.keyboard.press('F3');
    await expect.poll(() => position.textContent()).toBe('Hit 3 of 3');
    await expect.poll(() => isInViewport(page, 'mark.search-hit.current')).toBe(true);
    expect(await currentTop()).toBeGreaterThan(secondTop);

    await page.keyboard.press('Shift+Enter');
    await expect.poll(() => position.textContent()).toBe('Hit 2 of 3');
    await expect.poll(() => isInViewport(page, 'mark.search-hit.current')).toBe(true);
    expect(await currentTop()).toBe(secondTop);

    await hitBar.getByRole('button', { name: 'Next hit' }).click();
    await expect.poll(() => position.textContent()).toBe('Hit 3 of 3');
    await shoot(page, '15-hit-3');

    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('mark.search-hit').count()).toBe(0);
    expect(await hitBar.count()).toBe(0);
  });

  it('logged no errors in the browser console', () => {
    expect(consoleErrors).toEqual([]);
  });
});
