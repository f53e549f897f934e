import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../renderApp';

describe('Search', () => {
  it('shows results with the match marked in the snippet after typing', async () => {
    const { fake } = await renderApp();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search' }), {
      target: { value: '北京' },
    });
    const results = await screen.findByRole('region', { name: 'Search results' });
    expect(within(results).getByRole('link', { name: '湾区故事' })).toBeTruthy();
    expect(results.querySelector('.search-snippet mark')?.textContent).toBe('北京');
    expect(fake.callsTo('search:query')).toEqual([{ query: '北京', limit: 20 }]);
  });

  it('searches at once on Enter and says when nothing matches', async () => {
    const { fake } = await renderApp();
    const box = screen.getByRole('searchbox', { name: 'Search' });
    fireEvent.change(box, { target: { value: '上海' } });
    fireEvent.submit(box.closest('form')!);
    expect(await screen.findByText('No matches.')).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(fake.callsTo('search:query').length).toBeGreaterThanOrEqual(1);
  });

  it('opens a result at its match, marked as a search hit rather than a highlight', async () => {
    await renderApp();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search' }), {
      target: { value: '北京' },
    });
    const results = await screen.findByRole('region', { name: 'Search results' });
    const link = within(results).getByRole('link', { name: '湾区故事' });
    expect(link.getAttribute('href')).toMatch(/^#\/article\/harbour\/hit\/\d+-\d+$/);
    window.location.hash = link.getAttribute('href')!;
    fireEvent.click(link);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await waitFor(() =>
      expect(document.querySelector('mark.search-hit')?.textContent).toBe('北京'),
    );
    expect(document.querySelector('mark.search-hit.highlight')).toBeNull();
    expect(screen.queryByRole('region', { name: 'Search results' })).toBeNull();
  });
});
