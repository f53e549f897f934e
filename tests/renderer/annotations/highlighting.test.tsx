import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeYuedu, HARBOUR, makeAnnotation } from '../fakeYuedu';
import { renderApp, selectInRun } from '../renderApp';

// HARBOUR: heading 0..12, byline 13..21, then paragraph "彼得·赫利斯来自德国，中文名字是贺励平。" from 22:
// 来自 is +6..+8, 德国 +8..+10, 中文名字 +11..+15.
const PARAGRAPH = 22;

async function openHarbour(fake = createFakeYuedu()) {
  const result = await renderApp(fake, '#/article/harbour');
  await screen.findByRole('heading', { level: 1, name: '湾区故事' });
  return result;
}

describe('Highlighting', () => {
  it('creates a highlight with canonical offsets and the note typed so far when a colour is clicked', async () => {
    const { fake } = await openHarbour();
    selectInRun(PARAGRAPH, 6, 8); // "来自"
    fireEvent.mouseUp(document.querySelector('article')!);
    const toolbar = await screen.findByRole('toolbar', { name: 'Highlight selection' });
    fireEvent.change(within(toolbar).getByRole('textbox', { name: 'Note' }), {
      target: { value: '来自 = come from' },
    });
    fireEvent.click(within(toolbar).getByRole('button', { name: 'Green highlight' }));

    await waitFor(() => expect(document.querySelector('mark.highlight-green')).toBeTruthy());
    expect(fake.callsTo('annotations:create')).toEqual([
      {
        articleId: 'harbour',
        start: PARAGRAPH + 6,
        end: PARAGRAPH + 8,
        color: 'green',
        note: '来自 = come from',
      },
    ]);
    expect(HARBOUR.text.slice(PARAGRAPH + 6, PARAGRAPH + 8)).toBe('来自');
    expect(document.querySelector('mark.highlight-green')?.textContent).toBe('来自');
    expect(screen.queryByRole('toolbar', { name: 'Highlight selection' })).toBeNull();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('highlights at once on a colour click, then offers the note in the popover', async () => {
    const { fake } = await openHarbour();
    selectInRun(PARAGRAPH, 8, 10); // "德国"
    fireEvent.mouseUp(document.querySelector('article')!);
    const toolbar = await screen.findByRole('toolbar', { name: 'Highlight selection' });
    fireEvent.click(within(toolbar).getByRole('button', { name: 'Pink highlight' }));
    fireEvent.click(within(toolbar).getByRole('button', { name: 'Blue highlight' }));

    const popover = await screen.findByRole('dialog', { name: 'Edit highlight' });
    expect(fake.callsTo('annotations:create')).toEqual([
      { articleId: 'harbour', start: PARAGRAPH + 8, end: PARAGRAPH + 10, color: 'pink' },
    ]);
    const note = within(popover).getByRole('textbox', { name: 'Note' });
    await waitFor(() => expect(document.activeElement).toBe(note));
    fireEvent.change(note, { target: { value: '德国 = Germany' } });
    fireEvent.click(within(popover).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(fake.callsTo('annotations:update')).toEqual([
        { id: fake.annotations[0]!.id, note: '德国 = Germany' },
      ]),
    );
    await waitFor(() =>
      expect(document.querySelector('mark.highlight-pink')?.hasAttribute('data-note-end')).toBe(
        true,
      ),
    );
  });

  it('maps a selection that starts inside an existing highlight to canonical offsets', async () => {
    const existing = makeAnnotation(HARBOUR, 'old', PARAGRAPH + 6, PARAGRAPH + 8, 'blue');
    const { fake } = await openHarbour(createFakeYuedu({ annotations: [existing] }));
    // Select from the middle of the marked "来自" to the end of "德国".
    selectInRun(PARAGRAPH + 6, 1, 2);
    const range = document.getSelection()!.getRangeAt(0);
    range.setEnd(document.querySelector(`[data-offset="${PARAGRAPH + 8}"]`)!.firstChild!, 2);
    fireEvent.mouseUp(document.querySelector('article')!);
    fireEvent.click(await screen.findByRole('button', { name: 'Yellow highlight' }));
    await waitFor(() => expect(fake.callsTo('annotations:create')).toHaveLength(1));
    expect(fake.callsTo('annotations:create')[0]).toMatchObject({
      start: PARAGRAPH + 7,
      end: PARAGRAPH + 10,
    });
  });

  it('renders overlapping highlights as nested marks so both stay visible', async () => {
    const a = makeAnnotation(HARBOUR, 'a', PARAGRAPH + 2, PARAGRAPH + 8, 'yellow');
    const b = makeAnnotation(HARBOUR, 'b', PARAGRAPH + 6, PARAGRAPH + 10, 'pink');
    await openHarbour(createFakeYuedu({ annotations: [a, b] }));
    const inner = document.querySelector('mark.highlight-yellow mark.highlight-pink');
    expect(inner?.textContent).toBe('来自');
    const pinkText = Array.from(document.querySelectorAll('mark.highlight-pink'))
      .map((m) => m.textContent)
      .join('');
    expect(pinkText).toBe('来自德国');
  });

  it('recolours and deletes a highlight from its popover', async () => {
    const existing = makeAnnotation(HARBOUR, 'h1', PARAGRAPH + 6, PARAGRAPH + 8, 'yellow');
    const { fake } = await openHarbour(createFakeYuedu({ annotations: [existing] }));
    fireEvent.click(document.querySelector('mark[data-annotation-id="h1"]')!);
    const popover = await screen.findByRole('dialog', { name: 'Edit highlight' });
    fireEvent.click(within(popover).getByRole('button', { name: 'Pink' }));
    await waitFor(() => expect(document.querySelector('mark.highlight-pink')).toBeTruthy());
    expect(fake.callsTo('annotations:update')).toEqual([{ id: 'h1', color: 'pink' }]);

    fireEvent.click(within(popover).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(document.querySelector('mark.highlight')).toBeNull());
    expect(fake.callsTo('annotations:delete')).toEqual([{ id: 'h1' }]);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('edits the note of a highlight opened with Enter, and Escape closes the popover', async () => {
    const existing = makeAnnotation(HARBOUR, 'h1', PARAGRAPH + 6, PARAGRAPH + 8, 'yellow');
    const { fake } = await openHarbour(createFakeYuedu({ annotations: [existing] }));
    const mark = document.querySelector<HTMLElement>('mark[data-annotation-id="h1"]')!;
    fireEvent.keyDown(mark, { key: 'Enter' });
    const popover = await screen.findByRole('dialog', { name: 'Edit highlight' });
    fireEvent.change(within(popover).getByRole('textbox', { name: 'Note' }), {
      target: { value: '记住' },
    });
    fireEvent.click(within(popover).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(fake.callsTo('annotations:update')).toEqual([{ id: 'h1', note: '记住' }]),
    );

    fireEvent.keyDown(mark, { key: 'Enter' });
    fireEvent.keyDown(await screen.findByRole('dialog'), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('lets a keyboard user select a focused block with Enter and highlight it', async () => {
    const { fake } = await openHarbour();
    const byline = screen.getByText('本报记者 姜晓丹').closest<HTMLElement>('[data-block-start]')!;
    byline.focus();
    fireEvent.keyDown(byline, { key: 'Enter' });
    const toolbar = await screen.findByRole('toolbar', { name: 'Highlight selection' });
    const yellow = within(toolbar).getByRole('button', { name: 'Yellow highlight' });
    await waitFor(() => expect(document.activeElement).toBe(yellow));
    fireEvent.click(yellow);
    await waitFor(() =>
      expect(fake.callsTo('annotations:create')).toEqual([
        { articleId: 'harbour', start: 13, end: 21, color: 'yellow' },
      ]),
    );
  });

  it('lists highlights in text order in the notes panel, and choosing one focuses its mark', async () => {
    const later = makeAnnotation(
      HARBOUR,
      'later',
      PARAGRAPH + 11,
      PARAGRAPH + 15,
      'blue',
      'zhōngwén míngzi',
    );
    const earlier = makeAnnotation(HARBOUR, 'earlier', 0, 3, 'green');
    await openHarbour(createFakeYuedu({ annotations: [later, earlier] }));
    const panel = screen.getByRole('complementary', { name: 'Notes' });
    const items = Array.from(panel.querySelectorAll<HTMLElement>('button[data-annotation-id]'));
    expect(items.map((item) => item.textContent)).toEqual(['大湾区', '中文名字zhōngwén míngzi']);
    const colourOf = (item: HTMLElement) =>
      document.getElementById(item.getAttribute('aria-describedby')!)?.textContent;
    expect(items.map(colourOf)).toEqual(['Green', 'Blue']);
    fireEvent.click(items[1]!);
    expect(document.activeElement?.getAttribute('data-annotation-id')).toBe('later');
  });

  it('shows the error message when a highlight cannot be saved', async () => {
    const fake = createFakeYuedu();
    fake.answer('annotations:create', {
      ok: false,
      error: { code: 'invalid-range', message: 'The selection is outside the article' },
    });
    await openHarbour(fake);
    selectInRun(PARAGRAPH, 0, 2);
    fireEvent.mouseUp(document.querySelector('article')!);
    const yellow = await screen.findByRole('button', { name: 'Yellow highlight' });
    fireEvent.click(yellow);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The selection is outside the article',
    );
    // The toolbar stays, so the user can try again.
    fireEvent.click(yellow);
    await waitFor(() => expect(fake.callsTo('annotations:create')).toHaveLength(2));
  });
});
