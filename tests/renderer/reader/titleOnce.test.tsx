import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeYuedu, makeArticle } from '../fakeYuedu';
import { renderApp } from '../renderApp';

describe('The reader shows an imported article’s title once', () => {
  it('draws the opening heading as the page title instead of repeating it in the body', async () => {
    const article = makeArticle('a-imported', '江南春色', [
      ['heading', '江南春色'],
      ['paragraph', '三月的江南，细雨如丝。'],
      ['heading', '油纸伞'],
      ['paragraph', '游客撑着油纸伞走过。'],
    ]);
    const fake = createFakeYuedu({ articles: [article] });
    await renderApp(fake, '#/article/a-imported');
    const body = await screen.findByRole('article');
    expect(within(body).getAllByText('江南春色')).toHaveLength(1);
    const title = within(body).getByRole('heading', { level: 1 });
    expect(title.textContent).toBe('江南春色');
    // Still the canonical block, so highlights and selections in it keep their offsets.
    expect(title.getAttribute('data-block-start')).toBe('0');
    expect(title.querySelector('[data-offset="0"]')).not.toBeNull();
    expect(
      within(body)
        .getAllByRole('heading', { level: 2 })
        .map((h) => h.textContent),
    ).toEqual(['油纸伞']);
  });
});
