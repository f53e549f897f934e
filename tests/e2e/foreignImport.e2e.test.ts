import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from './support/launchChromium';
import { callApi, shoot } from './support/pageActions';
import { startServe, type ServeProcess } from './support/startServe';

const ARTICLE_ID = 'greater-bay-area-friends';
const QUOTE = '开放、包容、创新';
const NOTE = '从 Hypothesis 带来的笔记';
const POLL = { timeout: 30_000 };
// In this order on one server: the first imports, the later ones find the highlight already here.
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 800, height: 600 },
  { width: 1920, height: 1080 },
] as const;

/** What Hypothesis's API answers for a page: a highlight with a note, one elsewhere, a page note. */
function hypothesisAnswer(text: string): string {
  const at = text.indexOf(QUOTE);
  const quote = (exact: string, prefix = '', suffix = '') => ({
    type: 'TextQuoteSelector',
    exact,
    prefix,
    suffix,
  });
  return JSON.stringify({
    total: 3,
    rows: [
      {
        id: 'hyp-1',
        text: NOTE,
        target: [
          {
            source: 'https://www.example.org/bay-area',
            selector: [
              quote(QUOTE, text.slice(at - 10, at), text.slice(at + QUOTE.length).slice(0, 10)),
            ],
          },
        ],
      },
      {
        id: 'hyp-2',
        text: '',
        target: [
          { source: 'https://www.example.org/bay-area', selector: [quote('这句话不在这篇文章里')] },
        ],
      },
      {
        id: 'hyp-3',
        text: 'A page note',
        target: [{ source: 'https://www.example.org/bay-area' }],
      },
    ],
  });
}

describe.runIf(chromiumAvailable())('Import annotations… in the reader (yuedu serve)', () => {
  let serve: ServeProcess;
  let browser: Browser;
  let file: string;

  beforeAll(async () => {
    serve = await startServe({ lang: 'en' });
    browser = await launchChromium();
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(serve.url);
    const article = await callApi<{ text: string }>(page, 'library:get', { id: ARTICLE_ID });
    expect(article.text).toContain(QUOTE);
    file = path.join(mkdtempSync(path.join(os.tmpdir(), 'yuedu-e2e-hyp-')), 'hypothesis.json');
    writeFileSync(file, hypothesisAnswer(article.text));
    await context.close();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await serve?.stop();
  });

  VIEWPORTS.forEach((viewport, index) => {
    const size = `${viewport.width}x${viewport.height}`;
    const first = index === 0;
    it(`imports a Hypothesis file onto the article and shows its mark at ${size}`, async () => {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(`${serve.url}#/article/${ARTICLE_ID}`);
      const opener = page.getByRole('button', { name: 'Import annotations…' });
      await opener.waitFor(POLL);

      // By keyboard: the panel opens on its file chooser; the colours come before it, then it again.
      const focusedType = () =>
        page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type);
      await opener.focus();
      await page.keyboard.press('Enter');
      const panel = page.getByRole('dialog', { name: 'Import annotations' });
      await panel.waitFor(POLL);
      await expect.poll(focusedType).toBe('file');
      if (first) await shoot(page, `foreign-import-open-${size}`);
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
        .toBe('Pink');
      await page.keyboard.press('Tab');
      await expect.poll(focusedType).toBe('file');
      await panel.getByLabel('Choose annotation file…').setInputFiles(file);

      const status = panel.getByRole('status');
      await expect
        .poll(() => status.textContent(), POLL)
        .toBe(
          first
            ? 'From hypothesis.json: 1 added, 0 already here, 2 skipped.'
            : 'From hypothesis.json: 0 added, 1 already here, 2 skipped.',
        );
      const skipped = panel.getByRole('region', { name: 'Skipped, and why' }).getByRole('listitem');
      expect(await skipped.allTextContents()).toEqual([
        'item 3 skipped: it has no TextQuoteSelector with text.',
        '这句话不在这篇文章里 its quote is not in "外国朋友分享在大湾区的所见、所闻、所感".',
      ]);

      // The mark is in the article (drawn without a reload), in the colour chosen the first time.
      // Focus stays on the chooser through the import, so the keyboard can go on from there.
      expect(await focusedType()).toBe('file');
      const mark = page.locator('mark.highlight-pink', { hasText: QUOTE });
      await expect.poll(() => mark.count(), POLL).toBeGreaterThan(0);
      if (viewport.width >= 1000) {
        const notes = page.getByRole('complementary');
        await expect.poll(() => notes.getByText(NOTE).isVisible(), POLL).toBe(true);
      }
      await shoot(page, `foreign-import-${size}`);

      await page.keyboard.press('Escape');
      await expect.poll(() => panel.count()).toBe(0);
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.textContent))
        .toBe('Import annotations…');
      await context.close();
    }, 90_000);
  });

  it('shows why a file that is not W3C annotations was refused, and adds nothing', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS[1] });
    const page = await context.newPage();
    await page.goto(`${serve.url}#/article/${ARTICLE_ID}`);
    const before = await callApi<unknown[]>(page, 'annotations:list', { articleId: ARTICLE_ID });
    await page.getByRole('button', { name: 'Import annotations…' }).click();
    const panel = page.getByRole('dialog', { name: 'Import annotations' });
    await panel.getByLabel('Choose annotation file…').setInputFiles({
      name: 'settings.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ theme: 'dark', fontSize: 20 })),
    });
    const alert = panel.getByRole('alert');
    await expect
      .poll(() => alert.textContent(), POLL)
      .toBe(
        'Could not import settings.json: No highlight in this file could be read: it is not a W3C annotation set, collection or list. Nothing was changed. Choose a W3C annotation file (JSON) whose highlights have a TextQuoteSelector, such as an export from Hypothesis or Thorium.',
      );
    const after = await callApi<unknown[]>(page, 'annotations:list', { articleId: ARTICLE_ID });
    expect(after).toHaveLength(before.length);
    await shoot(page, 'foreign-import-refused-800x600');
    await context.close();
  }, 90_000);

  it('speaks Chinese in a Chinese window, the skipped quote wrapping inside the panel', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS[1] });
    const page = await context.newPage();
    await page.goto(serve.url);
    await callApi(page, 'settings:update', { language: 'zh' });
    await page.goto(`${serve.url}#/article/${ARTICLE_ID}`);
    await page.getByRole('button', { name: '导入标注…' }).click();
    const panel = page.getByRole('dialog', { name: '导入标注' });
    await panel.getByLabel('选择标注文件…').setInputFiles(file);
    await expect
      .poll(() => panel.getByRole('status').textContent(), POLL)
      .toBe('hypothesis.json：新增 0 条，1 条已存在，跳过 2 条。');
    const box = await panel.boundingBox();
    const list = await panel.locator('.foreign-import-skipped').boundingBox();
    expect(list!.x + list!.width).toBeLessThanOrEqual(box!.x + box!.width);
    await shoot(page, 'foreign-import-zh-800x600');
    await callApi(page, 'settings:update', { language: 'en' });
    await context.close();
  }, 90_000);
});
