import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import MarkdownIt from 'markdown-it';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runYuedu } from '../main/cli/runYuedu';
import { chromiumAvailable, launchChromium } from './support/launchChromium';
import { shoot } from './support/pageActions';
import { startServe, type ServeProcess } from './support/startServe';

const ARTICLE_ID = 'greater-bay-area-friends';
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 800, height: 600 },
  { width: 1920, height: 1080 },
] as const;

/** Runs `yuedu` in-process on one member's data folder, failing on a non-zero exit. */
async function yuedu(dataDir: string, argv: string[]): Promise<string> {
  const { code, stdout, stderr } = await runYuedu(dataDir, argv, dataDir);
  if (code !== 0) throw new Error(`yuedu ${argv.join(' ')}: ${stderr}`);
  return stdout;
}

describe.skipIf(!chromiumAvailable())('group export in the browser', () => {
  let serve: ServeProcess;
  let browser: Browser;

  beforeAll(async () => {
    const temp = (name: string) => mkdtempSync(path.join(os.tmpdir(), `yuedu-e2e-${name}-`));
    const folder = temp('group');
    const anna = temp('anna');
    const wang = temp('wang');
    await yuedu(anna, ['config', 'name', 'Anna']);
    await yuedu(wang, ['config', 'name', '王小明']);
    await yuedu(anna, ['group', 'use', folder]);
    await yuedu(wang, ['group', 'use', folder]);
    const made = JSON.parse(
      await yuedu(anna, [
        'highlight',
        ARTICLE_ID,
        '--quote',
        '大湾区',
        '--note',
        '值得讨论',
        '--json',
      ]),
    ) as { id: string };
    await yuedu(anna, ['group', 'refresh']);
    await yuedu(wang, ['group', 'refresh']);
    await yuedu(wang, ['reply', made.id, '--text', '我同意']);
    await yuedu(wang, ['highlight', ARTICLE_ID, '--quote', '朋友', '--note', '我的笔记']);
    await yuedu(wang, ['group', 'refresh']);
    serve = await startServe({ dataDir: wang, lang: 'en' });
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await serve?.stop();
  });

  for (const viewport of VIEWPORTS) {
    const size = `${viewport.width}x${viewport.height}`;
    it(`offers Mine / Everyone / chosen members and downloads the discussion at ${size}`, async () => {
      const context = await browser.newContext({ viewport, acceptDownloads: true });
      const page = await context.newPage();
      await page.goto(`${serve.url}#/article/${ARTICLE_ID}`);
      const choice = page.getByLabel('Group export');
      await choice.waitFor({ timeout: 30_000 });
      await choice.selectOption('chosen');
      await page.getByRole('group', { name: 'Members to export' }).getByLabel('Anna').check();
      await shoot(page, `group-export-members-${size}`);
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 30_000 }),
        page.getByRole('button', { name: 'Export group discussion' }).click(),
      ]);
      const file = await download.path();
      const markdown = readFileSync(file, 'utf8');
      const names = new MarkdownIt()
        .parse(markdown, {})
        .flatMap((t) => t.children ?? [])
        .flatMap((c, i, all) => (c.type === 'strong_open' ? [all[i + 1]!.content] : []));
      // Anna's highlight, and 王小明's reply nested under it; not 王小明's own highlight.
      expect(names).toEqual(['Anna', '王小明']);
      expect(markdown).toContain('我同意');
      expect(markdown).not.toContain('我的笔记');
      // The "Exported…" message sits below the open member list, never over it.
      const message = page.locator('.group-export .export-message');
      await message.waitFor({ timeout: 30_000 });
      const list = await page.getByRole('group', { name: 'Members to export' }).boundingBox();
      const note = await message.boundingBox();
      expect(note!.y).toBeGreaterThanOrEqual(list!.y + list!.height);
      await shoot(page, `group-export-done-${size}`);
      await context.close();
    }, 60_000);
  }
});
