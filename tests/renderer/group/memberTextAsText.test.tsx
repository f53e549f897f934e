import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Creator } from '../../../shared/model/annotation';
import { memberNote, replyOf } from '../fakeGroup';
import { createFakeYuedu, HARBOUR } from '../fakeYuedu';
import { renderApp } from '../renderApp';

// What another member's file may carry in a name, a note and a reply: markup that must stay text.
const EVE: Creator = { id: 'member-eve', name: '<b>Eve</b>' };
const NOTE = '<img src=x onerror="window.__yueduPwned=1">笔记';
const REPLY = '<script>window.__yueduPwned=1</script>回复';

describe('other members’ text in the reader', () => {
  it('shows a member’s name, note and reply as literal text, never as HTML', async () => {
    const fake = createFakeYuedu({
      group: {
        others: [
          memberNote(HARBOUR, 'eve-1', EVE, '中文名字', NOTE, [
            replyOf(EVE, 'eve-r1', 'eve-1', REPLY),
          ]),
        ],
      },
    });
    await renderApp(fake, '#/article/harbour');
    await screen.findByRole('heading', { level: 1, name: '湾区故事' });
    const mark = await waitFor(() => {
      const found = document.querySelector<HTMLElement>(
        'mark.member-highlight[data-annotation-ids~="eve-1"]',
      );
      if (!found) throw new Error('Eve’s highlight is not drawn yet');
      return found;
    });
    expect(mark.dataset.member).toBe('<b>Eve</b>');

    // The notes panel lists the note with its author.
    await waitFor(() => expect(document.body.textContent).toContain(NOTE));
    fireEvent.click(mark);
    const popover = await screen.findByRole('dialog', { name: 'Highlight by <b>Eve</b>' });
    expect(within(popover).getByText(NOTE)).toBeTruthy();
    expect(within(popover).getByText(REPLY)).toBeTruthy();

    expect(document.querySelector('img, script')).toBeNull();
    expect([...document.querySelectorAll('b')].map((b) => b.textContent)).not.toContain('Eve');
    expect((window as { __yueduPwned?: number }).__yueduPwned).toBeUndefined();
  });
});
