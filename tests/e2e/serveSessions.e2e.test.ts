import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from './support/launchChromium';
import { callApi, shoot } from './support/pageActions';
import { startServe, type ServeProcess } from './support/startServe';

const POLL = { timeout: 30_000 };

/** How many articles the library page lists right now. */
const listedArticles = (page: Page) => page.getByRole('main').getByRole('link').count();

describe.runIf(chromiumAvailable())('two yuedu serve in one browser', () => {
  let first: ServeProcess;
  let second: ServeProcess;
  let browser: Browser;
  let context: BrowserContext;
  let firstPage: Page;
  let secondPage: Page;

  beforeAll(async () => {
    [first, second] = await Promise.all([startServe(), startServe({ lang: 'zh' })]);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1100, height: 700 } });
    firstPage = await context.newPage();
    secondPage = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await Promise.all([first?.stop(), second?.stop()]);
  });

  it('drops the token from the address once the page has loaded', async () => {
    await firstPage.goto(first.url);
    await expect.poll(() => listedArticles(firstPage), POLL).toBe(5);
    expect(first.url).toContain('?token=');
    expect(firstPage.url()).toBe(`${first.origin}/`);
    expect(await firstPage.evaluate(() => location.href)).not.toContain('token');
  });

  it('keeps the first page working after the second server’s page has loaded', async () => {
    await secondPage.goto(second.url);
    await expect.poll(() => listedArticles(secondPage), POLL).toBe(5);
    expect(await secondPage.evaluate(() => location.href)).toBe(`${second.origin}/`);

    // The open tab of the first server still reaches its API and survives a reload.
    expect(await callApi<unknown[]>(firstPage, 'library:list', {})).toHaveLength(5);
    await firstPage.reload();
    await expect.poll(() => listedArticles(firstPage), POLL).toBe(5);
    expect(await callApi<unknown[]>(secondPage, 'library:list', {})).toHaveLength(5);
    await shoot(firstPage, 'sessions-01-first-server');
    await shoot(secondPage, 'sessions-02-second-server');
  });

  it('keeps one HttpOnly, SameSite=Strict cookie per server, which no script can read', async () => {
    const cookies = await context.cookies();
    const names = cookies.map((cookie) => cookie.name).sort();
    expect(names).toEqual(
      [first, second].map((serve) => `yuedu_session_${new URL(serve.origin).port}`).sort(),
    );
    for (const cookie of cookies) {
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    }
    expect(await firstPage.evaluate(() => document.cookie)).toBe('');
  });

  it('refuses the API to a page without the cookie, such as another origin’s', async () => {
    const stranger = await browser.newContext();
    try {
      const page = await stranger.newPage();
      const response = await page.goto(`${first.origin}/`);
      expect(response?.status()).toBe(403);
    } finally {
      await stranger.close();
    }
  });
});
