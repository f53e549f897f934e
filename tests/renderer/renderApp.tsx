import { render, screen, waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import { App } from '../../renderer/app/App';
import { createFakeYuedu } from './fakeYuedu';

/** Renders the whole app over a fake Yuedu at `hash` and waits until the view has loaded. */
export async function renderApp(fake = createFakeYuedu(), hash = '') {
  window.location.hash = hash;
  const view = render(<App invoke={fake.invoke} onLibraryChanged={fake.onLibraryChanged} />);
  if (hash === '') await screen.findByRole('heading', { name: /Library|书库/ });
  await waitFor(() => expect(screen.queryByText(/Loading…|加载中…/)).toBeNull());
  return { fake, ...view };
}

/** Selects the characters [from, to) of the run whose data-offset is `offset`, as a mouse would. */
export function selectInRun(offset: number, from: number, to: number) {
  const run = document.querySelector(`[data-offset="${offset}"]`);
  const text = run?.firstChild;
  if (!text) throw new Error(`no text run at ${offset}`);
  const range = document.createRange();
  range.setStart(text, from);
  range.setEnd(text, to);
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
}
