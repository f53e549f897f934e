import { BRIDGE_KEY, type Invoke } from '../../shared/ipc/contract';
import { fail, type Result } from '../../shared/ipc/result';
import type {
  ChooseFolder,
  SubscribeGroupChanged,
  SubscribeLibraryChanged,
  SubscribeMenuCommand,
  YueduBridge,
} from './bridge';

/** Calls `yuedu serve`: POST /api/<channel> with the args as JSON; the reply body is the Result. */
export const httpInvoke: Invoke = async (channel, args) => {
  try {
    const response = await fetch(`/api/${channel}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(args),
    });
    const text = await response.text();
    try {
      return JSON.parse(text) as Result<never>;
    } catch {
      return failure(`Yuedu answered ${response.status} ${response.statusText}`.trim());
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return failure(`Could not reach Yuedu: ${message}`);
  }
};

/** Picks the Electron bridge when the preload exposed it, else HTTP, so the UI code is transport-blind. */
export function pickTransport(host: Window = window): Invoke {
  const bridge = (host as unknown as Record<string, YueduBridge | undefined>)[BRIDGE_KEY];
  return bridge ? bridge.invoke : httpInvoke;
}

/** The preload's library-change subscription in Electron; undefined under `yuedu serve`. */
export function pickLibraryEvents(host: Window = window): SubscribeLibraryChanged | undefined {
  const bridge = (host as unknown as Record<string, YueduBridge | undefined>)[BRIDGE_KEY];
  const subscribe = bridge?.onLibraryChanged;
  return subscribe && ((callback) => subscribe(callback));
}

/** The desktop app's View menu commands; undefined under `yuedu serve`, which has no menu. */
export function pickMenuCommands(host: Window = window): SubscribeMenuCommand | undefined {
  const bridge = (host as unknown as Record<string, YueduBridge | undefined>)[BRIDGE_KEY];
  const subscribe = bridge?.onMenuCommand;
  return subscribe && ((callback) => subscribe(callback));
}

/**
 * Electron's push of study-group changes; undefined under `yuedu serve`, where the window polls
 * `group:revision` instead (renderer/group/GroupChanges.tsx).
 */
export function pickGroupEvents(host: Window = window): SubscribeGroupChanged | undefined {
  const bridge = (host as unknown as Record<string, YueduBridge | undefined>)[BRIDGE_KEY];
  const subscribe = bridge?.onGroupChanged;
  return subscribe && ((callback) => subscribe(callback));
}

/** The desktop app's native folder chooser; undefined in a browser, which types the path. */
export function pickFolderChooser(host: Window = window): ChooseFolder | undefined {
  const bridge = (host as unknown as Record<string, YueduBridge | undefined>)[BRIDGE_KEY];
  const choose = bridge?.chooseGroupFolder;
  return choose && (() => choose());
}

function failure(message: string): Result<never> {
  return fail('internal', message);
}
