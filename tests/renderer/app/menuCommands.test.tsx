import { act, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../../shared/ipc/contract';
import { App } from '../../../renderer/app/App';
import { createFakeYuedu } from '../fakeYuedu';

/** The desktop app's View menu as the preload would deliver it. */
function fakeMenu() {
  const listeners = new Set<(command: MenuCommand) => void>();
  return {
    subscribe: (listener: (command: MenuCommand) => void) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    send: (command: MenuCommand) => act(() => listeners.forEach((listener) => listener(command))),
  };
}

async function renderWithMenu(hash: string) {
  const fake = createFakeYuedu();
  const menu = fakeMenu();
  window.location.hash = hash;
  render(
    <App
      invoke={fake.invoke}
      onLibraryChanged={fake.onLibraryChanged}
      onMenuCommand={menu.subscribe}
    />,
  );
  await waitFor(() => expect(screen.queryByText(/Loading…|加载中…/)).toBeNull());
  return { fake, menu };
}

describe('View menu commands from the desktop app', () => {
  it('View → Theme saves the theme like the settings panel and applies it', async () => {
    const { fake, menu } = await renderWithMenu('');
    await screen.findByRole('heading', { name: 'Library' });
    menu.send({ kind: 'set-theme', theme: 'sepia' });
    await waitFor(() => expect(fake.settings.theme).toBe('sepia'));
    expect(fake.callsTo('settings:update')).toEqual([{ theme: 'sepia' }]);
    expect(document.documentElement.dataset.theme).toBe('sepia');
  });

  it('View → Notes Panel hides the reader’s notes panel, and shows it again', async () => {
    const { menu } = await renderWithMenu('#/article/harbour');
    expect(await screen.findByRole('complementary', { name: 'Notes' })).toBeTruthy();
    menu.send({ kind: 'toggle-notes-panel' });
    await waitFor(() => expect(screen.queryByRole('complementary', { name: 'Notes' })).toBeNull());
    expect(screen.getByRole('button', { name: /Notes/ }).getAttribute('aria-expanded')).toBe(
      'false',
    );
    menu.send({ kind: 'toggle-notes-panel' });
    await waitFor(() => expect(screen.getByRole('complementary', { name: 'Notes' })).toBeTruthy());
  });
});
