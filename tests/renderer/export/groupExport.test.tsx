import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GroupStatus } from '../../../shared/model/group';
import { createFakeYuedu } from '../fakeYuedu';
import { renderApp } from '../renderApp';

const STATUS: GroupStatus = {
  me: { id: 'me', name: 'Me' },
  folder: '/sync/group',
  memberFile: '/sync/group/yuedu-member-me.json',
  published: { annotations: 0, replies: 0, tombstones: 0 },
  members: [
    {
      id: 'anna',
      name: 'Anna',
      file: 'yuedu-member-anna.json',
      written: '2026-11-30T10:00:00.000Z',
      annotations: 3,
      replies: 1,
      orphans: 0,
    },
  ],
  files: [],
};

/** A fake app whose member is in a study group with Anna. */
function inGroup() {
  const fake = createFakeYuedu();
  fake.answer('member:whoami', {
    ok: true,
    value: { id: 'me', name: 'Me', groupFolder: '/sync/group', defaultSharing: 'shared' },
  });
  fake.answer('group:status', { ok: true, value: STATUS });
  fake.answer('group:export', {
    ok: true,
    value: { text: '# Study group notes\n', filename: 'yuedu-group-notes.md', highlights: 4 },
  });
  return fake;
}

describe('Group export', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is not offered outside a study group, and the single-user export stays', async () => {
    await renderApp(createFakeYuedu());
    expect(await screen.findByRole('button', { name: 'Export Markdown' })).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Export group discussion' })).toBeNull();
  });

  it('exports everyone by default and downloads the file it answers', async () => {
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:yuedu/g');
    const downloads: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      downloads.push(this.download);
    });
    const { fake } = await renderApp(inGroup(), '#/article/harbour');
    fireEvent.click(await screen.findByRole('button', { name: 'Export group discussion' }));
    await waitFor(() => expect(downloads).toEqual(['yuedu-group-notes.md']));
    expect(fake.callsTo('group:export')).toEqual([{ articleId: 'harbour', members: 'all' }]);
  });

  it('exports only the members ticked when "Chosen members" is picked', async () => {
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:yuedu/g');
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { fake } = await renderApp(inGroup());
    const whose = await screen.findByLabelText('Group export');
    // The members are read from the group's status only when there is a choice to make.
    expect(fake.callsTo('group:status')).toEqual([]);
    fireEvent.change(whose, { target: { value: 'chosen' } });
    const members = screen.getByRole('group', { name: 'Members to export' });
    await waitFor(() => expect(within(members).getAllByRole('checkbox')).toHaveLength(2));
    fireEvent.click(within(members).getByLabelText('Anna'));
    fireEvent.click(screen.getByRole('button', { name: 'Export group discussion' }));
    await waitFor(() => expect(fake.callsTo('group:export')).toEqual([{ members: ['anna'] }]));
  });

  it('says there is nothing to export when no member is ticked, without asking main', async () => {
    const { fake } = await renderApp(inGroup());
    fireEvent.change(await screen.findByLabelText('Group export'), { target: { value: 'chosen' } });
    fireEvent.click(screen.getByRole('button', { name: 'Export group discussion' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Nothing to export');
    expect(fake.callsTo('group:export')).toEqual([]);
  });
});
