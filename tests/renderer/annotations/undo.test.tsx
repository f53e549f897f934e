import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeYuedu, HARBOUR, makeAnnotation } from '../fakeYuedu';
import { renderApp, selectInRun } from '../renderApp';

// HARBOUR's first paragraph starts at 22: 来自 is +6..+8.
const PARAGRAPH = 22;

async function openHarbourWith(...annotations: ReturnType<typeof makeAnnotation>[]) {
  const result = await renderApp(createFakeYuedu({ annotations }), '#/article/harbour');
  await screen.findByRole('heading', { level: 1, name: '湾区故事' });
  return result;
}

const notesPanel = () => screen.getByRole('complementary', { name: 'Notes' });
const toolbar = () => screen.getByRole('toolbar', { name: 'Article tools' });
const undoButton = () =>
  within(toolbar()).getByRole('button', { name: 'Undo' }) as HTMLButtonElement;
const redoButton = () =>
  within(toolbar()).getByRole('button', { name: 'Redo' }) as HTMLButtonElement;
const press = (key: string, mods: { shiftKey?: boolean } = {}) =>
  fireEvent.keyDown(document.activeElement ?? document.body, { key, ctrlKey: true, ...mods });
const toast = () => document.querySelector<HTMLElement>('.change-toast')!;
const status = () => toast().querySelector('.change-toast-text')?.textContent ?? '';
const markOf = (id: string) => document.querySelector(`mark[data-annotation-id="${id}"]`);

