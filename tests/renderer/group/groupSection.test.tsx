import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ok } from '../../../shared/ipc/result';
import { createFakeYuedu, MISSING_FOLDER } from '../fakeYuedu';
import { renderGroupApp } from './renderGroupApp';

async function openStudyGroup() {
  fireEvent.click(await screen.findByRole('button', { name: 'Settings' }));
  const settings = screen.getByRole('dialog', { name: 'Settings' });
  const section = within(settings).getByRole('group', { name: 'Study group' });
  await within(section).findByLabelText('Your name');
  return section;
}

const statusText = (section: HTMLElement) =>
  section.querySelector('.group-message[role="status"]')?.textContent;

describe('Settings → Study group', () => {
  it('explains what is shared and what never leaves the machine', async () => {
    await renderGroupApp();
    const section = await openStudyGroup();
    expect(section.textContent).toContain(
      '"Only me", your settings and reading positions never leave this computer',
    );
  });

  it('saves the display name, refusing an empty one with a clear error', async () => {
    const { fake } = await renderGroupApp();
    const section = await openStudyGroup();
    const name = within(section).getByLabelText('Your name');
    expect(name).toHaveProperty('value', 'Me');
    fireEvent.change(name, { target: { value: '   ' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Save name' }));
    expect((await within(section).findByRole('alert')).textContent).toBe(
      'Type a name: it is shown on everything you write.',
    );
    expect(fake.callsTo('member:update')).toEqual([]);

    fireEvent.change(name, { target: { value: ' 王小明 ' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Save name' }));
    await waitFor(() =>
      expect(statusText(section)).toBe('Your name is now 王小明, on everything you wrote.'),
    );
    expect(fake.callsTo('member:update')).toEqual([{ name: '王小明' }]);
    expect(within(section).queryByRole('alert')).toBeNull();
  });

  it('shows the error main gives for a name it refuses', async () => {
    await renderGroupApp();
    const section = await openStudyGroup();
    fireEvent.change(within(section).getByLabelText('Your name'), {
      target: { value: '名'.repeat(61) },
    });
    fireEvent.click(within(section).getByRole('button', { name: 'Save name' }));
    expect((await within(section).findByRole('alert')).textContent).toBe(
      'A display name may hold at most 60 characters.',
    );
  });

  it('in a browser joins the folder whose path is typed, and says why a missing one failed', async () => {
    const { fake } = await renderGroupApp();
    const section = await openStudyGroup();
    expect(within(section).queryByRole('button', { name: 'Choose group folder…' })).toBeNull();
    const path = within(section).getByLabelText('Group folder');
    fireEvent.change(path, { target: { value: MISSING_FOLDER } });
    fireEvent.click(within(section).getByRole('button', { name: 'Join' }));
    expect((await within(section).findByRole('alert')).textContent).toContain(
      'cannot be opened (ENOENT); create it',
    );
    expect(fake.studyGroup.member.groupFolder).toBeNull();

    fireEvent.change(path, { target: { value: '/srv/读书会' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Join' }));
    await waitFor(() =>
      expect(statusText(section)).toBe(
        'Joined the group at /srv/读书会. Members: 1, you included.',
      ),
    );
    expect(fake.callsTo('group:use')).toEqual([
      { folder: MISSING_FOLDER },
      { folder: '/srv/读书会' },
    ]);
    expect(section.querySelector('.group-folder-path')?.textContent).toBe('/srv/读书会');
    expect(within(section).getByRole('button', { name: 'Change folder' })).toBeTruthy();
  });

  it('refreshes and leaves, saying that leaving removes nothing', async () => {
    const fake = createFakeYuedu();
    fake.studyGroup.join('/srv/读书会');
    fake.studyGroup.setFolder({
      files: [{ file: 'yuedu-member-x.json', used: false, reason: 'not valid JSON' }],
    });
    await renderGroupApp({ fake });
    const section = await openStudyGroup();
    fireEvent.click(within(section).getByRole('button', { name: 'Refresh' }));
    await waitFor(() =>
      expect(statusText(section)).toBe(
        'Group folder read again. Members: 1, you included. 1 files skipped or needing care; see Group status.',
      ),
    );
    fireEvent.click(within(section).getByRole('button', { name: 'Leave group' }));
    await waitFor(() =>
      expect(statusText(section)).toBe(
        'You left the group. Nothing was removed: your highlights stay here and your file stays in the folder.',
      ),
    );
    expect(fake.studyGroup.member.groupFolder).toBeNull();
    expect(within(section).queryByRole('button', { name: 'Leave group' })).toBeNull();
  });

  it('sets the default sharing of new highlights', async () => {
    const { fake } = await renderGroupApp();
    const section = await openStudyGroup();
    const sharing = within(section).getByRole('radiogroup', { name: 'New highlights:' });
    expect(within(sharing).getByLabelText('Shared with the group')).toHaveProperty('checked', true);
    fireEvent.click(within(sharing).getByLabelText('Only me'));
    await waitFor(() => expect(fake.studyGroup.member.defaultSharing).toBe('private'));
    expect(within(sharing).getByLabelText('Only me')).toHaveProperty('checked', true);
    expect(fake.callsTo('member:update')).toEqual([{ defaultSharing: 'private' }]);
  });

  it('in the desktop app joins the folder picked in the native chooser; a cancel changes nothing', async () => {
    let answer = ok<string | null>(null);
    const { fake } = await renderGroupApp({ desktop: { chosenFolder: () => answer } });
    const section = await openStudyGroup();
    expect(within(section).queryByLabelText('Group folder')).toBeNull();
    fireEvent.click(within(section).getByRole('button', { name: 'Choose group folder…' }));
    await waitFor(() =>
      expect(within(section).getByRole('button', { name: 'Choose group folder…' })).toBeTruthy(),
    );
    expect(fake.callsTo('group:use')).toEqual([]);

    answer = ok('/media/usb/读书会');
    fireEvent.click(within(section).getByRole('button', { name: 'Choose group folder…' }));
    await waitFor(() =>
      expect(fake.callsTo('group:use')).toEqual([{ folder: '/media/usb/读书会' }]),
    );
    await within(section).findByRole('button', { name: 'Change folder' });
  });
});
