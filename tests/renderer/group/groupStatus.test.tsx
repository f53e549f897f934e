import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeYuedu } from '../fakeYuedu';
import { renderGroupApp } from './renderGroupApp';

const LI = {
  id: 'li',
  name: '小李',
  file: 'yuedu-member-li.json',
  written: '2026-11-30T09:30:00.000Z',
  annotations: 12,
  replies: 3,
  orphans: 1,
};

function groupWithDebris() {
  const fake = createFakeYuedu();
  fake.studyGroup.join('/srv/读书会');
  fake.studyGroup.setFolder({
    members: [LI],
    files: [
      {
        file: 'yuedu-member-x.json',
        member: 'x',
        used: false,
        reason: 'not valid JSON (it ends early: half-written or cut off); skipped',
      },
      {
        file: 'yuedu-member-li.sync-conflict-20261130-093000-ABCDEF.json',
        member: 'li',
        used: true,
        reason: 'a sync tool’s conflict copy; its newer items were used',
      },
    ],
  });
  return fake;
}

const rowsOf = (table: HTMLElement) =>
  [...table.querySelectorAll('tbody tr')].map((row) =>
    [...row.querySelectorAll('th, td')].map((cell) => cell.textContent),
  );

describe('Group status', () => {
  it('lists members with their counts and every file skipped or needing care, with the reason', async () => {
    await renderGroupApp({ fake: groupWithDebris() });
    fireEvent.click(await screen.findByRole('button', { name: 'Settings' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Group status' }));
    const dialog = await screen.findByRole('dialog', { name: 'Group status' });
    expect(screen.queryByRole('dialog', { name: 'Settings' })).toBeNull();
    await within(dialog).findByRole('rowheader', { name: '小李' });
    const [members, files] = within(dialog).getAllByRole('table');
    expect(rowsOf(members!)).toEqual([
      ['小李', 'yuedu-member-li.json', expect.stringContaining('2026'), '12', '3', '1'],
    ]);
    expect(rowsOf(files!)).toEqual([
      [
        'yuedu-member-x.json',
        'x',
        'Skipped',
        'not valid JSON (it ends early: half-written or cut off); skipped',
      ],
      [
        'yuedu-member-li.sync-conflict-20261130-093000-ABCDEF.json',
        '小李',
        'Used',
        'a sync tool’s conflict copy; its newer items were used',
      ],
    ]);
  });

  it('reads the folder again on Refresh and follows group changes pushed by the app', async () => {
    const fake = groupWithDebris();
    const { menu, groupChanged } = await renderGroupApp({
      fake,
      desktop: { chosenFolder: () => ({ ok: true, value: null }) },
    });
    menu.send({ kind: 'group-status' });
    const dialog = await screen.findByRole('dialog', { name: 'Group status' });
    await within(dialog).findByRole('rowheader', { name: '小李' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(fake.callsTo('group:refresh').length).toBeGreaterThan(0));

    fake.studyGroup.setFolder({
      members: [LI, { ...LI, id: 'wang', name: '王老师', file: 'yuedu-member-wang.json' }],
    });
    groupChanged.send({ revision: 2 });
    await within(dialog).findByText('王老师');
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog', { name: 'Group status' })).toBeNull();
  });

  it('says so when this install is in no group', async () => {
    const { menu } = await renderGroupApp({
      desktop: { chosenFolder: () => ({ ok: true, value: null }) },
    });
    menu.send({ kind: 'group-status' });
    const dialog = await screen.findByRole('dialog', { name: 'Group status' });
    await within(dialog).findByText(/Not in a study group/);
    expect(within(dialog).getByRole('button', { name: 'Refresh' })).toHaveProperty(
      'disabled',
      true,
    );
  });

  it('Group → Refresh Study Group reads the folder and shows Group status', async () => {
    const fake = groupWithDebris();
    const { menu } = await renderGroupApp({
      fake,
      desktop: { chosenFolder: () => ({ ok: true, value: null }) },
    });
    menu.send({ kind: 'group-refresh' });
    await screen.findByRole('dialog', { name: 'Group status' });
    expect(fake.callsTo('group:refresh').length).toBeGreaterThan(0);
  });
});
