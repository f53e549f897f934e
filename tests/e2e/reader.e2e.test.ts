import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from './support/launchChromium';
import { callApi, isInViewport, selectInArticle, shoot } from './support/pageActions';
import { startServe, type ServeProcess } from './support/startServe';

const ARTICLE = '外国朋友分享在大湾区的所见、所闻、所感';
const QUOTE = '开放、包容、创新';
const OVERLAP = '创新已经成为大湾区发展的代名词';
const NOTE = '# 不是标题 *重点* > 引用 <script>alert(1)</script>';

describe.runIf(chromiumAvailable())('Yuedu in Chromium through yuedu serve', () => {
  let serve: ServeProcess;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    serve = await startServe({ lang: 'en' });
    browser = await launchChromium();
    const context = await browser.newContext({
      acceptDownloads: true,
      viewport: { width: 1280, height: 900 },
    });
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    await page.goto(serve.url);
  });

  afterAll(async () => {
    await browser?.close();
    await serve?.stop();
  });

  it('opens on the library of five articles, typeset in the bundled Chinese font', async () => {
    const links = page.getByRole('main').getByRole('link');
    await expect.poll(() => links.count()).toBe(5);
    await expect.poll(() => page.getByRole('link', { name: ARTICLE }).isVisible()).toBe(true);
    const fontsReady = await page.evaluate(async () => {
      await document.fonts.ready;
      const family = getComputedStyle(document.querySelector('main a')!).fontFamily;
      return { family, loaded: document.fonts.check(`20px ${family}`, '阅读外国朋友') };
    });
    expect(fontsReady.family).toMatch(/Noto (Serif|Sans) SC/);
    expect(fontsReady.loaded).toBe(true);
    await shoot(page, '01-library');
  });

  it('highlights a selection in green with a note', async () => {
    await page.getByRole('link', { name: ARTICLE }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1, name: ARTICLE }).isVisible())
      .toBe(true);
    await expect
      .poll(() => page.getByRole('heading', { name: '“大湾区的发展成就令人赞叹”' }).isVisible())
      .toBe(true);

    await selectInArticle(page, QUOTE);
    await page.getByRole('textbox', { name: 'Note' }).fill(NOTE);
    await page.getByRole('button', { name: 'Green highlight', exact: true }).click();

    const mark = page.locator('mark.highlight', { hasText: QUOTE });
    await expect.poll(() => mark.count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('mark.highlight-green').count()).toBeGreaterThan(0);
    const notes = page.getByRole('complementary');
    await expect.poll(() => notes.getByText(NOTE).isVisible()).toBe(true);
    await shoot(page, '02-highlighted');
  });

  it('lets highlights overlap, both visible', async () => {
    await selectInArticle(page, OVERLAP);
    await page.getByRole('button', { name: 'Blue highlight', exact: true }).click();
    await expect.poll(() => page.locator('mark.highlight-blue').count()).toBeGreaterThan(0);
    // Highlighted at once; the popover offers the note next, and Escape declines it.
    await expect
      .poll(() => page.getByRole('dialog', { name: 'Edit highlight' }).isVisible())
      .toBe(true);
    await page.keyboard.press('Escape');
    // 创新 is covered by both highlights: a green mark and a blue mark both contain it.
    const both = await page.evaluate(() =>
      [...document.querySelectorAll('mark.highlight')].some(
        (m) =>
          m.textContent === '创新' &&
          m.closest('mark.highlight-green') &&
          m.closest('mark.highlight-blue'),
      ),
    );
    expect(both).toBe(true);
  });

  it('keeps highlights and notes across a reload, in text order in the notes panel', async () => {
    await page.reload();
    await expect.poll(() => page.locator('mark.highlight-green').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('mark.highlight-blue').count()).toBeGreaterThan(0);
    const items = page.getByRole('complementary').getByRole('listitem');
    await expect.poll(() => items.count()).toBe(2);
    expect(await items.first().textContent()).toContain(QUOTE);
    expect(await items.first().textContent()).toContain(NOTE);
    const stored = await callApi<
      Array<{ color: string; note: string; target: { quote: { exact: string } } }>
    >(page, 'annotations:list', { articleId: 'greater-bay-area-friends' });
    expect(stored.map((a) => [a.target.quote.exact, a.color, a.note])).toEqual([
      [QUOTE, 'green', NOTE],
      [OVERLAP, 'blue', ''],
    ]);
  });

  it('recolours, edits and deletes a highlight from its popover', async () => {
    await page.locator('mark.highlight-blue').first().click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog.getByRole('button', { name: 'Pink', exact: true }).click();
    await expect.poll(() => page.locator('mark.highlight-pink').count()).toBeGreaterThan(0);
    await dialog.getByRole('textbox', { name: 'Note' }).fill('第二条笔记');
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expect
      .poll(() => page.getByRole('complementary').getByText('第二条笔记').isVisible())
      .toBe(true);
    await shoot(page, '03-popover');

    await page.locator('mark.highlight-pink').first().click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(() => page.locator('mark.highlight-pink').count()).toBe(0);
    await expect.poll(() => page.getByRole('complementary').getByRole('listitem').count()).toBe(1);
  });

  it('scrolls to a highlight when it is clicked in the notes panel', async () => {
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page
      .getByRole('complementary')
      .getByRole('listitem')
      .first()
      .getByRole('button')
      .first()
      .click();
    await expect.poll(() => isInViewport(page, 'mark.highlight-green')).toBe(true);
  });

  it('searches in Chinese and jumps to the marked hit', async () => {
    const box = page.getByRole('searchbox', { name: 'Search' });
    // Results come while typing; Enter would open the first one at once.
    await box.fill('粤剧');
    const results = page.getByRole('region', { name: 'Search results' });
    await expect.poll(() => results.locator('mark').first().textContent()).toBe('粤剧');
    await shoot(page, '04-search');
    await results.getByRole('link').first().click();
    const hit = page.locator('mark.search-hit');
    await expect.poll(() => hit.first().textContent()).toBe('粤剧');
    await expect.poll(() => isInViewport(page, 'mark.search-hit')).toBe(true);
    await shoot(page, '05-search-hit');
  });

  it('exports the article notes as escaped Markdown', async () => {
    await page
      .getByRole('link', { name: /Yuedu|阅读/ })
      .first()
      .click();
    await page.getByRole('link', { name: ARTICLE }).click();
    await expect.poll(() => page.locator('mark.highlight-green').count()).toBeGreaterThan(0);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export Markdown', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^yuedu-greater-bay-area-friends-\d{4}-\d{2}-\d{2}\.md$/,
    );
    const markdown = readFileSync((await download.path())!, 'utf8');
    expect(markdown).toMatch(
      /^---\ntitle: "外国朋友分享在大湾区的所见、所闻、所感"\nsource: "人民日报"\nexported: /,
    );
    expect(markdown).toContain(`> ${QUOTE}`);
    expect(markdown).toContain('- Colour: green');
    expect(markdown).toMatch(/yuedu:\/\/article\/greater-bay-area-friends#[0-9a-f-]{36}/);
    expect(markdown).not.toContain('<script>');
    expect(markdown.match(/^# .*/gm)).toEqual([`# ${ARTICLE}`]);
    expect(markdown).toMatch(/^- Highlighted: \d{4}-\d{2}-\d{2}$/m);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Exported 1 highlight to' }).count())
      .toBe(1);
    expect(markdown).not.toMatch(/^> 引用/m);
  });

  it('highlights a whole paragraph by keyboard alone', async () => {
    const before = await page.locator('mark.highlight').count();
    const byline = page.locator('article [data-block-start]', { hasText: '本报记者 姜晓丹' });
    await byline.focus();
    await page.keyboard.press('Enter');
    const highlightButton = page.getByRole('button', { name: 'Yellow highlight', exact: true });
    await expect
      .poll(() => highlightButton.evaluate((el) => el === document.activeElement))
      .toBe(true);
    // From the toolbar, Tab reaches the note field; Enter there creates the highlight.
    const note = page.getByRole('textbox', { name: 'Note' });
    const noteHasFocus = () => note.evaluate((el) => el === document.activeElement);
    for (let presses = 0; presses < 8 && !(await noteHasFocus()); presses++) {
      await page.keyboard.press('Tab');
    }
    expect(await noteHasFocus()).toBe(true);
    await page.keyboard.type('keyboard note');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('mark.highlight').count()).toBeGreaterThan(before);
    await shoot(page, '07-keyboard-highlight');
    await expect
      .poll(() => page.getByRole('complementary').getByText('keyboard note').isVisible())
      .toBe(true);
  });

  it('switches the interface to Chinese and remembers it', async () => {
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page.getByRole('radio', { name: '中文（简体）' }).check();
    await expect.poll(() => page.getByRole('searchbox', { name: '搜索' }).isVisible()).toBe(true);
    await page.getByRole('radio', { name: '深色' }).check();
    await page.reload();
    await expect.poll(() => page.getByRole('searchbox', { name: '搜索' }).isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await shoot(page, '06-chinese-dark');
  });

  it('raised no console errors (CSP violations included)', () => {
    expect(consoleErrors).toEqual([]);
  });
});
