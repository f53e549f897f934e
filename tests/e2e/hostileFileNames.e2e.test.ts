import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from './support/launchChromium';
import { shoot } from './support/pageActions';
import { startServe, type ServeProcess } from './support/startServe';

describe.runIf(chromiumAvailable())(
  'file names with control characters in the import report',
  () => {
    let serve: ServeProcess;
    let browser: Browser;
    let page: Page;

    beforeAll(async () => {
      serve = await startServe();
      browser = await launchChromium();
      page = await browser.newPage({ viewport: { width: 1100, height: 500 } });
      await page.goto(serve.url);
    });

    afterAll(async () => {
      await browser?.close();
      await serve?.stop();
    });

    it('shows an override and an ESC visibly, and keeps the reason in place after an RTL name', async () => {
      await page.getByRole('button', { name: 'Import articles…' }).waitFor({ timeout: 30_000 });
      await page
        .locator('input[type=file]')
        .first()
        .setInputFiles([
          {
            name: '报告\u202etxt.exe\u001b[2J.txt',
            mimeType: 'text/plain',
            buffer: Buffer.from(''),
          },
          { name: 'مرحبا.txt', mimeType: 'text/plain', buffer: Buffer.from('') },
        ]);
      const items = page.getByRole('status', { name: 'Import result' }).getByRole('listitem');
      await expect.poll(() => items.count(), { timeout: 30_000 }).toBe(2);
      const shown = await items.evaluateAll((list) =>
        list.map((item) => {
          const name = item.querySelector('.import-skipped-name')!;
          return { tag: name.tagName, name: name.textContent, text: item.textContent };
        }),
      );
      expect(shown[0]).toEqual({
        tag: 'BDI',
        name: '报告⟨U+202E⟩txt.exe⟨U+001B⟩[2J.txt',
        text: '报告⟨U+202E⟩txt.exe⟨U+001B⟩[2J.txt: the file is empty',
      });
      // The Arabic name reads right to left inside its <bdi>; the reason still follows it.
      expect(shown[1]).toMatchObject({ tag: 'BDI', name: 'مرحبا.txt' });
      const [nameBox, itemBox] = await Promise.all([
        items.nth(1).locator('.import-skipped-name').boundingBox(),
        items.nth(1).boundingBox(),
      ]);
      expect(nameBox!.x - itemBox!.x).toBeLessThan(2);
      await shoot(page, 'hostile-file-names');
    });
  },
);
