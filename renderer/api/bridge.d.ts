import type { Invoke, LibraryChangedEvent } from '../../shared/ipc/contract';

export type { LibraryChangedEvent };

/** Subscribes to library changes; returns the unsubscribe. */
export type SubscribeLibraryChanged = (
  callback: (event: LibraryChangedEvent) => void,
) => () => void;

/** The object the Electron preload exposes under BRIDGE_KEY; absent when served over HTTP. */
export interface YueduBridge {
  invoke: Invoke;
  onLibraryChanged?: SubscribeLibraryChanged;
}

declare global {
  interface Window {
    yuedu?: YueduBridge;
  }
}
