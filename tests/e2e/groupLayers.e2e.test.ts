import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../main/paths/projectPaths';
import { chromiumAvailable, launchChromium } from './support/launchChromium';
import { callApi, selectInArticle, shoot } from './support/pageActions';
import { startServe, type ServeProcess } from './support/startServe';

const run = promisify(execFile);
const POLL = { timeout: 30_000 };
const ARTICLE = '外国朋友分享在大湾区的所见、所闻、所感';
const QUOTE = '开放、包容、创新';
const NOTE = '这三个词是全文的关键';
const REPLY = '我也这么想，尤其是“包容”';

const tempDir = (name: string) => mkdtempSync(path.join(os.tmpdir(), `yuedu-e2e-${name}-`));

/** Runs the real `yuedu` command on one member's data folder. */
const yuedu = (dataDir: string, ...args: string[]) =>
  run(process.execPath, ['bin/yuedu.mjs', ...args, '--data-dir', dataDir], {
    cwd: PROJECT_ROOT,
    timeout: 120_000,
  });

/** The window regaining focus, which makes the reader read the group folder again. */
const regainFocus = (page: Page) => page.evaluate(() => window.dispatchEvent(new Event('focus')));

async function openArticle(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('link', { name: ARTICLE }).click();
  await page.getByRole('heading', { level: 1, name: ARTICLE }).waitFor();
}

