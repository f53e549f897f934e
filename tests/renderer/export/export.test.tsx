import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../renderApp';

describe('Export', () => {
  afterEach(() => vi.restoreAllMocks());

  it('downloads the library as Markdown through a blob link', async () => {
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:yuedu/1');
    const clicked: Array<{ href: string; download: string }> = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push({ href: this.href, download: this.download });
    });
    const { fake } = await renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'Export Markdown' }));
    await waitFor(() => expect(clicked).toEqual([{ href: 'blob:yuedu/1', download: 'yuedu.md' }]));
    expect(fake.callsTo('export:markdown')).toEqual([{}]);
    const blob = createObjectURL.mock.calls[0]?.[0] as Blob;
    expect(await blob.text()).toBe('# all');
  });

  it('exports only the open article from the reader', async () => {
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:yuedu/2');
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { fake } = await renderApp(undefined, '#/article/tea');
    fireEvent.click(await screen.findByRole('button', { name: 'Export Markdown' }));
    await waitFor(() => expect(fake.callsTo('export:markdown')).toEqual([{ articleId: 'tea' }]));
  });
});
