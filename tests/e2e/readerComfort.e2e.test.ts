import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from './support/launchChromium';
import { callApi, isInViewport, shoot } from './support/pageActions';
import { startServe, type ServeProcess } from './support/startServe';

const ARTICLE = '外国朋友分享在大湾区的所见、所闻、所感';
const ARTICLE_ID = 'greater-bay-area-friends';
const QUOTE = '开放、包容、创新';

const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 800, height: 600 },
  { width: 1920, height: 1080 },
] as const;

interface Placed {
  id: string;
}

/**
 * Selects the first occurrence of `text` in the article after scrolling it to sit `fromBottom`
 * pixels above the window's bottom edge, then lets go of the mouse, as a drag there would. The
 * scroll is repeated until the layout has settled (blocks off screen are laid out lazily).
 */
async function selectNearBottom(page: Page, text: string, fromBottom: number): Promise<void> {
  await page.evaluate(
    async ([wanted, gap]) => {
      const runs = [...document.querySelectorAll<HTMLElement>('article [data-offset]')];
      const run = runs.find((element) => element.textContent?.includes(wanted));
      if (!run) throw new Error(`"${wanted}" is not in one text run`);
      const node = run.firstChild as Text;
      const at = node.data.indexOf(wanted);
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      for (let i = 0; i < 5; i += 1) {
        window.scrollBy(0, range.getBoundingClientRect().bottom - (window.innerHeight - gap));
        await frame();
        await frame();
      }
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      document
        .querySelector('article')!
        .dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    },
    [text, fromBottom] as const,
  );
}

/** The element's box against the window and the sticky headers above the article. */
const boxOf = (page: Page, selector: string) =>
  page.evaluate((css) => {
    const box = document.querySelector(css)!.getBoundingClientRect();
    const headers = [...document.querySelectorAll('.app-header, .reader-toolbar')].map(
      (bar) => bar.getBoundingClientRect().bottom,
    );
    return {
      top: box.top,
      bottom: box.bottom,
      left: box.left,
      right: box.right,
      width: box.width,
      headerBottom: Math.max(...headers),
      windowHeight: window.innerHeight,
      windowWidth: window.innerWidth,
    };
  }, selector);

const pendingText = (page: Page) =>
  page.evaluate(() => {
    const mark = CSS.highlights.get('yuedu-pending');
    return mark ? [...mark].map((range) => range.toString()).join('') : null;
  });

