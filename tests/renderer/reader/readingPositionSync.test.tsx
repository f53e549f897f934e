import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeYuedu, HARBOUR } from '../fakeYuedu';
import { renderApp } from '../renderApp';

describe('Reading position', () => {
  it('asks for the saved position on open and saves a block offset after scrolling', async () => {
    const { fake } = await renderApp(createFakeYuedu(), '#/article/harbour');
    await screen.findByRole('heading', { level: 1, name: '湾区故事' });
    await waitFor(() => expect(fake.callsTo('reading:get')).toEqual([{ articleId: 'harbour' }]));
    await new Promise((resolve) => setTimeout(resolve, 150));
    fireEvent.scroll(window);
    await waitFor(() => expect(fake.callsTo('reading:set')).toHaveLength(1), { timeout: 2000 });
    const saved = fake.callsTo('reading:set')[0] as {
      articleId: string;
      offset: number;
      progress: number;
    };
    expect(saved.articleId).toBe('harbour');
    expect(HARBOUR.blocks.map((block) => block.start)).toContain(saved.offset);
    expect(saved.progress).toBeGreaterThanOrEqual(0);
    expect(saved.progress).toBeLessThanOrEqual(1);
  });

  it('does not restore the saved position when opened at a search hit', async () => {
    const { fake } = await renderApp(createFakeYuedu(), '#/article/harbour/hit/30-32');
    await screen.findByRole('heading', { level: 1, name: '湾区故事' });
    expect(document.querySelector('mark.search-hit')?.textContent).toBe(HARBOUR.text.slice(30, 32));
    expect(fake.callsTo('reading:get')).toEqual([]);
  });
});
