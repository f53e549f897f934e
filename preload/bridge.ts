import { CHANNELS, type Invoke } from '../shared/ipc/contract';
import { fail } from '../shared/ipc/result';

/** The one Electron call the bridge makes, so tests can pass a fake `ipcRenderer`. */
export interface IpcInvoker {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
}

/** Everything the renderer gets from the preload: the typed `invoke` and nothing of Electron. */
export interface YueduBridge {
  invoke: Invoke;
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
  return { invoke: invoke as Invoke };
}