describe.runIf(chromiumAvailable())('Reading comfort in Chromium through yuedu serve', () => {
  let serve: ServeProcess;
  let browser: Browser;
  const consoleErrors: string[] = [];

  async function openPage(viewport: { width: number; height: number }, path = '') {
    const context = await browser.newContext({ viewport, acceptDownloads: true });
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    await page.goto(serve.url);
    if (path) await page.goto(`${serve.origin}/${path}`);
    return page;
  }

  /** Each test starts from an article without highlights, whatever an earlier one left. */
  async function clearHighlights(page: Page) {
    const existing = await callApi<Placed[]>(page, 'annotations:list', { articleId: ARTICLE_ID });
    for (const { id } of existing) await callApi(page, 'annotations:delete', { id });
  }

  async function openArticle(page: Page) {
    await clearHighlights(page);
    await page.goto(`${serve.origin}/#/article/${ARTICLE_ID}`);
    await expect
      .poll(() => page.getByRole('heading', { level: 1, name: ARTICLE }).isVisible())
      .toBe(true);
    await page.evaluate(() => document.fonts.ready);
  }

  const setTheme = (page: Page, theme: 'light' | 'dark') =>
    callApi(page, 'settings:update', { theme });

  beforeAll(async () => {
    serve = await startServe({ lang: 'en' });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await serve?.stop();
  });

  for (const viewport of VIEWPORTS) {
    const size = `${viewport.width}x${viewport.height}`;

    it(`places the selection toolbar inside the window near its bottom edge at ${size}`, async () => {
      const page = await openPage(viewport);
      await openArticle(page);
      // A phrase from the middle of the article, so it can be scrolled to the window's bottom.
      const phrase = await page.evaluate(() => {
        const runs = [...document.querySelectorAll('article p [data-offset]')];
        return (runs[Math.floor(runs.length / 2)]!.textContent ?? '').slice(4, 12);
      });
      await selectNearBottom(page, phrase, 6);
      const toolbar = page.getByRole('toolbar', { name: 'Highlight selection' });
      await expect.poll(() => toolbar.isVisible()).toBe(true);
      const box = await boxOf(page, '.selection-toolbar');
      expect(box.bottom).toBeLessThanOrEqual(box.windowHeight);
      expect(box.top).toBeGreaterThanOrEqual(box.headerBottom);
      expect(box.right).toBeLessThanOrEqual(box.windowWidth);
      expect(await toolbar.getAttribute('data-side')).toBe('above');

      // Typing a note takes the browser's selection away; the text stays marked all the same.
      await toolbar.getByRole('textbox', { name: 'Note' }).fill('留学');
      expect(await pendingText(page)).toBe(phrase);
      await shoot(page, `comfort-toolbar-bottom-${size}`);

      // One colour click highlights at once and the note typed so far goes with it.
      await toolbar.getByRole('button', { name: 'Pink highlight', exact: true }).click();
      const mark = page.locator('mark.highlight-pink', { hasText: phrase });
      await expect.poll(() => mark.count()).toBe(1);
      expect(await mark.getAttribute('data-note-end')).toBe('');
      expect(await pendingText(page)).toBeNull();
      await page.context().close();
    });
  }

  it('highlights at once on a colour click and offers the note in the popover next', async () => {
    const page = await openPage({ width: 1280, height: 800 });
    await openArticle(page);
    await selectNearBottom(page, QUOTE, 300);
    await page.getByRole('button', { name: 'Green highlight', exact: true }).click();
    await expect.poll(() => page.locator('mark.highlight-green').count()).toBeGreaterThan(0);
    const note = page.getByRole('dialog', { name: 'Edit highlight' }).getByRole('textbox');
    await expect.poll(() => note.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('三个关键词');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.locator('mark.highlight-green[data-note-end]').count()).toBe(1);
    await shoot(page, 'comfort-note-marker');
    await page.context().close();
  });

  it('opens an exported link at its highlight and marks it briefly', async () => {
    const page = await openPage({ width: 1280, height: 800 });
    const article = await callApi<{ blocks: Array<{ start: number }> }>(page, 'library:get', {
      id: ARTICLE_ID,
    });
    // Ten characters into the last paragraph, far below the first screen.
    const start = article.blocks.at(-1)!.start + 2;
    const placed = await callApi<Placed>(page, 'annotations:create', {
      articleId: ARTICLE_ID,
      start,
      end: start + 10,
      color: 'blue',
      note: '从导出的链接打开',
    });
    // What rendererUrlForDeepLink makes of yuedu://article/<id>#<annotationId>.
    await page.goto(`${serve.origin}/#/article/${ARTICLE_ID}/annotation/${placed.id}`);
    const mark = page.locator(`mark[data-annotation-id="${placed.id}"]`);
    await expect.poll(() => mark.evaluate((el) => el.classList.contains('flash'))).toBe(true);
    await expect
      .poll(() => isInViewport(page, `mark[data-annotation-id="${placed.id}"]`))
      .toBe(true);
    expect(await mark.evaluate((el) => el === document.activeElement)).toBe(true);
    await shoot(page, 'comfort-deep-link');

    await page.goto(`${serve.origin}/#/article/${ARTICLE_ID}/annotation/no-such-highlight`);
    await expect
      .poll(() => page.getByText('The linked highlight is no longer in this article.').isVisible())
      .toBe(true);
    await callApi(page, 'annotations:delete', { id: placed.id });
    await page.context().close();
  });

  it('keeps the notes in a drawer below 1000 px: a toggle opens it, Escape closes it', async () => {
    const page = await openPage({ width: 800, height: 600 });
    await openArticle(page);
    const toggle = page.getByRole('button', { name: /^Notes/ });
    const panel = page.getByRole('complementary', { name: 'Notes' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await panel.isVisible()).toBe(false);

    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => panel.isVisible()).toBe(true);
    await expect
      .poll(() => panel.getByRole('heading').evaluate((el) => el === document.activeElement))
      .toBe(true);
    const drawer = await boxOf(page, '.notes-panel');
    expect(drawer.right).toBeLessThanOrEqual(800);
    expect(drawer.top).toBeLessThan(100);
    await shoot(page, 'comfort-drawer-800x600');

    await page.keyboard.press('Escape');
    await expect.poll(() => panel.isVisible()).toBe(false);
    expect(await toggle.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');

    await setTheme(page, 'dark');
    await page.reload();
    await expect.poll(() => toggle.isVisible()).toBe(true);
    await toggle.click();
    await expect.poll(() => panel.isVisible()).toBe(true);
    await shoot(page, 'comfort-drawer-800x600-dark');
    await setTheme(page, 'light');
    await page.context().close();
  });

  it('lets a wide window close the notes column to give the article the room', async () => {
    const page = await openPage({ width: 1920, height: 1080 });
    await openArticle(page);
    const toggle = page.getByRole('button', { name: /^Notes/ });
    const panel = page.getByRole('complementary', { name: 'Notes' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => panel.isVisible()).toBe(true);
    await shoot(page, 'comfort-column-1920x1080');
    const before = (await boxOf(page, 'main.reader')).width;
    await toggle.click();
    await expect.poll(() => panel.isVisible()).toBe(false);
    expect((await boxOf(page, 'main.reader')).width).toBeGreaterThan(before);
    await page.context().close();
  });

  it('says a deletion from the notes panel where the user is, with Undo, far down the article', async () => {
    const page = await openPage({ width: 1280, height: 800 });
    await openArticle(page);
    const article = await callApi<{ text: string }>(page, 'library:get', { id: ARTICLE_ID });
    const start = article.text.indexOf(QUOTE);
    await callApi(page, 'annotations:create', {
      articleId: ARTICLE_ID,
      start,
      end: start + QUOTE.length,
      color: 'yellow',
    });
    await page.reload();
    await expect.poll(() => page.locator('mark.highlight-yellow').count()).toBeGreaterThan(0);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page
      .getByRole('complementary', { name: 'Notes' })
      .getByRole('button', { name: /^Delete highlight: 开放/ })
      .click();
    const toast = page.locator('.change-toast');
    await expect
      .poll(() => toast.locator('.change-toast-text').textContent())
      .toBe('Highlight deleted.');
    const box = await boxOf(page, '.change-toast-row');
    expect(box.bottom).toBeLessThanOrEqual(box.windowHeight);
    expect(await isInViewport(page, '.reader-toolbar')).toBe(true);
    await shoot(page, 'comfort-toast-1280x800');
    await toast.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect
      .poll(() => toast.locator('.change-toast-text').textContent())
      .toBe('Deletion undone.');
    await expect.poll(() => page.locator('mark.highlight-yellow').count()).toBeGreaterThan(0);

    await setTheme(page, 'dark');
    await page.reload();
    await expect.poll(() => page.locator('mark.highlight-yellow').count()).toBeGreaterThan(0);
    await page
      .getByRole('complementary', { name: 'Notes' })
      .getByRole('button', { name: /^Delete highlight: 开放/ })
      .click();
    await expect.poll(() => toast.isVisible()).toBe(true);
    await shoot(page, 'comfort-toast-1280x800-dark');
    await setTheme(page, 'light');
    await page.context().close();
  });

  it('says why an article without highlights exports nothing, and what a real export wrote', async () => {
    const page = await openPage({ width: 800, height: 600 });
    await page.goto(`${serve.origin}/#/article/road-to-the-exam`);
    await expect.poll(() => page.locator('article .block').count()).toBeGreaterThan(0);
    const exportButton = page.getByRole('button', { name: 'Export Markdown', exact: true });
    await exportButton.click();
    await expect
      .poll(() => page.getByRole('alert').filter({ hasText: 'Nothing to export yet' }).count())
      .toBe(1);
    await shoot(page, 'comfort-export-empty-800x600');

    const article = await callApi<{ text: string }>(page, 'library:get', {
      id: 'road-to-the-exam',
    });
    await callApi(page, 'annotations:create', {
      articleId: 'road-to-the-exam',
      start: 0,
      end: Math.min(5, article.text.length),
      color: 'green',
    });
    await page.reload();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export Markdown', exact: true }).click(),
    ]);
    const file = download.suggestedFilename();
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: `Exported 1 highlight to ${file}` })
          .count(),
      )
      .toBe(1);
    await shoot(page, 'comfort-export-done-800x600');
    await page.context().close();
  });

  it('opens the first search result on Enter, from a dropdown that hangs under the box', async () => {
    const page = await openPage({ width: 1280, height: 800 });
    const box = page.getByRole('searchbox', { name: 'Search' });
    await box.fill('大湾区');
    const results = page.getByRole('region', { name: 'Search results' });
    await expect.poll(() => results.isVisible()).toBe(true);
    const input = await boxOf(page, '.search-box');
    const dropdown = await boxOf(page, '.search-results');
    expect(Math.abs(dropdown.left - input.left)).toBeLessThanOrEqual(1);
    expect(dropdown.right).toBeLessThanOrEqual(1280);
    await shoot(page, 'comfort-search-dropdown');

    await box.press('Enter');
    await expect.poll(() => page.locator('mark.search-hit.current').count()).toBe(1);
    await expect.poll(() => results.count()).toBe(0);
    // The hit bar is as wide as the text column, not the whole reader.
    const bar = await boxOf(page, '.hit-bar');
    const text = await boxOf(page, 'article');
    expect(bar.width).toBeLessThanOrEqual(text.width + 1);
    await shoot(page, 'comfort-hit-bar');
    await page.context().close();
  });

  it('shows photo captions as quiet notes and the highlight count in the library', async () => {
    const page = await openPage({ width: 1280, height: 800 });
    await page.goto(`${serve.origin}/#/article/cyberspace-shared-future`);
    const caption = page.locator('.block-caption').first();
    await expect.poll(() => caption.isVisible()).toBe(true);
    expect(await caption.evaluate((el) => getComputedStyle(el).textAlign)).toBe('start');
    await caption.scrollIntoViewIfNeeded();
    await shoot(page, 'comfort-caption');

    await callApi(page, 'annotations:create', {
      articleId: ARTICLE_ID,
      start: 0,
      end: 4,
      color: 'blue',
    });
    await page.goto(`${serve.origin}/#/`);
    const item = page.locator('li', { has: page.getByRole('link', { name: '外国朋友分享' }) });
    await expect.poll(() => item.locator('.library-highlights').isVisible()).toBe(true);
    expect(await item.locator('.library-highlights').textContent()).toMatch(/^\d+ highlights?$/);
    await shoot(page, 'comfort-library-counts');
    await page.context().close();
  });

  it('raised no console errors', () => {
    expect(consoleErrors).toEqual([]);
  });
});
