import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeYuedu, makeArticle } from '../fakeYuedu';
import { renderApp } from '../renderApp';

describe('Library changes made elsewhere', () => {
  it('lists articles another process imported once the window regains focus', async () => {
    const fake = createFakeYuedu();
    await renderApp(fake);
    await waitFor(() => expect(fake.callsTo('library:revision').length).toBeGreaterThan(0), {
      timeout: 10_000,
    });
    // The CLI imports an article into the same data folder.
    fake.addImported(
      makeArticle('from-cli', '命令行导入', [['paragraph', '从命令行导入的文章。']]),
    );
    fake.bumpRevision();
    act(() => void window.dispatchEvent(new Event('focus')));
    expect(
      await within(screen.getByRole('main')).findByRole('link', { name: '命令行导入' }),
    ).toBeTruthy();
  });

  it('lists again when Electron says the library changed', async () => {
    const fake = createFakeYuedu();
    await renderApp(fake);
    fake.addImported(makeArticle('pushed', '推送的文章', [['paragraph', '推送来的文章。']]));
    act(() => fake.emitLibraryChanged({ kind: 'changed', revision: 3 }));
    expect(
      await within(screen.getByRole('main')).findByRole('link', { name: '推送的文章' }),
    ).toBeTruthy();
  });
});