describe('Undo and redo of highlight changes', () => {
  it('brings back a highlight deleted from the notes panel with Ctrl+Z, same id, and Shift+Ctrl+Z deletes it again', async () => {
    const h1 = makeAnnotation(HARBOUR, 'h1', PARAGRAPH + 6, PARAGRAPH + 8, 'green', '来自');
    const { fake } = await openHarbourWith(h1);
    expect(undoButton().disabled).toBe(true);

    fireEvent.click(within(notesPanel()).getByRole('button', { name: 'Delete highlight: 来自' }));
    await waitFor(() => expect(markOf('h1')).toBeNull());
    expect(fake.callsTo('annotations:delete')).toEqual([{ id: 'h1' }]);
    expect(undoButton().disabled).toBe(false);
    expect(status()).toBe('Highlight deleted.');

    press('z');
    await waitFor(() => expect(markOf('h1')).not.toBeNull());
    const { state: _state, ...stored } = h1;
    expect(fake.callsTo('annotations:restore')).toEqual([{ annotation: stored }]);
    expect(fake.annotations.map((a) => [a.id, a.created, a.note])).toEqual([
      ['h1', h1.created, '来自'],
    ]);
    expect(status()).toBe('Deletion undone.');
    expect(redoButton().disabled).toBe(false);

    press('Z', { shiftKey: true });
    await waitFor(() => expect(markOf('h1')).toBeNull());
    expect(fake.callsTo('annotations:delete')).toEqual([{ id: 'h1' }, { id: 'h1' }]);
    expect(status()).toBe('Deletion redone.');
    expect(redoButton().disabled).toBe(true);
  });

  it('undoes a new highlight with the Undo button and redoes it with the same id', async () => {
    const { fake } = await openHarbourWith();
    selectInRun(PARAGRAPH, 6, 8);
    fireEvent.mouseUp(document.querySelector('article')!);
    fireEvent.click(await screen.findByRole('button', { name: 'Yellow highlight' }));
    await waitFor(() => expect(document.querySelector('mark.highlight')).not.toBeNull());
    const id = fake.annotations[0]!.id;

    fireEvent.click(undoButton());
    await waitFor(() => expect(document.querySelector('mark.highlight')).toBeNull());
    expect(fake.callsTo('annotations:delete')).toEqual([{ id }]);
    expect(status()).toBe('New highlight undone.');

    fireEvent.click(redoButton());
    await waitFor(() => expect(markOf(id)?.textContent).toBe('来自'));
    expect(fake.callsTo('annotations:restore')).toMatchObject([{ annotation: { id } }]);
    expect(fake.callsTo('annotations:create')).toHaveLength(1);
  });

  it('undoes a recolour and a note edit from the popover in reverse order, and Ctrl+Y redoes', async () => {
    const h1 = makeAnnotation(HARBOUR, 'h1', PARAGRAPH + 6, PARAGRAPH + 8, 'yellow', '旧');
    const { fake } = await openHarbourWith(h1);
    fireEvent.click(markOf('h1')!);
    const popover = await screen.findByRole('dialog', { name: 'Edit highlight' });
    fireEvent.click(within(popover).getByRole('button', { name: 'Pink' }));
    await waitFor(() => expect(markOf('h1')?.className).toContain('highlight-pink'));
    fireEvent.change(within(popover).getByRole('textbox', { name: 'Note' }), {
      target: { value: '新' },
    });
    fireEvent.click(within(popover).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    press('z');
    await waitFor(() => expect(fake.annotations[0]!.note).toBe('旧'));
    expect(status()).toBe('Note edit undone.');
    press('z');
    await waitFor(() => expect(markOf('h1')?.className).toContain('highlight-yellow'));
    expect(status()).toBe('Colour change undone.');
    expect(fake.callsTo('annotations:update').slice(2)).toEqual([
      { id: 'h1', note: '旧' },
      { id: 'h1', color: 'yellow' },
    ]);

    press('y');
    await waitFor(() => expect(markOf('h1')?.className).toContain('highlight-pink'));
    expect(fake.annotations[0]).toMatchObject({ color: 'pink', note: '旧' });
  });

  it('takes a deletion back from the toast at the bottom, and offers to redo it there', async () => {
    const h1 = makeAnnotation(HARBOUR, 'h1', PARAGRAPH + 6, PARAGRAPH + 8, 'green');
    await openHarbourWith(h1);
    fireEvent.click(within(notesPanel()).getByRole('button', { name: 'Delete highlight: 来自' }));
    await waitFor(() => expect(status()).toBe('Highlight deleted.'));
    fireEvent.click(within(toast()).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(markOf('h1')).not.toBeNull());
    expect(status()).toBe('Deletion undone.');
    fireEvent.click(within(toast()).getByRole('button', { name: 'Redo' }));
    await waitFor(() => expect(markOf('h1')).toBeNull());
    fireEvent.click(within(toast()).getByRole('button', { name: 'Dismiss' }));
    expect(status()).toBe('');
  });

  it('undoes a delete made from the popover', async () => {
    const h1 = makeAnnotation(HARBOUR, 'h1', PARAGRAPH + 6, PARAGRAPH + 8, 'blue');
    const { fake } = await openHarbourWith(h1);
    fireEvent.click(markOf('h1')!);
    const popover = await screen.findByRole('dialog', { name: 'Edit highlight' });
    fireEvent.click(within(popover).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(markOf('h1')).toBeNull());
    fireEvent.click(undoButton());
    await waitFor(() => expect(markOf('h1')?.className).toContain('highlight-blue'));
    expect(fake.annotations.map((a) => a.id)).toEqual(['h1']);
  });

  it('leaves Ctrl+Z to the browser while the note box has focus', async () => {
    const h1 = makeAnnotation(HARBOUR, 'h1', PARAGRAPH + 6, PARAGRAPH + 8, 'yellow');
    const { fake } = await openHarbourWith(h1);
    fireEvent.click(markOf('h1')!);
    const popover = await screen.findByRole('dialog', { name: 'Edit highlight' });
    fireEvent.click(within(popover).getByRole('button', { name: 'Green' }));
    await waitFor(() => expect(undoButton().disabled).toBe(false));
    const note = within(popover).getByRole('textbox', { name: 'Note' });
    note.focus();
    const event = new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true });
    note.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fake.callsTo('annotations:update')).toEqual([{ id: 'h1', color: 'green' }]);
  });

  it('drops an undo step whose highlight is gone and shows why', async () => {
    const h1 = makeAnnotation(HARBOUR, 'h1', PARAGRAPH + 6, PARAGRAPH + 8, 'yellow');
    const { fake } = await openHarbourWith(h1);
    fireEvent.click(within(notesPanel()).getByRole('button', { name: /^Delete highlight/ }));
    await waitFor(() => expect(markOf('h1')).toBeNull());
    fake.answer('annotations:restore', {
      ok: false,
      error: { code: 'storage', message: 'The data file could not be written' },
    });
    fireEvent.click(undoButton());
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The data file could not be written',
    );
    expect(undoButton().disabled).toBe(true);
    expect(redoButton().disabled).toBe(true);
  });

  it('says Undo and Redo in Chinese', async () => {
    const fake = createFakeYuedu();
    fake.setSettings({ language: 'zh' });
    await renderApp(fake, '#/article/harbour');
    expect(await screen.findByRole('button', { name: '撤销' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '重做' })).toBeTruthy();
  });
});
