import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_KEY } from '../shared/ipc/contract';
import { createBridge } from './bridge';

// Sandboxed preload: exposes only the contract's `invoke` and the library-changed subscription
// to the isolated renderer world.
contextBridge.exposeInMainWorld(BRIDGE_KEY, createBridge(ipcRenderer));
