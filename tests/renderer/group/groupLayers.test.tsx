import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ANNA, memberNote, replyOf, WANG } from '../fakeGroup';
import { createFakeYuedu, HARBOUR, makeAnnotation } from '../fakeYuedu';
import { renderApp } from '../renderApp';

// HARBOUR's paragraph "彼得·赫利斯来自德国，中文名字是贺励平。" starts at 22.
const PARAGRAPH = 22;

function groupFake(extra: Parameters<typeof createFakeYuedu>[0] = {}) {
  return createFakeYuedu({
    annotations: [makeAnnotation(HARBOUR, 'mine-1', PARAGRAPH + 6, PARAGRAPH + 10, 'yellow')],
    group: {
      others: [
        memberNote(HARBOUR, 'anna-1', ANNA, '德国，中文', '德国 = Germany', [
          replyOf(WANG, 'rw1', 'anna-1', '同意'),
        ]),
        memberNote(HARBOUR, 'wang-1', WANG, '中文名字'),
        memberNote(HARBOUR, 'wang-2', WANG, '北京留学'),
      ],
    },
    ...extra,
  });
}

async function openHarbour(fake = groupFake()) {
  const result = await renderApp(fake, '#/article/harbour');
  await screen.findByRole('heading', { level: 1, name: '湾区故事' });
  await waitFor(() => expect(document.querySelector('mark.member-highlight')).toBeTruthy());
  return result;
}

/** Every mark drawing highlight `id`: the reader's own by id, members' by their list of ids. */
const marksOf = (id: string) => [
  ...document.querySelectorAll<HTMLElement>(
    `mark[data-annotation-id="${id}"]:not(.member-highlight), mark.member-highlight[data-annotation-ids~="${id}"]`,
  ),
];

