import type { Invoke } from '../../shared/ipc/contract';

/** The object the Electron preload exposes under BRIDGE_KEY; absent when served over HTTP. */
export interface YueduBridge {
  invoke: Invoke;
}

declare global {
  interface Window {
    yuedu?: YueduBridge;
  }
}