describe.runIf(chromiumAvailable())('a study group in two yuedu serve windows', () => {
  let anna: ServeProcess;
  let wang: ServeProcess;
  let browser: Browser;
  let pageA: Page;
  let pageB: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const folder = tempDir('group');
    const [dataA, dataB] = [tempDir('anna'), tempDir('wang')];
    for (const [dataDir, name] of [
      [dataA, 'Anna'],
      [dataB, '王小明'],
    ] as const) {
      await yuedu(dataDir, 'config', 'name', name);
      await yuedu(dataDir, 'group', 'use', folder);
    }
    [anna, wang] = await Promise.all([
      startServe({ dataDir: dataA }),
      startServe({ dataDir: dataB }),
    ]);
    browser = await launchChromium();
    const viewport = { width: 1280, height: 800 };
    pageA = await (await browser.newContext({ viewport })).newPage();
    pageB = await (await browser.newContext({ viewport })).newPage();
    for (const page of [pageA, pageB]) page.on('pageerror', (e) => pageErrors.push(e.message));
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await Promise.all([anna?.stop(), wang?.stop()]);
  });

  it('shows A’s highlight on B’s page in A’s colour and style, with A’s name', async () => {
    await openArticle(pageA, anna.url);
    await selectInArticle(pageA, QUOTE);
    await pageA.getByRole('textbox', { name: 'Note' }).fill(NOTE);
    await pageA.getByRole('button', { name: 'Green highlight', exact: true }).click();
    await expect.poll(() => pageA.locator('mark.highlight-green').count(), POLL).toBeGreaterThan(0);

    await openArticle(pageB, wang.url);
    const annaMark = pageB.locator('mark.member-highlight[data-member="Anna"]');
    // A publishes shortly after the change; B reads the folder when its window regains focus.
    await expect
      .poll(async () => {
        await regainFocus(pageB);
        return annaMark.count();
      }, POLL)
      .toBeGreaterThan(0);
    expect((await annaMark.allTextContents()).join('')).toBe(QUOTE);

    // The panel lists members' notes in a render of its own, right after their marks.
    await expect
      .poll(() => pageB.locator('.member-entry .member-swatch').count(), POLL)
      .toBeGreaterThan(0);
    const look = await annaMark.first().evaluate((mark) => {
      const style = getComputedStyle(mark);
      const styleClass = [...mark.classList].find((c) => c.startsWith('member-style-'));
      const swatch = document.querySelector(`.member-entry .member-swatch.${styleClass}`);
      return {
        line: style.textDecorationLine,
        colour: style.textDecorationColor,
        swatch: swatch ? getComputedStyle(swatch).textDecorationColor : null,
      };
    });
    expect(look.line).toBe('underline');
    expect(look.swatch).toBe(look.colour);
    // Every member style's sample in the panel draws the same line as its marks (a wavy one too).
    const samples = await pageB.evaluate(() =>
      Array.from({ length: 8 }, (_, i) => {
        const probe = (className: string) => {
          const element = document.createElement('span');
          element.className = `${className} member-style-${i}`;
          element.textContent = '字';
          document.body.append(element);
          const style = getComputedStyle(element);
          const line = `${style.textDecorationLine} ${style.textDecorationStyle} ${style.textDecorationColor}`;
          element.remove();
          return line;
        };
        return { mark: probe('member-highlight'), swatch: probe('member-swatch') };
      }),
    );
    for (const { mark, swatch } of samples) expect(swatch).toBe(mark);
    expect(new Set(samples.map((s) => s.mark)).size).toBe(8);
    await annaMark.first().hover();
    const tooltip = await annaMark
      .first()
      .evaluate((mark) => getComputedStyle(mark, '::before').content);
    expect(tooltip).toBe('"Anna"');
    await shoot(pageB, 'group-01-b-sees-anna-light');
  });

  it('lets B reply in the read-only popover, and A sees the reply', async () => {
    await pageB.locator('mark.member-highlight[data-member="Anna"]').first().click();
    const popover = pageB.getByRole('dialog', { name: 'Highlight by Anna' });
    await expect.poll(() => popover.getByText(NOTE).isVisible(), POLL).toBe(true);
    expect(await popover.getByRole('button', { name: 'Delete' }).count()).toBe(0);
    await popover.getByRole('textbox', { name: 'Reply to this highlight' }).fill(REPLY);
    await popover.getByRole('button', { name: 'Send reply' }).click();
    // The reply as listed in the thread, not the text still in the field while it is sent.
    const listed = popover.locator('.reply-text', { hasText: REPLY });
    await expect.poll(() => listed.isVisible(), POLL).toBe(true);
    expect(
      await popover.getByRole('textbox', { name: 'Reply to this highlight' }).inputValue(),
    ).toBe('');
    await shoot(pageB, 'group-02-b-replied-light');

    const panelA = pageA.getByRole('complementary', { name: 'Notes' });
    await expect
      .poll(async () => {
        await regainFocus(pageA);
        return panelA.locator('.reply-text', { hasText: REPLY }).count();
      }, POLL)
      .toBe(1);
    expect(await panelA.locator('.reply-author', { hasText: '王小明' }).count()).toBe(1);
    await shoot(pageA, 'group-03-a-sees-reply-light');
  });

  it('filters B’s notes panel by member, with counts, and keeps the choice', async () => {
    await pageB.keyboard.press('Escape');
    const panel = pageB.getByRole('complementary', { name: 'Notes' });
    const filter = panel.getByRole('combobox', { name: 'Show' });
    const labels = () => filter.locator('option').allTextContents();
    await expect.poll(labels, POLL).toEqual(['Everyone (1)', 'Mine (0)', 'Anna (1)']);
    await filter.selectOption({ label: 'Mine (0)' });
    await expect
      .poll(() => panel.getByText('No notes here match this choice.').isVisible(), POLL)
      .toBe(true);
    await filter.selectOption({ label: 'Anna (1)' });
    await expect.poll(() => panel.locator('.member-entry').count(), POLL).toBe(1);
    const saved = async () =>
      (await callApi<{ notesFilter: string }>(pageB, 'settings:get', {})).notesFilter;
    await expect.poll(saved, POLL).not.toMatch(/^(all|mine)$/);
    await pageB.reload();
    await pageB.getByRole('heading', { level: 1, name: ARTICLE }).waitFor();
    await expect.poll(() => filter.inputValue(), POLL).toBe(await saved());
    await expect.poll(() => panel.locator('.member-entry').count(), POLL).toBe(1);
  });

  it('reads well in the dark theme', async () => {
    await callApi(pageB, 'settings:update', { theme: 'dark' });
    await callApi(pageA, 'settings:update', { theme: 'dark' });
    await pageB.reload();
    await pageA.reload();
    const annaMark = pageB.locator('mark.member-highlight[data-member="Anna"]');
    await expect.poll(() => annaMark.count(), POLL).toBeGreaterThan(0);
    await annaMark.first().click();
    await pageB.getByRole('dialog', { name: 'Highlight by Anna' }).waitFor();
    await shoot(pageB, 'group-04-b-popover-dark');
    await pageA.getByRole('heading', { level: 1, name: ARTICLE }).waitFor();
    const panelA = pageA.getByRole('complementary', { name: 'Notes' });
    await expect
      .poll(() => panelA.locator('.reply-text', { hasText: REPLY }).count(), POLL)
      .toBe(1);
    await shoot(pageA, 'group-05-a-dark');
    expect(pageErrors).toEqual([]);
  });
});
