import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ANNA, ME, memberNote, replyOf, WANG } from '../fakeGroup';
import { createFakeYuedu, HARBOUR, makeAnnotation } from '../fakeYuedu';
import { renderApp } from '../renderApp';

const PARAGRAPH = 22;

function groupFake() {
  return createFakeYuedu({
    annotations: [
      makeAnnotation(HARBOUR, 'mine-1', PARAGRAPH + 6, PARAGRAPH + 8, 'yellow', '我的笔记'),
    ],
    group: {
      others: [
        memberNote(HARBOUR, 'anna-1', ANNA, '德国', '德国 = Germany', [
          replyOf(WANG, 'rw1', 'anna-1', '同意'),
          replyOf(ME, 'rm1', 'anna-1', '我的回复'),
        ]),
        memberNote(HARBOUR, 'wang-1', WANG, '中文名字'),
        memberNote(HARBOUR, 'wang-2', WANG, '北京留学'),
      ],
    },
  });
}

async function openPanel(fake = groupFake()) {
  const result = await renderApp(fake, '#/article/harbour');
  await screen.findByRole('heading', { level: 1, name: '湾区故事' });
  const panel = screen.getByRole('complementary', { name: 'Notes' });
  await waitFor(() => expect(document.querySelector('mark.member-highlight')).toBeTruthy());
  // The panel lists members' notes in a render of its own, after their marks are drawn.
  await waitFor(() => expect(panel.querySelector('.member-entry')).toBeTruthy());
  return { ...result, panel };
}

const filterOf = (panel: HTMLElement) =>
  within(panel).getByRole('combobox', { name: 'Show' }) as HTMLSelectElement;
const optionLabels = (select: HTMLSelectElement) => [...select.options].map((o) => o.text);
const listedQuotes = (panel: HTMLElement) =>
  [...panel.querySelectorAll('.notes-list .note-quote')].map((q) => q.textContent);

describe('The notes panel in a study group', () => {
  it('lists everyone’s notes in reading order, others’ with their name and no Delete', async () => {
    const { panel } = await openPanel();
    expect(listedQuotes(panel)).toEqual(['来自', '德国', '中文名字', '北京留学']);
    const anna = panel.querySelector('.member-entry')!;
    expect(anna.textContent).toContain('Anna');
    expect(
      within(anna as HTMLElement).queryByRole('button', { name: /Delete highlight/ }),
    ).toBeNull();
    expect(within(panel).getAllByRole('button', { name: /Delete highlight/ })).toHaveLength(1);
  });

  it('filters Mine / Everyone / each member with counts, and remembers the choice in settings', async () => {
    const { panel, fake } = await openPanel();
    const select = filterOf(panel);
    expect(optionLabels(select)).toEqual(['Everyone (4)', 'Mine (1)', 'Anna (1)', '王小明 (2)']);
    fireEvent.change(select, { target: { value: WANG.id } });
    await waitFor(() => expect(listedQuotes(panel)).toEqual(['中文名字', '北京留学']));
    expect(fake.settings.notesFilter).toBe(WANG.id);
    fireEvent.change(select, { target: { value: 'mine' } });
    await waitFor(() => expect(listedQuotes(panel)).toEqual(['来自']));
    expect(fake.settings.notesFilter).toBe('mine');
  });

  it('opens with the filter saved last time', async () => {
    const fake = groupFake();
    fake.setSettings({ notesFilter: ANNA.id });
    const { panel } = await openPanel(fake);
    await waitFor(() => expect(listedQuotes(panel)).toEqual(['德国']));
    expect(filterOf(panel).value).toBe(ANNA.id);
  });

  it('threads replies under a note with author and time, and replies to the reader’s own note', async () => {
    const { panel, fake } = await openPanel();
    const anna = panel.querySelector<HTMLElement>('.member-entry')!;
    const replies = within(anna).getAllByRole('listitem');
    expect(replies.map((r) => r.querySelector('.reply-author')?.textContent)).toEqual([
      '王小明',
      'Me',
    ]);
    expect(replies[0]!.querySelector('time')?.getAttribute('dateTime')).toBe(
      '2026-11-30T09:00:00.000Z',
    );

    const mine = panel.querySelector<HTMLElement>('.notes-entry:not(.member-entry)')!;
    fireEvent.click(within(mine).getByRole('button', { name: 'Reply' }));
    fireEvent.change(within(mine).getByRole('textbox', { name: 'Reply to this highlight' }), {
      target: { value: '补充一句' },
    });
    fireEvent.click(within(mine).getByRole('button', { name: 'Send reply' }));
    await waitFor(() => expect(within(mine).getByText('补充一句')).toBeTruthy());
    expect(fake.callsTo('group:reply')).toEqual([{ annotationId: 'mine-1', text: '补充一句' }]);
  });

  it('edits and deletes the reader’s own reply, and offers neither on another member’s', async () => {
    const { panel, fake } = await openPanel();
    const anna = panel.querySelector<HTMLElement>('.member-entry')!;
    const [theirs, mine] = within(anna).getAllByRole('listitem') as [HTMLElement, HTMLElement];
    expect(within(theirs).queryByRole('button', { name: 'Edit' })).toBeNull();
    expect(within(theirs).queryByRole('button', { name: 'Delete' })).toBeNull();

    fireEvent.click(within(mine).getByRole('button', { name: 'Edit' }));
    const field = within(anna).getByRole('textbox', { name: 'Edit your reply' });
    fireEvent.change(field, { target: { value: '改过的回复' } });
    fireEvent.click(within(anna).getByRole('button', { name: 'Save' }));
    const replyTexts = () => [...anna.querySelectorAll('.reply-text')].map((p) => p.textContent);
    await waitFor(() => expect(replyTexts()).toEqual(['同意', '改过的回复']));
    expect(fake.callsTo('group:replyEdit')).toEqual([{ id: 'rm1', text: '改过的回复' }]);

    const edited = within(anna)
      .getAllByRole('listitem')
      .find((item) => item.textContent?.includes('改过的回复'))!;
    fireEvent.click(within(edited).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(replyTexts()).toEqual(['同意']));
    expect(fake.callsTo('group:replyDelete')).toEqual([{ id: 'rm1' }]);
    expect(within(anna).getByText('同意')).toBeTruthy();
  });

  it('shows main’s refusal when a reply cannot be saved, keeping what was typed', async () => {
    const { panel, fake } = await openPanel();
    fake.answer('group:reply', {
      ok: false,
      error: { code: 'storage', message: 'Your member file could not be written.' },
    });
    const wang = panel.querySelectorAll<HTMLElement>('.member-entry')[1]!;
    fireEvent.click(within(wang).getByRole('button', { name: 'Reply' }));
    const field = within(wang).getByRole('textbox', { name: 'Reply to this highlight' });
    fireEvent.change(field, { target: { value: '还在这里' } });
    fireEvent.click(within(wang).getByRole('button', { name: 'Send reply' }));
    expect(await screen.findByText('Your member file could not be written.')).toBeTruthy();
    expect((field as HTMLTextAreaElement).value).toBe('还在这里');
  });
});