describe('Study-group layers in the reader', () => {
  it('draws every other member’s highlight at its canonical offsets, in that member’s style, named', async () => {
    await openHarbour();
    const anna = marksOf('anna-1');
    expect(anna.map((m) => m.textContent).join('')).toBe('德国，中文');
    const wang = marksOf('wang-1');
    expect(wang.map((m) => m.textContent).join('')).toBe('中文名字');
    const styleOf = (mark: HTMLElement) => mark.className.match(/member-style-(\d)/)?.[1];
    // Every piece where Anna's highlight is the only member's is drawn in her one style.
    const annaOnly = anna.filter((m) => m.dataset.annotationIds === 'anna-1');
    expect(new Set(annaOnly.map(styleOf)).size).toBe(1);
    expect(styleOf(annaOnly[0]!)).not.toBe(styleOf(wang[0]!));
    expect(styleOf(marksOf('wang-2')[0]!)).toBe(styleOf(wang[0]!));
    expect(anna[0]!.dataset.member).toBe('Anna');
    expect(anna[0]!.title).toBe('Anna: 德国 = Germany');
    expect(wang.at(-1)!.title).toBe('王小明');
    // Never drawn like the reader's own highlights.
    expect(anna.every((m) => !m.classList.contains('highlight'))).toBe(true);
  });

  it('nests overlapping highlights of the reader and two members so each keeps its own piece', async () => {
    await openHarbour();
    // 德国 is covered by the reader's highlight (来自德国) and Anna's (德国，中文); 中文 by Anna's and Wang's.
    const both = [...document.querySelectorAll('mark.highlight mark.member-highlight')];
    expect(both.map((m) => m.textContent)).toEqual(['德国']);
    // Where Anna's and Wang's overlap (中文) one mark carries both: both names, both ids, Wang's
    // style on top (the later one) and Anna's line beneath.
    const annaAndWang = [...document.querySelectorAll<HTMLElement>('mark.member-highlight')].filter(
      (m) => m.dataset.annotationIds === 'anna-1 wang-1',
    );
    expect(annaAndWang.map((m) => m.textContent)).toEqual(['中文']);
    expect(annaAndWang[0]!.dataset.member).toBe('Anna, 王小明');
    const annaStyle = marksOf('anna-1')[0]!.className.match(/member-style-(\d)/)![1];
    expect(annaAndWang[0]!.classList.contains(`member-second-${annaStyle}`)).toBe(true);
    expect(document.querySelectorAll('mark.member-highlight mark.member-highlight')).toHaveLength(
      0,
    );
    const paragraph = document.querySelector(`[data-block-start="${PARAGRAPH}"]`)!;
    expect(paragraph.textContent).toBe(HARBOUR.text.slice(PARAGRAPH, PARAGRAPH + 20));
  });

  it('opens another member’s highlight read-only: name, note, replies, and no edit, colour or delete', async () => {
    await openHarbour();
    fireEvent.click(marksOf('anna-1')[0]!);
    const popover = await screen.findByRole('dialog', { name: 'Highlight by Anna' });
    expect(within(popover).getByText('德国 = Germany')).toBeTruthy();
    expect(within(popover).getByText('同意')).toBeTruthy();
    expect(within(popover).getByText('王小明')).toBeTruthy();
    expect(
      within(popover).getByText('Only Anna can change or delete this highlight.'),
    ).toBeTruthy();
    expect(within(popover).queryByRole('button', { name: 'Delete' })).toBeNull();
    expect(within(popover).queryByRole('button', { name: /highlight$/ })).toBeNull();
    expect(within(popover).queryByRole('textbox', { name: 'Note' })).toBeNull();
    expect(within(popover).getByRole('button', { name: 'Copy note' })).toBeTruthy();
  });

  it('opens the popover from the keyboard on a focused member highlight, which carries the name', async () => {
    await openHarbour();
    const mark = marksOf('wang-2')[0]!;
    mark.tabIndex = -1;
    mark.focus();
    fireEvent.keyDown(mark, { key: 'Enter' });
    expect(await screen.findByRole('dialog', { name: 'Highlight by 王小明' })).toBeTruthy();
    expect(mark.dataset.member).toBe('王小明');
  });

  it('replies to another member’s highlight from the popover', async () => {
    const { fake } = await openHarbour();
    fireEvent.click(marksOf('wang-2')[0]!);
    const popover = await screen.findByRole('dialog', { name: 'Highlight by 王小明' });
    fireEvent.change(within(popover).getByRole('textbox', { name: 'Reply to this highlight' }), {
      target: { value: '好问题' },
    });
    fireEvent.click(within(popover).getByRole('button', { name: 'Send reply' }));
    await waitFor(() =>
      expect(fake.callsTo('group:reply')).toEqual([{ annotationId: 'wang-2', text: '好问题' }]),
    );
    expect(await within(popover).findByText('好问题')).toBeTruthy();
    expect(within(popover).getByText('Me')).toBeTruthy();
  });

  it('hides a member from the popover, remembers it in settings, and shows them again from the notes panel', async () => {
    const { fake } = await openHarbour();
    fireEvent.click(marksOf('anna-1')[0]!);
    const popover = await screen.findByRole('dialog', { name: 'Highlight by Anna' });
    fireEvent.click(within(popover).getByRole('button', { name: 'Hide Anna' }));
    await waitFor(() => expect(marksOf('anna-1')).toEqual([]));
    expect(fake.settings.hiddenMembers).toEqual([ANNA.id]);
    expect(marksOf('wang-1').length).toBeGreaterThan(0);

    const panel = screen.getByRole('complementary', { name: 'Notes' });
    fireEvent.click(within(panel).getByRole('button', { name: 'Show Anna' }));
    await waitFor(() => expect(marksOf('anna-1').length).toBeGreaterThan(0));
    expect(fake.settings.hiddenMembers).toEqual([]);
  });

  it('offers "Shared with group / Only me" on the reader’s own highlight in a group', async () => {
    const { fake } = await openHarbour();
    fireEvent.click(marksOf('mine-1')[0]!);
    const popover = await screen.findByRole('dialog', { name: 'Edit highlight' });
    const shared = await within(popover).findByRole('radio', { name: 'Shared with group' });
    expect((shared as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(popover).getByRole('radio', { name: 'Only me' }));
    await waitFor(() =>
      expect(fake.callsTo('group:share')).toEqual([{ id: 'mine-1', sharing: 'private' }]),
    );
    await waitFor(() =>
      expect(
        (within(popover).getByRole('radio', { name: 'Only me' }) as HTMLInputElement).checked,
      ).toBe(true),
    );
  });

  it('shows no group controls outside a group', async () => {
    const fake = createFakeYuedu({
      annotations: [makeAnnotation(HARBOUR, 'mine-1', PARAGRAPH + 6, PARAGRAPH + 10, 'yellow')],
    });
    await renderApp(fake, '#/article/harbour');
    await screen.findByRole('heading', { level: 1, name: '湾区故事' });
    fireEvent.click(await waitFor(() => marksOf('mine-1')[0]!));
    const popover = await screen.findByRole('dialog', { name: 'Edit highlight' });
    expect(within(popover).queryByRole('radio')).toBeNull();
    expect(screen.queryByRole('combobox', { name: 'Show' })).toBeNull();
    expect(document.querySelector('mark.member-highlight')).toBeNull();
  });

  it('lists notes again when the window regains focus, after reading the group folder', async () => {
    const fake = groupFake();
    await openHarbour(fake);
    fake.group!.addOther(memberNote(HARBOUR, 'anna-2', ANNA, '贺励平'));
    fireEvent.focus(window);
    await waitFor(() => expect(marksOf('anna-2').length).toBeGreaterThan(0));
    expect(fake.group!.refreshes).toBe(1);
  });
});
