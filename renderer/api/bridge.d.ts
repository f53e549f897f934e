import type {
  GroupChangedEvent,
  Invoke,
  LibraryChangedEvent,
  MenuCommand,
} from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';

export type { GroupChangedEvent, LibraryChangedEvent, MenuCommand };

/** Subscribes to study-group changes (a member's file landed, a pack merged); returns the unsubscribe. */
export type SubscribeGroupChanged = (callback: (event: GroupChangedEvent) => void) => () => void;

/** The desktop app's native folder chooser: the folder, or null when the user cancelled. */
export type ChooseFolder = () => Promise<Result<string | null>>;

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
  onGroupChanged?: SubscribeGroupChanged;
  chooseGroupFolder?: ChooseFolder;
}

declare global {
  interface Window {
    yuedu?: YueduBridge;
  }
}
