import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import path from 'node:path';
import { parseWindowState, type WindowState } from './windowState';

/** The window's size and place live beside the data file, apart from the user's data. */
export const windowStateFile = (userData: string) => path.join(userData, 'window-state.json');

/** The saved state, or null when there is none or it cannot be read: the window then opens at its default. */
export function readWindowState(file: string): WindowState | null {
  try {
    return parseWindowState(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return null;
  }
}

/**
 * Saves the state through a temp file renamed over the old one, so a crash leaves the previous
 * state. Synchronous because it runs as the window closes, when the app may be about to quit.
 */
export function writeWindowState(file: string, state: WindowState): void {
  const temp = `${file}.${process.pid}.tmp`;
  const fd = openSync(temp, 'w');
  try {
    writeSync(fd, `${JSON.stringify(state, null, 2)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, file);
}
