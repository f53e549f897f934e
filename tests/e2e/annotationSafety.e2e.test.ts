import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../main/paths/projectPaths';
import { chromiumAvailable, launchChromium } from './support/launchChromium';
import { callApi, selectInArticle, shoot } from './support/pageActions';
import { startServe, type ServeProcess } from './support/startServe';

const ARTICLE = '外国朋友分享在大湾区的所见、所闻、所感';
const ARTICLE_ID = 'greater-bay-area-friends';
const QUOTE = '开放、包容、创新';
// The corrected corpus drops this whole sentence, so a highlight inside it has nowhere to go.
const DELETED_SENTENCE = '14年后，他成为德国工商会广州办事处总经理。';
const DOOMED = '他成为德国工商会广州办事处总经理';
const DOOMED_NOTE = '这句话在新版里被删掉了';
// A later paragraph the correction does not touch: its highlight must follow the shifted text.
const KEPT = '大湾区是投资非常活跃的地区';
const NEW_PLACE = '他前往北京留学';

interface Placed {
  id: string;
  state: 'anchored' | 'orphaned';
  color: string;
  note: string;
  target: { quote: { exact: string } };
}

/** Creates a highlight on the first occurrence of `quote` through the API, as the CLI would. */
async function highlightByApi(page: Page, quote: string, color: string, note: string) {
  const article = await callApi<{ text: string }>(page, 'library:get', { id: ARTICLE_ID });
  const start = article.text.indexOf(quote);
  expect(start, `${quote} is in the article`).toBeGreaterThanOrEqual(0);
  return callApi<Placed>(page, 'annotations:create', {
    articleId: ARTICLE_ID,
    start,
    end: start + quote.length,
    color,
    note,
  });
}

const listAnnotations = (page: Page) =>
  callApi<Placed[]>(page, 'annotations:list', { articleId: ARTICLE_ID });

/** A copy of the bundled seeds with one sentence removed, as a corrected corpus release would be. */
function correctedSeeds(): string {
  const source = path.join(PROJECT_ROOT, 'seeds');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'yuedu-seeds-v2-'));
  for (const name of readdirSync(source)) {
    copyFileSync(path.join(source, name), path.join(dir, name));
    if (!name.endsWith('.txt')) continue;
    const text = readFileSync(path.join(source, name), 'utf8');
    if (!text.includes(DELETED_SENTENCE)) continue;
    writeFileSync(path.join(dir, name), text.replaceAll(DELETED_SENTENCE, ''));
  }
  return dir;
}

