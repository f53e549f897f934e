import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeYuedu, HARBOUR, makeAnnotation, makeArticle } from '../fakeYuedu';
import { renderApp } from '../renderApp';

const type = (value: string) =>
  fireEvent.change(screen.getByRole('searchbox', { name: 'Search' }), { target: { value } });

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

  it('opens the first result on Enter, at its match', async () => {
    await renderApp();
    const box = screen.getByRole('searchbox', { name: 'Search' });
    fireEvent.change(box, { target: { value: '北京' } });
    fireEvent.submit(box.closest('form')!);
    await waitFor(() =>
      expect(window.location.hash).toMatch(/^#\/article\/harbour\/hit\/\d+-\d+\?q=/),
    );
    expect(await screen.findByRole('heading', { level: 1, name: '湾区故事' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Search results' })).toBeNull();
  });

  it('opens a result at its match, marked as a search hit rather than a highlight', async () => {
    await renderApp();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search' }), {
      target: { value: '北京' },
    });
    const results = await screen.findByRole('region', { name: 'Search results' });
    const link = within(results).getByRole('link', { name: '湾区故事' });
    expect(link.getAttribute('href')).toMatch(
      /^#\/article\/harbour\/hit\/\d+-\d+\?q=%E5%8C%97%E4%BA%AC$/,
    );
    window.location.hash = link.getAttribute('href')!;
    fireEvent.click(link);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await waitFor(() =>
      expect(document.querySelector('mark.search-hit')?.textContent).toBe('北京'),
    );
    expect(document.querySelector('mark.search-hit.highlight')).toBeNull();
    expect(screen.queryByRole('region', { name: 'Search results' })).toBeNull();
  });

  it('shows how many hits each result has, in English and Chinese', async () => {
    const fake = createFakeYuedu({
      articles: [
        HARBOUR,
        makeArticle('many', '多次出现', [['paragraph', '北京，北京，还是北京。']]),
      ],
    });
    await renderApp(fake);
    type('北京');
    const results = await screen.findByRole('region', { name: 'Search results' });
    const countOf = (title: string) =>
      within(results)
        .getByRole('link', { name: title })
        .closest('li')!
        .querySelector('.search-count')?.textContent;
    expect(countOf('湾区故事')).toBe('1 hit');
    expect(countOf('多次出现')).toBe('3 hits');
  });

  it('ignores a slow answer to an earlier query once a later one has been shown', async () => {
    const fake = createFakeYuedu();
    fake.delay('search:query', (args: { query: string }) => (args.query === '北' ? 300 : 0));
    await renderApp(fake);
    type('北');
    await waitFor(() => expect(fake.callsTo('search:query')).toHaveLength(1));
    type('福建');
    const results = await screen.findByRole('region', { name: 'Search results' });
    await waitFor(() =>
      expect(within(results).queryByRole('link', { name: '茶香四溢' })).toBeTruthy(),
    );
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(within(results).queryByRole('link', { name: '湾区故事' })).toBeNull();
    expect(within(results).getByRole('link', { name: '茶香四溢' })).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>('searchbox').value).toBe('福建');
  });

  it('says the index is still being built, with its progress, until it is ready', async () => {
    const fake = createFakeYuedu();
    fake.setStatuses([
      { ready: false, indexedArticles: 1, totalArticles: 40 },
      { ready: false, indexedArticles: 25, totalArticles: 40 },
      { ready: true, indexedArticles: 40, totalArticles: 40 },
    ]);
    await renderApp(fake);
    const status = screen.getByRole('status', { name: 'Search index' });
    await waitFor(() => expect(status.textContent).toBe('Indexing… (1 of 40)'));
    await waitFor(() => expect(status.textContent).toBe('Indexing… (25 of 40)'), {
      timeout: 1500,
    });
    await waitFor(() => expect(status.textContent).toBe(''), { timeout: 1500 });
    expect(fake.callsTo('search:status')).toHaveLength(3);
  });

  it('lists matching highlights and notes in their own group and opens one at its highlight', async () => {
    const fake = createFakeYuedu({
      annotations: [makeAnnotation(HARBOUR, 'n1', 46, 50, 'green', '留学的经历很重要')],
    });
    await renderApp(fake);
    type('留学');
    const results = await screen.findByRole('region', { name: 'Search results' });
    const notes = await within(results).findByRole('region', { name: 'In your notes' });
    expect(within(notes).getByText('Note')).toBeTruthy();
    expect(notes.querySelector('.search-snippet mark')?.textContent).toBe('留学');
    const link = within(notes).getByRole('link', { name: '湾区故事' });
    expect(link.getAttribute('href')).toBe('#/article/harbour/annotation/n1');
    window.location.hash = link.getAttribute('href')!;
    fireEvent.click(link);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await waitFor(() =>
      expect(document.activeElement?.getAttribute('data-annotation-id')).toBe('n1'),
    );
    expect(document.querySelector('mark.search-hit')).toBeNull();
  });

  it('shows whose a note hit is when it is another member’s, and a reply opens its highlight', async () => {
    const fake = createFakeYuedu();
    fake.answer('search:notes', {
      ok: true,
      value: [
        {
          annotationId: 'theirs',
          articleId: 'harbour',
          title: '湾区故事',
          score: 2,
          field: 'reply',
          creator: { id: 'anna', name: 'Anna\u202e' },
          snippet: { text: '留学很好', marks: [[0, 2]] },
        },
      ],
    });
    await renderApp(fake);
    type('留学');
    const notes = await screen.findByRole('region', { name: 'In your notes' });
    expect(within(notes).getByText('Reply')).toBeTruthy();
    const by = notes.querySelector('.search-by')!;
    expect(by.textContent).toBe('by Anna\u202e');
    // The name is isolated, so a bidirectional control in it cannot reorder what follows.
    expect(by.querySelector('bdi')?.textContent).toBe('Anna\u202e');
    expect(within(notes).getByRole('link', { name: '湾区故事' }).getAttribute('href')).toBe(
      '#/article/harbour/annotation/theirs',
    );
  });
});
