import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeYuedu } from '../fakeYuedu';
import { renderGroupApp } from './renderGroupApp';

const DESKTOP = { chosenFolder: () => ({ ok: true as const, value: null }) };

/** Catches the download saveTextFile starts: the file name and the Blob's text. */
function catchDownloads() {
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return 'blob:yuedu/pack';
  });
  const names: string[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    names.push(this.download);
  });
  return { names, blobs };
}

const choosePack = (dialog: HTMLElement, text: string, name = 'yuedu-pack.json') =>
  fireEvent.change(within(dialog).getByLabelText('Choose pack file…'), {
    target: { files: [new File([text], name, { type: 'application/json' })] },
  });

describe('Share… and Open pack…', () => {
  afterEach(() => vi.restoreAllMocks());

  it('from the reader preselects the open article and saves a pack of my highlights', async () => {
    const downloads = catchDownloads();
    const { fake, menu } = await renderGroupApp({ hash: '#/article/harbour', desktop: DESKTOP });
    await screen.findByRole('heading', { level: 1, name: '湾区故事' });
    menu.send({ kind: 'share-pack' });
    const dialog = await screen.findByRole('dialog', { name: 'Share a pack' });
    await within(dialog).findByLabelText('湾区故事');
    expect(within(dialog).getByLabelText('湾区故事')).toHaveProperty('checked', true);
    expect(within(dialog).getByLabelText('茶香四溢')).toHaveProperty('checked', false);
    expect(within(dialog).getByLabelText('Mine')).toHaveProperty('checked', true);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save pack' }));
    await waitFor(() => expect(downloads.names).toEqual(['yuedu-pack-2026-11-30.json']));
    expect(fake.callsTo('pack:export')).toEqual([{ articleIds: ['harbour'], members: ['me'] }]);
    expect(downloads.blobs[0]?.type).toBe('application/json;charset=utf-8');
    expect(within(dialog).getByRole('status').textContent).toContain(
      'Saved yuedu-pack-2026-11-30.json in your downloads folder',
    );
  });

  it('from the library lists articles to tick, for everyone or one member', async () => {
    catchDownloads();
    const fake = createFakeYuedu();
    fake.studyGroup.join('/srv/读书会');
    fake.studyGroup.setFolder({
      members: [
        {
          id: 'li',
          name: '小李',
          file: 'yuedu-member-li.json',
          written: '2026-11-30T09:30:00.000Z',
          annotations: 2,
          replies: 0,
          orphans: 0,
        },
      ],
    });
    const { menu } = await renderGroupApp({ fake, desktop: DESKTOP });
    menu.send({ kind: 'share-pack' });
    const dialog = await screen.findByRole('dialog', { name: 'Share a pack' });
    await within(dialog).findByLabelText('茶香四溢');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save pack' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe(
      'Choose at least one article for the pack.',
    );
    fireEvent.click(within(dialog).getByLabelText('茶香四溢'));
    fireEvent.click(within(dialog).getByLabelText('湾区故事'));
    fireEvent.click(within(dialog).getByLabelText("Everyone's"));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save pack' }));
    await waitFor(() => expect(fake.callsTo('pack:export')).toHaveLength(1));
    // In library order, whatever order they were ticked in.
    expect(fake.callsTo('pack:export')[0]).toEqual({
      articleIds: ['harbour', 'tea'],
      members: 'all',
    });
  });

  it('packs any set of members ticked by name, me among them, and asks for at least one', async () => {
    catchDownloads();
    const fake = createFakeYuedu();
    fake.studyGroup.join('/srv/读书会');
    const member = (id: string, name: string) => ({
      id,
      name,
      file: `yuedu-member-${id}.json`,
      written: '2026-11-30T09:30:00.000Z',
      annotations: 1,
      replies: 0,
      orphans: 0,
    });
    fake.studyGroup.setFolder({ members: [member('li', '小李'), member('anna', 'Anna')] });
    const { menu } = await renderGroupApp({ hash: '#/article/harbour', fake, desktop: DESKTOP });
    await screen.findByRole('heading', { level: 1, name: '湾区故事' });
    menu.send({ kind: 'share-pack' });
    const dialog = await screen.findByRole('dialog', { name: 'Share a pack' });
    await within(dialog).findByLabelText('湾区故事');
    expect(within(dialog).queryByRole('group', { name: 'Members' })).toBeNull();

    fireEvent.click(within(dialog).getByLabelText("Chosen members'"));
    const members = within(dialog).getByRole('group', { name: 'Members' });
    expect(
      within(members)
        .getAllByRole('checkbox')
        .map((box) => box.parentElement?.textContent),
    ).toEqual(['Me', '小李', 'Anna']);
    expect(within(members).getByLabelText('Me')).toHaveProperty('checked', true);
    fireEvent.click(within(members).getByLabelText('Anna'));
    fireEvent.click(within(members).getByLabelText('小李'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save pack' }));
    await waitFor(() => expect(fake.callsTo('pack:export')).toHaveLength(1));
    // In the list's order, whatever order they were ticked in.
    expect(fake.callsTo('pack:export')[0]).toEqual({
      articleIds: ['harbour'],
      members: ['me', 'li', 'anna'],
    });

    for (const name of ['Me', '小李', 'Anna'])
      fireEvent.click(within(members).getByLabelText(name));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save pack' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe(
      'Tick at least one member whose highlights go in the pack.',
    );
    expect(fake.callsTo('pack:export')).toHaveLength(1);
  });

  it('opens a pack: shows what it holds, merges on request, and a second time finds nothing new', async () => {
    const fake = createFakeYuedu();
    const exported = await fake.invoke('pack:export', {
      articleIds: ['tea', 'poem'],
      members: 'all',
    });
    if (!exported.ok) throw new Error('fake pack:export failed');
    const { menu } = await renderGroupApp({ fake, desktop: DESKTOP });
    menu.send({ kind: 'open-pack' });
    const dialog = await screen.findByRole('dialog', { name: 'Open a pack' });
    choosePack(dialog, exported.value.json);
    const summary = await within(dialog).findByRole('region', { name: 'What the pack holds' });
    expect(within(summary).getByRole('heading').textContent).toBe('yuedu-pack.json holds');
    expect(summary.textContent).toContain('Written by: Me, 小李');
    expect(
      within(summary)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['茶香四溢 — same text as here', 'poem — new here']);
    expect(summary.textContent).toContain('Highlights: 4 new, 0 updated, 0 unchanged.');
    expect(summary.textContent).toContain('Replies: 2 new, 0 updated, 0 unchanged.');
    expect(fake.callsTo('pack:import')).toEqual([{ json: exported.value.json, dryRun: true }]);

    fireEvent.click(within(summary).getByRole('button', { name: 'Merge' }));
    await within(dialog).findByRole('heading', { name: 'Merged yuedu-pack.json' });
    expect(within(dialog).getByRole('status').textContent).toBe('Merged.');
    expect(fake.callsTo('pack:import')[1]).toEqual({ json: exported.value.json, dryRun: false });

    choosePack(dialog, exported.value.json);
    await within(dialog).findByText('Nothing new: everything in this pack is here already.');
    expect(dialog.textContent).toContain('Highlights: 0 new, 0 updated, 4 unchanged.');
    expect(within(dialog).queryByRole('button', { name: 'Merge' })).toBeNull();
  });

  it('says why a file that is not a pack cannot be opened, and merges nothing', async () => {
    const { fake, menu } = await renderGroupApp({ desktop: DESKTOP });
    menu.send({ kind: 'open-pack' });
    const dialog = await screen.findByRole('dialog', { name: 'Open a pack' });
    choosePack(dialog, '{"annotations": [', 'broken.json');
    expect((await within(dialog).findByRole('alert')).textContent).toBe(
      'This file is not a Yuedu pack: it is not JSON.',
    );
    expect(fake.callsTo('pack:import')).toEqual([{ json: '{"annotations": [', dryRun: true }]);
    expect(within(dialog).queryByRole('button', { name: 'Merge' })).toBeNull();
  });
});
