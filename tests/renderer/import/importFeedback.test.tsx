import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createFakeYuedu } from '../fakeYuedu';
import { renderApp } from '../renderApp';

const textFile = (name: string, text: string) => new File([text], name, { type: 'text/plain' });
const numbered = (count: number) =>
  Array.from({ length: count }, (_, i) =>
    textFile(`第${i + 1}篇.txt`, `文章${i + 1}\n正文第${i + 1}段。`),
  );
const choose = (files: File[]) =>
  fireEvent.change(document.querySelector('input.import-files-input')!, { target: { files } });
const importResult = () => screen.getByRole('status', { name: 'Import result' });
const library = () => screen.getByRole('main');

describe('Import feedback', () => {
  it('offers real buttons that open the hidden file inputs, so keyboards press something visible', async () => {
    await renderApp();
    const filesButton = screen.getByRole('button', { name: 'Import articles…' });
    const folderButton = screen.getByRole('button', { name: 'Import folder…' });
    const filesInput = document.querySelector<HTMLInputElement>('input.import-files-input')!;
    const folderInput = document.querySelector<HTMLInputElement>('input.import-folder-input')!;
    // The inputs are out of reach: hidden, out of the tab order and of the accessibility tree.
    for (const input of [filesInput, folderInput]) {
      expect(input.hidden).toBe(true);
      expect(input.tabIndex).toBe(-1);
      expect(input.getAttribute('aria-hidden')).toBe('true');
    }
    expect(screen.queryByLabelText('Import articles…')).toBeNull();
    const filesClick = vi.spyOn(filesInput, 'click').mockImplementation(() => undefined);
    const folderClick = vi.spyOn(folderInput, 'click').mockImplementation(() => undefined);
    fireEvent.click(filesButton);
    fireEvent.click(folderButton);
    expect(filesClick).toHaveBeenCalledTimes(1);
    expect(folderClick).toHaveBeenCalledTimes(1);
    expect(folderInput.hasAttribute('webkitdirectory')).toBe(true);
  });

  it('names what was added, links to it, and marks the new articles in the list', async () => {
    const { fake } = await renderApp();
    const scrolled: string[] = [];
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this.getAttribute('data-article-id') ?? '');
    };
    choose(numbered(7));
    await waitFor(() => expect(importResult().textContent).toContain('Added 7 articles'), {
      timeout: 10_000,
    });
    const named = within(importResult())
      .getAllByRole('link')
      .map((link) => [link.textContent, link.getAttribute('href')]);
    expect(named).toEqual([1, 2, 3, 4, 5].map((n) => [`文章${n}`, `#/article/imported-${n}`]));
    expect(importResult().textContent).toContain('and 2 more');

    // The new articles are marked, and the list is scrolled to the first one.
    await waitFor(() => expect(within(library()).getAllByText('New')).toHaveLength(7), {
      timeout: 10_000,
    });
    const firstNew = within(library()).getByRole('link', { name: '文章1' }).closest('li')!;
    expect(firstNew.classList.contains('library-item-new')).toBe(true);
    await waitFor(() => expect(scrolled).toEqual(['imported-1']), { timeout: 10_000 });

    // "Show in library" scrolls there again.
    fireEvent.click(within(importResult()).getByRole('button', { name: 'Show in library' }));
    await waitFor(() => expect(scrolled).toEqual(['imported-1', 'imported-1']), {
      timeout: 10_000,
    });
    expect(fake.callsTo('library:import')).toHaveLength(1);
  });

  it('leaves the summary behind when the user opens an article', async () => {
    await renderApp();
    choose(numbered(1));
    await waitFor(() => expect(importResult().textContent).toContain('Added 1 article'), {
      timeout: 10_000,
    });
    fireEvent.click(within(importResult()).getByRole('link', { name: '文章1' }));
    act(() => {
      window.location.hash = '#/article/imported-1';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    await screen.findByRole('heading', { level: 1, name: '文章1' });
    expect(importResult().textContent).toBe('');
  });

  it('lets the user cancel an import the app menu started, by its id', async () => {
    const fake = createFakeYuedu();
    await renderApp(fake);
    act(() =>
      fake.emitLibraryChanged({ kind: 'import-progress', done: 0, total: 4, importId: 'menu-1' }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(fake.callsTo('library:cancelImport')).toEqual([{ importId: 'menu-1' }]);
    act(() =>
      fake.emitLibraryChanged({
        kind: 'imported',
        report: { added: [], skipped: [], cancelled: true },
      }),
    );
    expect(importResult().textContent).toContain('Import cancelled after 0 of 4 files.');
  });
});
