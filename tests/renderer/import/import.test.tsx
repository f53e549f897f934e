import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ImportFile } from '../../../shared/model/import';
import { createFakeYuedu, makeArticle } from '../fakeYuedu';
import { renderApp } from '../renderApp';

const textFile = (name: string, text: string) => new File([text], name, { type: 'text/plain' });
const numbered = (count: number) =>
  Array.from({ length: count }, (_, i) =>
    textFile(`第${i + 1}篇.txt`, `文章${i + 1}\n正文第${i + 1}段。`),
  );

/** Chooses files the way the browser's file chooser does, behind the "Import articles…" button. */
const choose = (files: File[]) =>
  fireEvent.change(document.querySelector('input.import-files-input')!, { target: { files } });

const importResult = (name = 'Import result') => screen.getByRole('status', { name });

/** A file that claims `size` bytes without holding them, to test the size limit cheaply. */
function sized(name: string, size: number): File {
  const file = textFile(name, '大文件');
  Object.defineProperty(file, 'size', { value: size });
  return file;
}

const library = () => screen.getByRole('main');
const skippedItems = (name?: string) =>
  Array.from(importResult(name).querySelectorAll('.import-skipped li'), (item) => item.textContent);

describe('Import', () => {
  it('sends files in batches of ten with progress, and Cancel stops before the next batch', async () => {
    const fake = createFakeYuedu();
    fake.delay('library:import', () => 150);
    await renderApp(fake);
    choose(numbered(25));

    const bar = await screen.findByRole('progressbar', { name: 'Importing…' });
    expect(bar.getAttribute('aria-valuenow')).toBe('0');
    expect(bar.getAttribute('aria-valuemax')).toBe('25');
    expect(screen.getByText('0 of 25 files')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByText('Stopping…')).toBeTruthy();
    expect(fake.callsTo('library:cancelImport')).toEqual([{ importId: expect.any(String) }]);

    await waitFor(() =>
      expect(importResult().textContent).toContain(
        'Import cancelled after 10 of 25 files. The articles already imported stay in your library.',
      ),
    );
    expect(importResult().textContent).toContain('Added 10 articles; skipped 0.');
    const batches = fake.callsTo('library:import') as Array<{ files: ImportFile[] }>;
    expect(batches.map((batch) => batch.files.length)).toEqual([10]);
    expect(screen.queryByRole('progressbar', { name: 'Importing…' })).toBeNull();
    await waitFor(() => expect(screen.getAllByText('Imported')).toHaveLength(10));
    expect(within(library()).getByRole('link', { name: '文章1' })).toBeTruthy();
  });

  it('imports every batch, updating the progress bar, and names each skipped file with its reason', async () => {
    const fake = createFakeYuedu();
    fake.delay('library:import', () => 60);
    await renderApp(fake);
    const files = [
      ...numbered(12),
      textFile('空.txt', ''),
      new File([new Uint8Array([0xff, 0xfe, 0x00, 0x81, 0x00])], '图片.txt'),
      textFile('照片.png', 'x'),
    ];
    choose(files);
    const bar = await screen.findByRole('progressbar', { name: 'Importing…' });
    await waitFor(() => expect(bar.getAttribute('aria-valuenow')).toBe('10'));
    expect(bar.getAttribute('aria-valuetext')).toBe('10 of 14 files');

    await waitFor(() =>
      expect(importResult().textContent).toContain('Added 12 articles; skipped 3.'),
    );
    expect(skippedItems()).toEqual([
      '照片.png: only .txt and .md files can be imported',
      '空.txt: the file holds no text',
      '图片.txt: not text',
    ]);
    const sent = (fake.callsTo('library:import') as Array<{ files: ImportFile[] }>).map((batch) =>
      batch.files.map((file) => file.name),
    );
    expect(sent.map((names) => names.length)).toEqual([10, 4]);
    expect(sent.flat()).not.toContain('照片.png');
    fireEvent.click(within(importResult()).getByRole('button', { name: 'Dismiss' }));
    expect(importResult().textContent).toBe('');
  });

  it('removes an imported article after confirming; bundled articles have no Remove', async () => {
    const fake = createFakeYuedu();
    fake.addImported(makeArticle('mine', '我的文章', [['paragraph', '自己写的文章。']]));
    await renderApp(fake);
    expect(screen.getAllByRole('button', { name: /^Remove/ })).toHaveLength(1);
    const item = screen.getByRole('link', { name: '我的文章' }).closest('li')!;
    expect(within(item).getByText('Imported')).toBeTruthy();

    fireEvent.click(within(item).getByRole('button', { name: 'Remove “我的文章”' }));
    fireEvent.click(within(item).getByRole('button', { name: 'Cancel' }));
    expect(fake.callsTo('library:remove')).toEqual([]);

    fireEvent.click(within(item).getByRole('button', { name: 'Remove “我的文章”' }));
    expect(within(item).getByText(/Your highlights in it are kept/)).toBeTruthy();
    fireEvent.click(within(item).getByRole('button', { name: 'Yes, remove' }));
    await waitFor(() => expect(screen.queryByRole('link', { name: '我的文章' })).toBeNull());
    expect(fake.callsTo('library:remove')).toEqual([{ id: 'mine' }]);
    expect(screen.getByRole('link', { name: '湾区故事' })).toBeTruthy();
  });

  it('follows an import started from the app menu: progress without Cancel, then the summary and new list', async () => {
    const fake = createFakeYuedu();
    await renderApp(fake);
    act(() => fake.emitLibraryChanged({ kind: 'import-progress', done: 3, total: 8 }));
    const bar = screen.getByRole('progressbar', { name: 'Importing…' });
    expect(bar.getAttribute('aria-valuetext')).toBe('3 of 8 files');
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();

    fake.addImported(makeArticle('menu', '菜单导入', [['paragraph', '从菜单导入的文章。']]));
    const listed = fake.callsTo('library:list').length;
    act(() =>
      fake.emitLibraryChanged({
        kind: 'imported',
        report: { added: [], skipped: [{ name: 'bad.txt', reason: 'not text' }] },
      }),
    );
    expect(importResult().textContent).toContain('skipped 1');
    expect(await within(library()).findByRole('link', { name: '菜单导入' })).toBeTruthy();
    expect(fake.callsTo('library:list').length).toBe(listed + 1);
  });

  it('shows a drop overlay while files are dragged over the window and imports what is dropped', async () => {
    const fake = createFakeYuedu();
    await renderApp(fake);
    const files = numbered(2);
    const dragEvent = (type: string) => {
      const event = new Event(type, { bubbles: true, cancelable: true });
      Object.defineProperty(event, 'dataTransfer', {
        value: { types: ['Files'], items: [], files, dropEffect: 'none' },
      });
      return event;
    };
    act(() => void window.dispatchEvent(dragEvent('dragenter')));
    expect(screen.getByText('Drop .txt or .md files to import')).toBeTruthy();
    act(() => void window.dispatchEvent(dragEvent('dragleave')));
    expect(screen.queryByText('Drop .txt or .md files to import')).toBeNull();

    act(() => void window.dispatchEvent(dragEvent('dragenter')));
    const drop = dragEvent('drop');
    act(() => void window.dispatchEvent(drop));
    expect(drop.defaultPrevented).toBe(true);
    expect(screen.queryByText('Drop .txt or .md files to import')).toBeNull();
    await waitFor(() => expect(importResult().textContent).toContain('Added 2 articles'));
    expect(await within(library()).findByRole('link', { name: '文章2' })).toBeTruthy();
  });

  it('skips a file over 50 MB before reading or sending it, saying so in the UI language', async () => {
    const fake = createFakeYuedu();
    fake.setSettings({ language: 'zh' });
    await renderApp(fake);
    choose([...numbered(2), sized('太大.txt', 50 * 1024 * 1024 + 1)]);
    await waitFor(() =>
      expect(importResult('导入结果').textContent).toContain('已添加 2 篇文章，跳过 1 个。'),
    );
    expect(skippedItems('导入结果')).toEqual([
      '太大.txt: 文件超过 50 MB，超出了单篇文章的大小上限',
    ]);
    const sent = (fake.callsTo('library:import') as Array<{ files: ImportFile[] }>).flatMap(
      (batch) => batch.files.map((file) => file.name),
    );
    expect(sent).not.toContain('太大.txt');
  });

  it('says the limit in its own words when yuedu serve refuses a request as too large', async () => {
    const fake = createFakeYuedu();
    fake.answer('library:import', {
      ok: false,
      error: {
        code: 'too-large',
        message: 'That import is too large: a file may be at most 50 MB.',
      },
    });
    await renderApp(fake);
    choose(numbered(1));
    await waitFor(() => expect(importResult().textContent).toContain('skipped 1'));
    expect(skippedItems()).toEqual([
      '第1篇.txt: the file is larger than 50 MB, the most an article may be',
    ]);
  });

  it('shows a file name holding control characters or a right-to-left override visibly, isolated', async () => {
    const fake = createFakeYuedu();
    await renderApp(fake);
    choose([textFile('报告\u202etxt.exe\u001b[2J.txt', '')]);
    await waitFor(() => expect(importResult().textContent).toContain('skipped 1'));
    const name = importResult().querySelector('.import-skipped-name')!;
    expect(name.tagName).toBe('BDI');
    expect(name.textContent).toBe('报告⟨U+202E⟩txt.exe⟨U+001B⟩[2J.txt');
  });
});
