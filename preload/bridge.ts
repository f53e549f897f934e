import {
  CHANNELS,
  CHOOSE_GROUP_FOLDER_CHANNEL,
  GROUP_CHANGED_CHANNEL,
  LIBRARY_CHANGED_CHANNEL,
  MENU_COMMAND_CHANNEL,
  type GroupChangedEvent,
  type Invoke,
  type LibraryChangedEvent,
  type MenuCommand,
} from '../shared/ipc/contract';
import { fail, type Result } from '../shared/ipc/result';

/** The Electron calls the bridge makes, so tests can pass a fake `ipcRenderer`. */
export interface IpcInvoker {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
}

/**
 * Everything the renderer gets from the preload: the typed `invoke`, and a subscription to library
 * changes that returns its own unsubscribe. Nothing of Electron itself crosses.
 */
export interface YueduBridge {
  invoke: Invoke;
  onLibraryChanged(callback: (event: LibraryChangedEvent) => void): () => void;
  onMenuCommand(callback: (command: MenuCommand) => void): () => void;
  onGroupChanged(callback: (event: GroupChangedEvent) => void): () => void;
  /** The native folder chooser for the study group folder; the folder, or null if cancelled. */
  chooseGroupFolder(): Promise<Result<string | null>>;
}

const allowedChannels: ReadonlySet<string> = new Set(CHANNELS);

/**
 * Builds the object exposed as `window.yuedu`. Only contract channels reach IPC, and failures
 * (an unknown channel, a main process that threw) come back as `Result` values, never as rejections.
 */
export function createBridge(ipcRenderer: IpcInvoker): YueduBridge {
  const invoke = async (channel: unknown, args: unknown): Promise<unknown> => {
    if (typeof channel !== 'string' || !allowedChannels.has(channel)) {
      return fail('forbidden', `Unknown channel: ${String(channel)}`);
    }
    try {
      return await ipcRenderer.invoke(channel, args);
    } catch (error) {
      return fail('internal', error instanceof Error ? error.message : String(error));
    }
  };
  const subscribe =
    <T>(channel: string, name: string) =>
    (callback: (payload: T) => void): (() => void) => {
      if (typeof callback !== 'function') throw new TypeError(`${name} needs a function`);
      // The IPC event (and its `sender`, a handle on ipcRenderer) never reaches the renderer.
      const listener = (_event: unknown, payload: unknown) => callback(payload as T);
      ipcRenderer.on(channel, listener);
      return () => {
        ipcRenderer.removeListener(channel, listener);
      };
    };
  return {
    invoke: invoke as Invoke,
    onLibraryChanged: subscribe<LibraryChangedEvent>(LIBRARY_CHANGED_CHANNEL, 'onLibraryChanged'),
    onMenuCommand: subscribe<MenuCommand>(MENU_COMMAND_CHANNEL, 'onMenuCommand'),
    onGroupChanged: subscribe<GroupChangedEvent>(GROUP_CHANGED_CHANNEL, 'onGroupChanged'),
    chooseGroupFolder: async () => {
      try {
        return (await ipcRenderer.invoke(CHOOSE_GROUP_FOLDER_CHANNEL)) as Result<string | null>;
      } catch (error) {
        return fail('internal', error instanceof Error ? error.message : String(error));
      }
    },
  };
}
