import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeYuedu, makeAnnotation, makeArticle, makeOrphan } from '../fakeYuedu';
import { renderApp } from '../renderApp';

// A title and a note that start with a right-to-left override: without isolation the override
// reverses the rest of the title and runs on into the text after it.
const REVERSING = '\u202e报告gpj.exe';
const HOSTILE = makeArticle('hostile', `${REVERSING} 标题`, [
  ['paragraph', '第一段：大湾区的发展。'],
  ['paragraph', '第二段：开放与包容。'],
]);

/** Whether `element` is isolated from the text around it with its own direction (dir="auto"). */
const isIsolated = (element: Element | null) => element?.getAttribute('dir') === 'auto';

describe('user and file-provided text is isolated for bidirectional layout', () => {
  it('isolates article titles and first lines in the library', async () => {
    await renderApp(createFakeYuedu({ articles: [HOSTILE] }));
    const link = screen.getByRole('link', { name: `${REVERSING} 标题` });
    expect(isIsolated(link.closest('h2'))).toBe(true);
    expect(isIsolated(screen.getByText('第一段：大湾区的发展。'))).toBe(true);
  });

  it('isolates the title in the reader, and quotes and notes in the notes panel and orphans', async () => {
    const anchored = makeAnnotation(HOSTILE, 'h1', 0, 3, 'green', `${REVERSING} 笔记`);
    const orphan = makeOrphan(HOSTILE, 'o1', '不在了的句子', `${REVERSING} 孤立`);
    await renderApp(
      createFakeYuedu({ articles: [HOSTILE], annotations: [anchored, orphan] }),
      '#/article/hostile',
    );
    const title = await screen.findByRole('heading', { level: 1 });
    expect(isIsolated(title)).toBe(true);
    await waitFor(() => expect(document.querySelector('.note-text')).not.toBeNull());
    for (const selector of ['.note-quote', '.note-text', '.orphan-quote', '.orphan-note']) {
      expect(isIsolated(document.querySelector(selector)), selector).toBe(true);
    }
  });

  it('isolates titles in search results', async () => {
    await renderApp(createFakeYuedu({ articles: [HOSTILE] }));
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: '大湾区' } });
    const title = await screen.findByRole('link', { name: `${REVERSING} 标题` });
    await waitFor(() => expect(document.querySelector('.search-title')).not.toBeNull());
    expect(isIsolated(document.querySelector('.search-title'))).toBe(true);
    expect(title).toBeTruthy();
  });
});
