import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ANNA, memberNote, WANG } from '../fakeGroup';
import { createFakeYuedu, HARBOUR, makeOrphan } from '../fakeYuedu';
import { renderApp } from '../renderApp';

/** The reader's toolbar Notes button's count. */
const badge = () =>
  screen.getByRole('toolbar', { name: 'Article tools' }).querySelector('.notes-toggle .count-badge')
    ?.textContent;

async function openReader(fake: ReturnType<typeof createFakeYuedu>) {
  await renderApp(fake, '#/article/harbour');
  await screen.findByRole('heading', { level: 1, name: '湾区故事' });
  const panel = screen.getByRole('complementary', { name: 'Notes' });
  await waitFor(() => expect(document.querySelector('mark.member-highlight')).toBeTruthy());
  return { panel, filter: within(panel).getByRole('combobox', { name: 'Show' }) };
}

describe('The reader’s Notes badge in a study group', () => {
  it('counts what the panel lists under the Show filter, not only the reader’s highlights', async () => {
    const fake = createFakeYuedu({
      group: { others: [memberNote(HARBOUR, 'anna-1', ANNA, '德国')] },
    });
    const { filter } = await openReader(fake);
    // The reader has no highlights of their own; Anna's one is listed under Everyone.
    await waitFor(() => expect(badge()).toBe('1'));
    expect((filter as HTMLSelectElement).selectedOptions[0]?.text).toBe('Everyone (1)');
    fireEvent.change(filter, { target: { value: 'mine' } });
    await waitFor(() => expect(badge()).toBe('0'));
    fireEvent.change(filter, { target: { value: ANNA.id } });
    await waitFor(() => expect(badge()).toBe('1'));
  });

  it('leaves out hidden members, and counts the reader’s orphans only where the panel lists them', async () => {
    const fake = createFakeYuedu({
      annotations: [makeOrphan(HARBOUR, 'lost', '这句话已经被删掉了', '旧笔记')],
      group: {
        others: [
          memberNote(HARBOUR, 'anna-1', ANNA, '德国'),
          memberNote(HARBOUR, 'wang-1', WANG, '中文名字'),
          memberNote(HARBOUR, 'wang-2', WANG, '北京留学'),
        ],
      },
    });
    fake.setSettings({ hiddenMembers: [WANG.id] });
    const { panel, filter } = await openReader(fake);
    // My orphan and Anna's note; 王小明 is hidden.
    await waitFor(() => expect(badge()).toBe('2'));
    expect(within(panel).getByRole('region', { name: 'Orphaned' })).toBeTruthy();
    fireEvent.change(filter, { target: { value: ANNA.id } });
    await waitFor(() => expect(badge()).toBe('1'));
    expect(within(panel).queryByRole('region', { name: 'Orphaned' })).toBeNull();
    fireEvent.click(within(panel).getByRole('button', { name: /王小明/ }));
    fireEvent.change(filter, { target: { value: 'all' } });
    await waitFor(() => expect(badge()).toBe('4'));
  });
});
