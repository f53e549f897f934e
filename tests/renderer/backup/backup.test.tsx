import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeYuedu, HARBOUR, makeAnnotation } from '../fakeYuedu';
import { renderApp } from '../renderApp';

const openSettings = () => {
  fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
  return screen.getByRole('dialog', { name: 'Settings' });
};

// The summary is a polite live region; the font-size <output> is one too, so find it by class.
const summaryIn = (settings: HTMLElement) =>
  settings.querySelector('.backup-summary[role="status"]')?.textContent;

const chooseFile = (input: HTMLElement, text: string, name = 'yuedu-backup.json') =>
  fireEvent.change(input, {
    target: { files: [new File([text], name, { type: 'application/json' })] },
  });

describe('Backup and restore', () => {
  afterEach(() => vi.restoreAllMocks());

  it('downloads everything as one JSON file', async () => {
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:yuedu/b');
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this.download);
    });
    const h1 = makeAnnotation(HARBOUR, 'h1', 0, 3, 'green', '笔记');
    const { fake } = await renderApp(createFakeYuedu({ annotations: [h1] }));
    fireEvent.click(within(openSettings()).getByRole('button', { name: 'Back up everything' }));
    await waitFor(() => expect(clicked).toEqual(['yuedu-backup-1970-01-01.json']));
    expect(fake.callsTo('backup:export')).toEqual([{}]);
    const blob = createObjectURL.mock.calls[0]?.[0] as Blob;
    expect(blob.type).toBe('application/json;charset=utf-8');
    expect(JSON.parse(await blob.text()).annotations[0]).toMatchObject({ id: 'h1', note: '笔记' });
  });

  it('restores a chosen file, says what it did, and shows the restored highlights', async () => {
    const source = createFakeYuedu({
      annotations: [
        makeAnnotation(HARBOUR, 'h1', 0, 3, 'green', '笔记'),
        makeAnnotation(HARBOUR, 'h2', 13, 15, 'blue'),
      ],
    });
    const backup = await source.invoke('backup:export', {});
    if (!backup.ok) throw new Error('fake export failed');

    const { fake } = await renderApp(createFakeYuedu(), '#/article/harbour');
    await screen.findByRole('heading', { level: 1, name: '湾区故事' });
    expect(document.querySelector('mark.highlight')).toBeNull();

    const settings = openSettings();
    chooseFile(within(settings).getByLabelText('Restore from backup…'), backup.value.json);
    await waitFor(() =>
      expect(summaryIn(settings)).toBe('Restored: 2 added, 0 updated, 0 unchanged.'),
    );
    expect(fake.callsTo('backup:import')).toEqual([{ json: backup.value.json }]);
    await waitFor(() => expect(document.querySelectorAll('mark.highlight')).toHaveLength(2));
    expect(fake.callsTo('settings:get')).toHaveLength(2);

    chooseFile(within(settings).getByLabelText('Restore from backup…'), backup.value.json);
    await waitFor(() =>
      expect(summaryIn(settings)).toBe('Restored: 0 added, 0 updated, 2 unchanged.'),
    );
  });

  it('shows the error when the file is not a backup, and changes nothing', async () => {
    const { fake } = await renderApp();
    const settings = openSettings();
    chooseFile(within(settings).getByLabelText('Restore from backup…'), '{"hello":1}', 'x.json');
    expect((await within(settings).findByRole('alert')).textContent).toBe(
      'This file is not a Yuedu backup.',
    );
    expect(summaryIn(settings)).toBe('');
    expect(fake.annotations).toEqual([]);
  });

  it('shows the error when the backup cannot be made', async () => {
    const fake = createFakeYuedu();
    fake.answer('backup:export', {
      ok: false,
      error: { code: 'storage', message: 'The data folder cannot be read' },
    });
    await renderApp(fake);
    const settings = openSettings();
    fireEvent.click(within(settings).getByRole('button', { name: 'Back up everything' }));
    expect((await within(settings).findByRole('alert')).textContent).toBe(
      'The data folder cannot be read',
    );
  });

  it('offers backup and restore in Chinese', async () => {
    const fake = createFakeYuedu();
    fake.setSettings({ language: 'zh' });
    await renderApp(fake);
    fireEvent.click(screen.getByRole('button', { name: '设置' }));
    expect(screen.getByRole('button', { name: '备份全部数据' })).toBeTruthy();
    expect(screen.getByLabelText('从备份恢复…')).toBeTruthy();
  });

  it('refuses a file over 200 MB before reading it, in the UI language', async () => {
    const fake = createFakeYuedu();
    fake.setSettings({ language: 'zh' });
    await renderApp(fake);
    fireEvent.click(screen.getByRole('button', { name: '设置' }));
    const settings = screen.getByRole('dialog', { name: '设置' });
    const huge = new File(['{}'], 'huge.json', { type: 'application/json' });
    Object.defineProperty(huge, 'size', { value: 200 * 1024 * 1024 + 1 });
    fireEvent.change(within(settings).getByLabelText('从备份恢复…'), { target: { files: [huge] } });
    expect((await within(settings).findByRole('alert')).textContent).toBe(
      'huge.json 超过了备份文件的大小上限（200 MB），未恢复任何内容。',
    );
    expect(fake.callsTo('backup:import')).toEqual([]);
  });

  it('says the limit in its own words when yuedu serve refuses the backup as too large', async () => {
    const fake = createFakeYuedu();
    fake.answer('backup:import', {
      ok: false,
      error: {
        code: 'too-large',
        message: 'That backup is too large: a backup may be at most 200 MB.',
      },
    });
    await renderApp(fake);
    const settings = openSettings();
    chooseFile(within(settings).getByLabelText('Restore from backup…'), '{}', 'mine.json');
    expect((await within(settings).findByRole('alert')).textContent).toBe(
      'mine.json is larger than a backup may be (200 MB); nothing was restored.',
    );
  });
});