describe.runIf(chromiumAvailable())('Annotation safety in Chromium through yuedu serve', () => {
  let browser: Browser;
  const servers: ServeProcess[] = [];
  const consoleErrors: string[] = [];

  /** Starts a server (stopped after the suite) and opens a fresh page on it. */
  async function open(options: Parameters<typeof startServe>[0] = {}) {
    const serve = await startServe({ lang: 'en', ...options });
    servers.push(serve);
    const context = await browser.newContext({
      acceptDownloads: true,
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    await page.goto(serve.url);
    return { serve, page };
  }

  async function openArticle(page: Page) {
    await page.getByRole('link', { name: ARTICLE }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1, name: ARTICLE }).isVisible())
      .toBe(true);
  }

  const notesPanel = (page: Page) => page.getByRole('complementary', { name: 'Notes' });
  const status = (page: Page) => page.locator('.change-toast[role="status"] .change-toast-text');

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    for (const serve of servers) await serve.stop();
  });

  it('undoes a delete from the notes panel with Ctrl+Z and redoes it with Shift+Ctrl+Z', async () => {
    const { page } = await open();
    await openArticle(page);
    await selectInArticle(page, QUOTE);
    await page.getByRole('button', { name: 'Yellow highlight', exact: true }).click();
    const mark = page.locator('mark.highlight', { hasText: QUOTE });
    await expect.poll(() => mark.count()).toBeGreaterThan(0);
    const id = await mark.first().getAttribute('data-annotation-id');

    await notesPanel(page)
      .getByRole('button', { name: /^Delete highlight: 开放/ })
      .click();
    await expect.poll(() => page.locator('mark.highlight').count()).toBe(0);
    expect(await listAnnotations(page)).toEqual([]);

    await page.keyboard.press('Control+z');
    await expect.poll(() => mark.count()).toBeGreaterThan(0);
    await expect.poll(() => status(page).textContent()).toBe('Deletion undone.');
    const restored = await listAnnotations(page);
    expect(restored.map((a) => [a.id, a.target.quote.exact, a.state])).toEqual([
      [id, QUOTE, 'anchored'],
    ]);
    await expect.poll(() => notesPanel(page).getByText(QUOTE).isVisible()).toBe(true);
    await shoot(page, 'safety-01-undo-delete');

    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => page.locator('mark.highlight').count()).toBe(0);
    await expect.poll(() => status(page).textContent()).toBe('Deletion redone.');
    expect(await listAnnotations(page)).toEqual([]);
  });

  it('undoes a recolour, but leaves Ctrl+Z to the note box while it has focus', async () => {
    const { page } = await open();
    await openArticle(page);
    await selectInArticle(page, QUOTE);
    await page.getByRole('button', { name: 'Yellow highlight', exact: true }).click();
    await expect.poll(() => page.locator('mark.highlight-yellow').count()).toBeGreaterThan(0);

    await page.locator('mark.highlight-yellow').first().click();
    const dialog = page.getByRole('dialog', { name: 'Edit highlight' });
    await dialog.getByRole('button', { name: 'Pink', exact: true }).click();
    await expect.poll(() => page.locator('mark.highlight-pink').count()).toBeGreaterThan(0);

    const note = dialog.getByRole('textbox', { name: 'Note' });
    await note.click();
    await page.keyboard.type('草稿');
    await page.keyboard.press('Control+z');
    // The browser's own text undo took back typing (how much at once is Chromium's business).
    await expect.poll(() => note.inputValue()).not.toBe('草稿');
    expect('草稿'.startsWith(await note.inputValue())).toBe(true);
    expect(await page.locator('mark.highlight-pink').count()).toBeGreaterThan(0);

    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('mark.highlight-yellow').count()).toBeGreaterThan(0);
    expect(await page.locator('mark.highlight-pink').count()).toBe(0);
    await expect.poll(() => status(page).textContent()).toBe('Colour change undone.');
    expect((await listAnnotations(page)).map((a) => a.color)).toEqual(['yellow']);

    await page
      .getByRole('toolbar', { name: 'Article tools' })
      .getByRole('button', { name: 'Redo', exact: true })
      .click();
    await expect.poll(() => page.locator('mark.highlight-pink').count()).toBeGreaterThan(0);
    expect((await listAnnotations(page)).map((a) => a.color)).toEqual(['pink']);
    await shoot(page, 'safety-02-redo-recolour');
  });

  it('lists a highlight whose text was deleted as Orphaned, and re-attaches it to a new selection', async () => {
    const first = await open();
    const doomed = await highlightByApi(first.page, DOOMED, 'pink', DOOMED_NOTE);
    const kept = await highlightByApi(first.page, KEPT, 'green', '');
    await first.page.close();
    await first.serve.stop();

    const { page } = await open({ dataDir: first.serve.dataDir, seedsDir: correctedSeeds() });
    await openArticle(page);
    const orphans = page.getByRole('region', { name: 'Orphaned' });
    await expect.poll(() => orphans.getByText(DOOMED, { exact: true }).isVisible()).toBe(true);
    expect(await orphans.getByText(DOOMED_NOTE).isVisible()).toBe(true);
    expect(await orphans.getByText(/^Created /).isVisible()).toBe(true);
    expect(await page.locator(`mark[data-annotation-id="${doomed.id}"]`).count()).toBe(0);
    const keptMark = page.locator(`mark[data-annotation-id="${kept.id}"]`);
    await expect.poll(() => keptMark.textContent()).toBe(KEPT);
    expect(
      (await listAnnotations(page))
        .map((a) => [a.id, a.state])
        .sort(([x], [y]) => x!.localeCompare(y!)),
    ).toEqual(
      [
        [doomed.id, 'orphaned'],
        [kept.id, 'anchored'],
      ].sort(([x], [y]) => x!.localeCompare(y!)),
    );
    await orphans.scrollIntoViewIfNeeded();
    await shoot(page, 'safety-03-orphaned');

    await orphans.getByRole('button', { name: /^Re-attach highlight/ }).click();
    await expect
      .poll(() => page.getByRole('region', { name: 'Re-attach highlight' }).isVisible())
      .toBe(true);
    await selectInArticle(page, NEW_PLACE);
    const toolbar = page.getByRole('toolbar', { name: 'Re-attach highlight' });
    await expect.poll(() => toolbar.isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Yellow highlight', exact: true }).count()).toBe(
      0,
    );
    await shoot(page, 'safety-04-reattach-mode');
    await toolbar.getByRole('button', { name: 'Re-attach here' }).click();

    const moved = page.locator(`mark[data-annotation-id="${doomed.id}"]`);
    await expect.poll(() => moved.textContent()).toBe(NEW_PLACE);
    await expect.poll(() => orphans.count()).toBe(0);
    await expect.poll(() => notesPanel(page).getByText(DOOMED_NOTE).isVisible()).toBe(true);
    expect(await keptMark.textContent()).toBe(KEPT);
    const after = await listAnnotations(page);
    expect(after.find((a) => a.id === doomed.id)).toMatchObject({
      state: 'anchored',
      note: DOOMED_NOTE,
      target: { quote: { exact: NEW_PLACE } },
    });
    await shoot(page, 'safety-05-reattached');
  });

  it('backs up everything and restores it into an empty data folder through the UI', async () => {
    const first = await open();
    await openArticle(first.page);
    await selectInArticle(first.page, QUOTE);
    await first.page.getByRole('textbox', { name: 'Note' }).fill('备份里的笔记');
    await first.page.getByRole('button', { name: 'Green highlight', exact: true }).click();
    await expect.poll(() => first.page.locator('mark.highlight-green').count()).toBeGreaterThan(0);
    await first.page.getByRole('button', { name: 'Settings', exact: true }).click();
    await first.page.getByRole('radio', { name: 'Sepia' }).check();

    const [download] = await Promise.all([
      first.page.waitForEvent('download'),
      first.page.getByRole('button', { name: 'Back up everything' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    const backupFile = path.join(
      mkdtempSync(path.join(os.tmpdir(), 'yuedu-backup-')),
      download.suggestedFilename(),
    );
    await download.saveAs(backupFile);
    const backup = JSON.parse(readFileSync(backupFile, 'utf8')) as unknown;
    expect(JSON.stringify(backup)).toContain('备份里的笔记');
    await first.page.close();
    await first.serve.stop();

    const { serve, page } = await open();
    expect(serve.dataDir).not.toBe(first.serve.dataDir);
    await openArticle(page);
    expect(await page.locator('mark.highlight').count()).toBe(0);
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    const settings = page.getByRole('dialog', { name: 'Settings' });
    await settings.getByLabel('Restore from backup…').setInputFiles(backupFile);
    const summary = settings.locator('.backup-summary');
    await expect
      .poll(() => summary.textContent())
      .toBe('Restored: 1 added, 0 updated, 0 unchanged.');
    await expect.poll(() => page.locator('mark.highlight-green').count()).toBeGreaterThan(0);
    expect(await page.locator('mark.highlight-green').first().textContent()).toContain('开放');
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.theme))
      .toBe('sepia');
    await expect.poll(() => notesPanel(page).getByText('备份里的笔记').isVisible()).toBe(true);
    await shoot(page, 'safety-06-restored');

    await settings.getByLabel('Restore from backup…').setInputFiles(backupFile);
    await expect
      .poll(() => summary.textContent())
      .toBe('Restored: 0 added, 0 updated, 1 unchanged.');
    expect(await listAnnotations(page)).toHaveLength(1);
  });

  it('raised no console errors (CSP violations included)', () => {
    expect(consoleErrors).toEqual([]);
  });
});
