import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createFakeYuedu, makeArticle } from '../fakeYuedu';
import { renderApp } from '../renderApp';

// Hits of 北京 at 0, 4 and 9.
const ECHO = makeArticle('echo', '回声', [
  ['paragraph', '北京一。北京二。'],
  ['paragraph', '北京三。'],
]);

const openEcho = async (hash = '#/article/echo/hit/4-6?q=%E5%8C%97%E4%BA%AC') => {
  const fake = createFakeYuedu({ articles: [ECHO] });
  await renderApp(fake, hash);
  await waitFor(() => expect(document.querySelectorAll('mark.search-hit')).toHaveLength(3));
  return fake;
};

const position = () =>
  screen.getByRole('group', { name: 'Search hits' }).querySelector('.hit-position')?.textContent;
/** The offset of the current hit's piece: carried by the hit's mark, or by an element inside it. */
const currentStart = () =>
  document.querySelector<HTMLElement>(
    'mark.search-hit.current[data-offset], mark.search-hit.current [data-offset]',
  )?.dataset.offset;
const press = (key: string, shiftKey = false, target: Element = document.body) =>
  fireEvent.keyDown(target, { key, shiftKey, bubbles: true });

describe('Search hits in the reader', () => {
  it('marks every hit of the query and starts at the one the article was opened at', async () => {
    const fake = await openEcho();
    expect(fake.callsTo('search:inArticle')).toEqual([{ articleId: 'echo', query: '北京' }]);
    expect(document.querySelectorAll('mark.search-hit.current')).toHaveLength(1);
    expect(currentStart()).toBe('4');
    expect(position()).toBe('Hit 2 of 3');
  });

  it('walks the hits with Enter and F3, back with Shift, wrapping around, and scrolls to each', async () => {
    await openEcho();
    const scrollTo = vi.spyOn(window, 'scrollTo');
    press('Enter');
    await waitFor(() => expect(position()).toBe('Hit 3 of 3'));
    expect(currentStart()).toBe('9');
    expect(scrollTo).toHaveBeenCalled();
    press('F3');
    await waitFor(() => expect(position()).toBe('Hit 1 of 3'));
    expect(currentStart()).toBe('0');
    press('Enter', true);
    await waitFor(() => expect(position()).toBe('Hit 3 of 3'));
    press('F3', true);
    await waitFor(() => expect(position()).toBe('Hit 2 of 3'));
    scrollTo.mockRestore();
  });

  it('goes to the next hit on Enter even when a paragraph has focus, instead of selecting it', async () => {
    await openEcho();
    const paragraph = document.querySelector<HTMLElement>('[data-block-start="9"]')!;
    paragraph.focus();
    press('Enter', false, paragraph);
    await waitFor(() => expect(position()).toBe('Hit 3 of 3'));
    expect(document.getSelection()?.isCollapsed ?? true).toBe(true);
    expect(screen.queryByRole('toolbar', { name: 'Highlight selection' })).toBeNull();
  });

  it('moves with the Previous hit and Next hit buttons', async () => {
    await openEcho();
    fireEvent.click(screen.getByRole('button', { name: 'Previous hit' }));
    await waitFor(() => expect(position()).toBe('Hit 1 of 3'));
    fireEvent.click(screen.getByRole('button', { name: 'Next hit' }));
    fireEvent.click(screen.getByRole('button', { name: 'Next hit' }));
    await waitFor(() => expect(position()).toBe('Hit 3 of 3'));
  });

  it('leaves Enter in the search box to the search, which opens its first result', async () => {
    const fake = await openEcho();
    const box = screen.getByRole('searchbox', { name: 'Search' });
    fireEvent.change(box, { target: { value: '北京三' } });
    press('Enter', false, box);
    press('F3', false, box);
    expect(position()).toBe('Hit 2 of 3');
    fireEvent.submit(box.closest('form')!);
    await waitFor(() => expect(window.location.hash).toMatch(/\?q=%E5%8C%97%E4%BA%AC%E4%B8%89$/));
    expect(fake.callsTo('search:query').at(-1)).toEqual({ query: '北京三', limit: 20 });
  });

  it('clears the hits on Escape', async () => {
    await openEcho();
    press('Escape');
    await waitFor(() => expect(document.querySelector('mark.search-hit')).toBeNull());
    expect(screen.queryByRole('group', { name: 'Search hits' })).toBeNull();
    expect(window.location.hash).toBe('#/article/echo');
  });

  it('says where it is in Chinese', async () => {
    const fake = createFakeYuedu({ articles: [ECHO] });
    fake.setSettings({ language: 'zh' });
    await renderApp(fake, '#/article/echo/hit/0-2?q=%E5%8C%97%E4%BA%AC');
    await waitFor(() =>
      expect(screen.getByRole('group', { name: '搜索命中' }).textContent).toContain(
        '第 1 处，共 3 处',
      ),
    );
    expect(screen.getByRole('button', { name: '下一处' })).toBeTruthy();
  });
});
