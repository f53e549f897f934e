import path from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOT_DIR } from './launchChromium';

/** Selects the first occurrence of `text` inside the article, the way a mouse drag would, even across marks. */
export async function selectInArticle(page: Page, text: string): Promise<void> {
  await page.evaluate((wanted) => {
    const article = document.querySelector('article')!;
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
    const nodes: Array<{ node: Text; from: number }> = [];
    let joined = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement?.closest('[data-offset]')) continue;
      nodes.push({ node: node as Text, from: joined.length });
      joined += node.textContent ?? '';
    }
    const at = joined.indexOf(wanted);
    if (at < 0) throw new Error(`"${wanted}" is not in the article`);
    const locate = (offset: number, isEnd: boolean) => {
      const hit = nodes.findLast((n) => (isEnd ? n.from < offset : n.from <= offset))!;
      return [hit.node, offset - hit.from] as const;
    };
    const range = document.createRange();
    range.setStart(...locate(at, false));
    range.setEnd(...locate(at + wanted.length, true));
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    article.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  }, text);
}

/** Calls the same HTTP API the page uses, with the page's session cookie; throws on an error Result. */
export async function callApi<T>(page: Page, channel: string, args: unknown): Promise<T> {
  const result = await page.evaluate(
    async ([c, a]) => {
      const response = await fetch(`/api/${c}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(a),
      });
      return response.json();
    },
    [channel, args] as const,
  );
  if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

/** Whether the first element matching `selector` is scrolled fully into view. */
export const isInViewport = (page: Page, selector: string) =>
  page.evaluate((css) => {
    const box = document.querySelector(css)!.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight;
  }, selector);

/** Saves what the page shows now, for a person to look at after the run. */
export const shoot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: false });
