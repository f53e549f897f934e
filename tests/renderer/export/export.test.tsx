import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeYuedu, HARBOUR, makeAnnotation } from '../fakeYuedu';
import { renderApp } from '../renderApp';

const withHighlights = () =>
  createFakeYuedu({
    annotations: [
      makeAnnotation(HARBOUR, 'h1', 0, 3, 'green'),
      makeAnnotation(HARBOUR, 'h2', 4, 6, 'blue'),
    ],
  });

describe('Export', () => {
  afterEach(() => vi.restoreAllMocks());

  it('downloads the library as Markdown through a blob link and says what it exported', async () => {
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:yuedu/1');
    const clicked: Array<{ href: string; download: string }> = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push({ href: this.href, download: this.download });
    });
    const { fake } = await renderApp(withHighlights());
    fireEvent.click(screen.getByRole('button', { name: 'Export Markdown' }));
    await waitFor(() => expect(clicked).toEqual([{ href: 'blob:yuedu/1', download: 'yuedu.md' }]));
    expect(fake.callsTo('export:markdown')).toEqual([{}]);
    const blob = createObjectURL.mock.calls[0]?.[0] as Blob;
    expect(await blob.text()).toBe('# all');
    expect(document.querySelector('.export-outcome .export-text')?.textContent).toBe(
      'Exported 2 highlights to yuedu.md, in your downloads folder (or where you chose to save it).',
    );
  });

  it('exports only the open article from the reader', async () => {
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:yuedu/2');
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { fake } = await renderApp(withHighlights(), '#/article/harbour');
    fireEvent.click(await screen.findByRole('button', { name: 'Export Markdown' }));
    await waitFor(() =>
      expect(fake.callsTo('export:markdown')).toEqual([{ articleId: 'harbour' }]),
    );
  });

  it('explains, in the UI language, why an article without highlights exports nothing', async () => {
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click');
    const fake = createFakeYuedu();
    fake.setSettings({ language: 'zh' });
    await renderApp(fake, '#/article/harbour');
    fireEvent.click(await screen.findByRole('button', { name: '导出 Markdown' }));
    expect((await screen.findByRole('alert')).querySelector('.export-text')?.textContent).toBe(
      '暂无可导出的内容：这篇文章还没有标注。先选中文字高亮，再导出。',
    );
    expect(click).not.toHaveBeenCalled();
  });
});
