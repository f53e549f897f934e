import { act, render, screen, waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import type { GroupChangedEvent, MenuCommand } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import { App } from '../../../renderer/app/App';
import { createFakeYuedu } from '../fakeYuedu';

/** A main → renderer push channel as the preload delivers it, driven by `send`. */
export function fakePush<T>() {
  const listeners = new Set<(event: T) => void>();
  return {
    subscribe: (listener: (event: T) => void) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    send: (event: T) => act(() => listeners.forEach((listener) => listener(event))),
    get listening() {
      return listeners.size;
    },
  };
}

/**
 * The whole app over a fake Yuedu, as the desktop app (with `desktop`: the Group menu, the
 * group:changed push and a native folder chooser answering `chosenFolder`) or as `yuedu serve`.
 */
export async function renderGroupApp(
  options: {
    fake?: ReturnType<typeof createFakeYuedu>;
    hash?: string;
    desktop?: { chosenFolder: () => Result<string | null> };
  } = {},
) {
  const fake = options.fake ?? createFakeYuedu();
  const menu = fakePush<MenuCommand>();
  const groupChanged = fakePush<GroupChangedEvent>();
  window.location.hash = options.hash ?? '';
  const desktop = options.desktop;
  render(
    <App
      invoke={fake.invoke}
      onLibraryChanged={fake.onLibraryChanged}
      onMenuCommand={desktop ? menu.subscribe : undefined}
      onGroupChanged={desktop ? groupChanged.subscribe : undefined}
      chooseGroupFolder={desktop ? async () => desktop.chosenFolder() : undefined}
    />,
  );
  if ((options.hash ?? '') === '') await screen.findByRole('heading', { name: /Library|书库/ });
  await waitFor(() => expect(screen.queryByText(/Loading…|加载中…/)).toBeNull());
  return { fake, menu, groupChanged };
}
