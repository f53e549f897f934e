import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeYuedu, HARBOUR, makeAnnotation, makeOrphan } from '../fakeYuedu';
import { renderApp, selectInRun } from '../renderApp';

// HARBOUR's second paragraph "他前往北京留学，从此便扎根中国。" starts at 43: 北京 is +3..+5.
const SECOND = 43;
const LOST = '这句话已经被删掉了';

async function openWithOrphan(language: 'en' | 'zh' = 'en') {
  const orphan = makeOrphan(HARBOUR, 'lost', LOST, '我的旧笔记');
  const kept = makeAnnotation(HARBOUR, 'kept', 0, 3, 'green');
  const fake = createFakeYuedu({ annotations: [orphan, kept] });
  fake.setSettings({ language });
  await renderApp(fake, '#/article/harbour');
  await screen.findByRole('heading', { level: 1, name: '湾区故事' });
  return { fake, orphan };
}

const orphanSection = () => screen.getByRole('region', { name: 'Orphaned' });

describe('Orphaned highlights', () => {
  it('lists an orphan with its quote, note and date, and never draws it in the text', async () => {
    await openWithOrphan();
    const section = orphanSection();
    expect(within(section).getByText(LOST).tagName).toBe('BLOCKQUOTE');
    expect(within(section).getByText('我的旧笔记')).toBeTruthy();
    expect(within(section).getByText('Created Mar 5, 2025').getAttribute('datetime')).toBe(
      '2025-03-05T12:00:00.000Z',
    );
    expect(
      within(section).getByText('These highlights lost their place when the text changed.'),
    ).toBeTruthy();
    expect(document.querySelector('mark[data-annotation-id="lost"]')).toBeNull();
    expect(document.querySelector('mark[data-annotation-id="kept"]')?.textContent).toBe('大湾区');
    const notes = screen.getByRole('complementary', { name: 'Notes' });
    expect(within(notes).getAllByRole('button', { name: /^Delete highlight/ })).toHaveLength(2);
  });

  it('re-attaches an orphan to a new selection with canonical offsets; it then leaves the list', async () => {
    const { fake } = await openWithOrphan();
    fireEvent.click(within(orphanSection()).getByRole('button', { name: /^Re-attach/ }));
    expect(screen.getByRole('region', { name: 'Re-attach highlight' }).textContent).toContain(LOST);

    selectInRun(SECOND, 3, 5); // 北京
    fireEvent.mouseUp(document.querySelector('article')!);
    const toolbar = await screen.findByRole('toolbar', { name: 'Re-attach highlight' });
    expect(within(toolbar).queryByRole('button', { name: 'Yellow highlight' })).toBeNull();
    fireEvent.click(within(toolbar).getByRole('button', { name: 'Re-attach here' }));

    await waitFor(() =>
      expect(document.querySelector('mark[data-annotation-id="lost"]')?.textContent).toBe('北京'),
    );
    expect(fake.callsTo('annotations:reattach')).toEqual([
      { id: 'lost', start: SECOND + 3, end: SECOND + 5 },
    ]);
    expect(HARBOUR.text.slice(SECOND + 3, SECOND + 5)).toBe('北京');
    expect(screen.queryByRole('region', { name: 'Orphaned' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Re-attach highlight' })).toBeNull();
    expect(fake.callsTo('annotations:create')).toEqual([]);
    expect(screen.getByText('Highlight re-attached')).toBeTruthy();
  });

  it('leaves re-attach mode with Escape, back to a normal Highlight toolbar', async () => {
    const { fake } = await openWithOrphan();
    fireEvent.click(within(orphanSection()).getByRole('button', { name: /^Re-attach/ }));
    selectInRun(SECOND, 3, 5);
    fireEvent.mouseUp(document.querySelector('article')!);
    await screen.findByRole('toolbar', { name: 'Re-attach highlight' });
    fireEvent.keyDown(document.body, { key: 'Escape' });
    await waitFor(() =>
      expect(screen.queryByRole('toolbar', { name: 'Re-attach highlight' })).toBeNull(),
    );
    expect(screen.queryByRole('region', { name: 'Re-attach highlight' })).toBeNull();
    expect(
      document.activeElement?.getAttribute('data-reattach-id'),
      'focus returns to the orphan',
    ).toBe('lost');

    selectInRun(SECOND, 3, 5);
    fireEvent.mouseUp(document.querySelector('article')!);
    const toolbar = await screen.findByRole('toolbar', { name: 'Highlight selection' });
    expect(within(toolbar).getByRole('button', { name: 'Yellow highlight' })).toBeTruthy();
    expect(fake.callsTo('annotations:reattach')).toEqual([]);
  });

  it('deletes an orphan, and Undo brings it back into the Orphaned list', async () => {
    const { fake } = await openWithOrphan();
    fireEvent.click(
      within(orphanSection()).getByRole('button', { name: /^Delete highlight: 这句话/ }),
    );
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Orphaned' })).toBeNull());
    expect(fake.callsTo('annotations:delete')).toEqual([{ id: 'lost' }]);
    fireEvent.click(
      within(screen.getByRole('toolbar', { name: 'Article tools' })).getByRole('button', {
        name: 'Undo',
      }),
    );
    expect(
      await within(await screen.findByRole('region', { name: 'Orphaned' })).findByText(LOST),
    ).toBeTruthy();
    expect(fake.annotations.find((a) => a.id === 'lost')?.state).toBe('orphaned');
  });

  it('shows the error and stays in re-attach mode when re-attaching fails', async () => {
    const { fake } = await openWithOrphan();
    fake.answer('annotations:reattach', {
      ok: false,
      error: { code: 'invalid-range', message: 'The selection is outside the article' },
    });
    fireEvent.click(within(orphanSection()).getByRole('button', { name: /^Re-attach/ }));
    selectInRun(SECOND, 3, 5);
    fireEvent.mouseUp(document.querySelector('article')!);
    fireEvent.click(await screen.findByRole('button', { name: 'Re-attach here' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The selection is outside the article',
    );
    expect(orphanSection()).toBeTruthy();
  });

  it('speaks Chinese: 孤立的笔记 with a Chinese date', async () => {
    await openWithOrphan('zh');
    const section = screen.getByRole('region', { name: '孤立的笔记' });
    expect(within(section).getByText('创建于 2025年3月5日')).toBeTruthy();
    expect(within(section).getByRole('button', { name: /^重新关联/ })).toBeTruthy();
  });
});
