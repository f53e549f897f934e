import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlacedAnnotation } from '../../shared/model/annotation';
import { chromiumAvailable, launchChromium } from './support/launchChromium';
import { callApi, shoot } from './support/pageActions';
import { startServe, type ServeProcess } from './support/startServe';

const ARTICLE_ID = 'greater-bay-area-friends';
const ARTICLE = '外国朋友分享在大湾区的所见、所闻、所感';
const POLL = { timeout: 30_000 };

/** The canonical offset of the first `text` in the article, from the API (not the DOM). */
async function canonicalOffset(page: Page, text: string): Promise<number> {
  const article = await callApi<{ text: string }>(page, 'library:get', { id: ARTICLE_ID });
  const at = article.text.indexOf(text);
  if (at < 0) throw new Error(`"${text}" is not in the article`);
  return at;
}

/** The n-th ruby of a character inside the article body (not the title). */
const rubyOf = (char: string) =>
  `(() => [...document.querySelectorAll('article p.block ruby')].find((r) => r.firstChild?.textContent === ${JSON.stringify(char)}))()`;

describe.runIf(chromiumAvailable())('reading aids in Chromium through yuedu serve', () => {
  let serve: ServeProcess;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    serve = await startServe({ lang: 'en' });
    browser = await launchChromium();
    const context = await browser.newContext({
      acceptDownloads: true,
      viewport: { width: 1280, height: 800 },
    });
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    await page.goto(serve.url);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await serve?.stop();
  });

  it('turns pinyin on from the toolbar, read in context, and remembers it', async () => {
    await page.getByRole('link', { name: ARTICLE }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1, name: ARTICLE }).isVisible(), POLL)
      .toBe(true);
    await page.getByLabel('Pinyin').selectOption('all');
    await expect.poll(() => page.locator('article rt').count(), POLL).toBeGreaterThan(500);
    const bay = await page.evaluate(`${rubyOf('湾')}?.querySelector('rt')?.textContent`);
    expect(bay).toBe('wān');
    const settings = await callApi<{ pinyin: string }>(page, 'settings:get', {});
    expect(settings.pinyin).toBe('all');
    await shoot(page, 'aids-01-ruby-on');
  }, 60_000);

  it('copies the characters only, without pinyin', async () => {
    const copied = await page.evaluate(() => {
      const block = document.querySelector('article p.block')!;
      const range = document.createRange();
      range.selectNodeContents(block);
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      const clipboardData = new DataTransfer();
      block.dispatchEvent(new ClipboardEvent('copy', { clipboardData, bubbles: true }));
      selection.removeAllRanges();
      return { text: clipboardData.getData('text/plain'), shown: block.textContent ?? '' };
    });
    expect(copied.shown).toMatch(/[āáǎàēéěèīíǐìōóǒòūúǔù]/);
    expect(copied.text).not.toMatch(/[a-zāáǎàēéěèīíǐìōóǒòūúǔù]/);
    expect(copied.text.length).toBeGreaterThan(50);
    const article = await callApi<{ text: string }>(page, 'library:get', { id: ARTICLE_ID });
    expect(article.text).toContain(copied.text);
  });

  it('places a highlight dragged from inside one pinyin to inside another on the canonical offsets', async () => {
    const phrase = '文化、科技';
    const start = await canonicalOffset(page, phrase);
    await page.evaluate(
      ({ from, to }) => {
        const runs = [...document.querySelectorAll<HTMLElement>('article [data-offset]')];
        const rubyAt = (offset: number) => {
          const run = runs.findLast((r) => Number(r.dataset.offset) <= offset)!;
          let at = Number(run.dataset.offset);
          for (const node of run.childNodes) {
            const length =
              node.nodeName === 'RUBY'
                ? (node.firstChild?.textContent?.length ?? 0)
                : (node.textContent?.length ?? 0);
            if (at === offset && node.nodeName === 'RUBY') return node as HTMLElement;
            at += length;
          }
          throw new Error(`no ruby at ${offset}`);
        };
        const first = rubyAt(from).querySelector('rt')!.firstChild!;
        const last = rubyAt(to).querySelector('rt')!.firstChild!;
        const range = document.createRange();
        range.setStart(first, 1);
        range.setEnd(last, 1);
        const selection = document.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        document
          .querySelector('article')!
          .dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      },
      { from: start, to: start + phrase.length - 1 },
    );
    // A colour click highlights at once.
    await page.getByRole('button', { name: 'Yellow highlight', exact: true }).click();
    await expect
      .poll(
        async () =>
          (await callApi<PlacedAnnotation[]>(page, 'annotations:list', { articleId: ARTICLE_ID }))
            .length,
        POLL,
      )
      .toBe(1);
    const [made] = await callApi<PlacedAnnotation[]>(page, 'annotations:list', {
      articleId: ARTICLE_ID,
    });
    expect(made!.target.position).toMatchObject({ start, end: start + phrase.length });
    expect(made!.target.quote.exact).toBe(phrase);
    await expect.poll(() => page.locator('mark.highlight ruby').count(), POLL).toBeGreaterThan(3);
    await page.keyboard.press('Escape');
  }, 60_000);

  it('shows pinyin only above my level, and colours tones', async () => {
    const all = await page.locator('article rt').count();
    await page.getByLabel('Pinyin').selectOption('above-level');
    await page.getByLabel('My level').selectOption('500');
    await expect.poll(() => page.locator('article rt').count(), POLL).toBeLessThan(all);
    const fewer = await page.locator('article rt').count();
    expect(fewer).toBeGreaterThan(0);
    await page.getByLabel('My level').selectOption('3000');
    await expect.poll(() => page.locator('article rt').count(), POLL).toBeLessThan(fewer);

    await page.getByLabel('Pinyin').selectOption('all');
    await page.getByLabel('Tone colours').selectOption('pinyin');
    await expect.poll(() => page.locator('article.tones-pinyin').count(), POLL).toBe(1);
    const colours = await page.evaluate(() =>
      [1, 2, 3, 4].map((tone) => {
        const rt = document.querySelector(`article .tone-${tone} rt`);
        return rt ? getComputedStyle(rt).color : null;
      }),
    );
    expect(colours.every((colour) => colour !== null)).toBe(true);
    expect(new Set(colours).size).toBe(4);
  }, 60_000);

  it('opens the dictionary under the mouse pointer with the longest word and shorter ones', async () => {
    const at = await canonicalOffset(page, '大湾区');
    const box = await page.evaluate((offset) => {
      const runs = [...document.querySelectorAll<HTMLElement>('article p.block [data-offset]')];
      const run = runs.findLast((r) => Number(r.dataset.offset) <= offset)!;
      const ruby = [...run.querySelectorAll('ruby')].find((r) => {
        let before = Number(run.dataset.offset);
        for (const node of run.childNodes) {
          if (node === r) return before === offset;
          before +=
            node.nodeName === 'RUBY'
              ? (node.firstChild?.textContent?.length ?? 0)
              : (node.textContent?.length ?? 0);
        }
        return false;
      })!;
      ruby.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.selectNodeContents(ruby.firstChild!);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }, at);
    await page.mouse.move(box.x, box.y);
    const popup = page.getByRole('dialog', { name: 'Dictionary' });
    await expect.poll(() => popup.isVisible(), POLL).toBe(true);
    await expect
      .poll(() => popup.locator('.dictionary-word').first().textContent(), POLL)
      .toBe('大湾区');
    expect(await popup.getByRole('list', { name: 'Shorter words' }).textContent()).toContain('大');
    await shoot(page, 'aids-02-popup-mouse');
    await popup.getByRole('button', { name: 'Add to vocabulary' }).click();
    await expect
      .poll(() => popup.getByRole('button', { name: 'Added to vocabulary' }).isVisible(), POLL)
      .toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => popup.count(), POLL).toBe(0);
  }, 60_000);

  it('lists the added word in the vocabulary and exports it as Markdown and for Anki', async () => {
    await page.getByRole('button', { name: 'Vocabulary' }).click();
    const panel = page.getByRole('dialog', { name: 'Vocabulary' });
    await expect
      .poll(() => panel.getByText('大湾区', { exact: true }).isVisible(), POLL)
      .toBe(true);
    const [markdown] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'Export as Markdown' }).click(),
    ]);
    const table = await readFile((await markdown.path())!, 'utf8');
    expect(table).toMatch(/\| 大湾区 \| Dà wān Qū \|/);
    const [anki] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'Export for Anki' }).click(),
    ]);
    const notes = (await readFile((await anki.path())!, 'utf8'))
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('#'));
    expect(notes).toHaveLength(1);
    expect(notes[0]!.split('\t')[0]).toBe('大湾区 (大灣區)');
    await shoot(page, 'aids-04-vocabulary');
    await panel.getByRole('button', { name: 'Close' }).click();
  }, 60_000);

  it('opens the dictionary from the keyboard and steps through the characters', async () => {
    await page.evaluate(() => document.querySelector<HTMLElement>('article p.block')!.focus());
    await page.keyboard.press('d');
    const popup = page.getByRole('dialog', { name: 'Dictionary' });
    await expect.poll(() => popup.isVisible(), POLL).toBe(true);
    const first = await popup.locator('.dictionary-word').first().textContent();
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => popup.locator('.dictionary-word').first().textContent(), POLL)
      .not.toBe(first);
    await page.keyboard.press('Escape');
    await expect.poll(() => popup.count(), POLL).toBe(0);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.matches('p.block')), POLL)
      .toBe(true);
  }, 60_000);

  it('looks right in all three themes and sizes, ruby clear of lines and highlights', async () => {
    const sizes = [
      { width: 1280, height: 800 },
      { width: 800, height: 600 },
      { width: 1920, height: 1080 },
    ];
    for (const [index, theme] of (['light', 'sepia', 'dark'] as const).entries()) {
      await callApi(page, 'settings:update', { theme });
      await page.setViewportSize(sizes[index]!);
      await page.reload();
      await expect.poll(() => page.locator('article rt').count(), POLL).toBeGreaterThan(500);
      await page.evaluate(() =>
        document.querySelector('mark.highlight')!.scrollIntoView({ block: 'center' }),
      );
      // No two lines' pinyin and characters overlap: each ruby's box stays inside its own line.
      const overlaps = await page.evaluate(() => {
        const boxes = [...document.querySelectorAll('article p.block ruby')]
          .slice(0, 300)
          .map((ruby) => ruby.getBoundingClientRect());
        let count = 0;
        for (let i = 1; i < boxes.length; i++) {
          const a = boxes[i - 1]!;
          const b = boxes[i]!;
          const sameLine = Math.abs(a.top - b.top) < 2;
          if (!sameLine && b.top < a.bottom - 1 && b.top > a.top) count++;
        }
        return count;
      });
      expect(overlaps).toBe(0);
      await shoot(page, `aids-03-${theme}-${sizes[index]!.width}`);
    }
    await callApi(page, 'settings:update', { theme: 'light' });
  }, 120_000);

  it('shows dictionary words as a third group of search results', async () => {
    await page.getByRole('searchbox').first().fill('what does 赶考 mean');
    const group = page.getByRole('region', { name: 'In the dictionary' });
    await expect.poll(() => group.isVisible(), POLL).toBe(true);
    expect(await group.locator('.dictionary-word').first().textContent()).toBe('赶考');
    await shoot(page, 'aids-05-search-dictionary');
    await page.getByRole('button', { name: 'Close search results' }).click();
  }, 60_000);

  it('turns pinyin off again', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByLabel('Pinyin').selectOption('off');
    await page.getByLabel('Tone colours').selectOption('off');
    await expect.poll(() => page.locator('article rt').count(), POLL).toBe(0);
    expect(consoleErrors).toEqual([]);
  }, 60_000);
});
