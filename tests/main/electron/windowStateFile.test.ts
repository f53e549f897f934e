import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  readWindowState,
  windowStateFile,
  writeWindowState,
} from '../../../main/electron/windowStateFile';

const folder = () => mkdtempSync(path.join(os.tmpdir(), 'yuedu-window-'));

describe('the window state file', () => {
  it('reads back what was written, leaving no temp file behind', () => {
    const dir = folder();
    const file = windowStateFile(dir);
    const state = { bounds: { x: 40, y: 30, width: 1000, height: 700 }, maximized: true };
    writeWindowState(file, state);
    expect(readWindowState(file)).toEqual(state);
    expect(readdirSync(dir)).toEqual(['window-state.json']);
  });

  it('reads nothing, without throwing, when the file is missing, truncated or not a state', () => {
    const dir = folder();
    const file = windowStateFile(dir);
    expect(readWindowState(file)).toBeNull();
    writeFileSync(file, '{"bounds": {"x": 1');
    expect(readWindowState(file)).toBeNull();
    writeFileSync(file, '{"theme": "dark"}');
    expect(readWindowState(file)).toBeNull();
  });
});
