import type { Invoke, LibraryChangedEvent, MenuCommand } from '../../shared/ipc/contract';

export type { LibraryChangedEvent, MenuCommand };

/** Subscribes to the desktop app's View menu commands; returns the unsubscribe. */
export type SubscribeMenuCommand = (callback: (command: MenuCommand) => void) => () => void;

/** Subscribes to library changes; returns the unsubscribe. */
export type SubscribeLibraryChanged = (
  callback: (event: LibraryChangedEvent) => void,
) => () => void;

/** The object the Electron preload exposes under BRIDGE_KEY; absent when served over HTTP. */
export interface YueduBridge {
  invoke: Invoke;
  onLibraryChanged?: SubscribeLibraryChanged;
  onMenuCommand?: SubscribeMenuCommand;
}

declare global {
  interface Window {
    yuedu?: YueduBridge;
  }
}
