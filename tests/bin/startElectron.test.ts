import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');
const SCRIPT = path.join(PROJECT_ROOT, 'bin/start-electron.mjs');

// A stand-in for node_modules/electron: its install.js behaves like Electron's installer (downloads
// into dist/ and writes path.txt naming the executable), here writing a fake executable that
// records how it was started.
const FAKE_INSTALLER = `
const fs = require('node:fs');
const path = require('node:path');
fs.appendFileSync(path.join(__dirname, 'install.log'), 'install\\n');
if (process.env.FAKE_INSTALL_FAILS) { console.error('network unreachable'); process.exit(1); }
fs.mkdirSync(path.join(__dirname, 'dist'), { recursive: true });
const exe = path.join(__dirname, 'dist', 'electron');
fs.writeFileSync(exe, '#!' + process.execPath + '\\n' +
  "require('node:fs').writeFileSync(" + JSON.stringify(path.join(__dirname, 'launched.json')) +
  ", JSON.stringify(process.argv.slice(2)));\\nprocess.exit(7);\\n");
fs.chmodSync(exe, 0o755);
fs.writeFileSync(path.join(__dirname, 'path.txt'), 'electron');
`;

let root: string;
let electronDir: string;
let appDir: string;

function start(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [SCRIPT, ...args], {
    env: { ...process.env, YUEDU_ELECTRON_MODULE_DIR: electronDir, ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
}

const installs = () =>
  existsSync(path.join(electronDir, 'install.log'))
    ? readFileSync(path.join(electronDir, 'install.log'), 'utf8').trim().split('\n').length
    : 0;

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'yuedu-start-'));
  electronDir = path.join(root, 'electron');
  mkdirSync(electronDir);
  writeFileSync(path.join(electronDir, 'package.json'), '{"name":"electron","version":"45.5.0"}');
  writeFileSync(path.join(electronDir, 'install.js'), FAKE_INSTALLER);
  appDir = path.join(root, 'app');
  mkdirSync(path.join(appDir, 'out/main'), { recursive: true });
  writeFileSync(path.join(appDir, 'package.json'), '{"main":"out/main/index.js"}');
  writeFileSync(path.join(appDir, 'out/main/index.js'), '');
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('bin/start-electron.mjs (npm start)', () => {
  it('downloads Electron on first start when path.txt is missing, then opens the app with it', () => {
    const result = start([appDir]);
    expect(result.stderr).toContain('downloading Electron 45.5.0');
    expect(installs()).toBe(1);
    const launched = JSON.parse(readFileSync(path.join(electronDir, 'launched.json'), 'utf8'));
    expect(launched).toEqual([appDir]);
    // Electron's exit status is npm start's.
    expect(result.status).toBe(7);
  });

  it('does not run the installer again once Electron is there', () => {
    start([appDir]);
    const second = start([appDir]);
    expect(installs()).toBe(1);
    expect(second.stderr).not.toContain('downloading');
    expect(second.status).toBe(7);
  });

  it('runs the installer again when path.txt names an executable that is gone', () => {
    start([appDir]);
    rmSync(path.join(electronDir, 'dist'), { recursive: true });
    expect(start([appDir]).status).toBe(7);
    expect(installs()).toBe(2);
  });

  it('says what to do and starts nothing when the download fails', () => {
    const result = start([appDir], { FAKE_INSTALL_FAILS: '1' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/could not be downloaded.*network connection/s);
    expect(existsSync(path.join(electronDir, 'launched.json'))).toBe(false);
  });

  it('refuses to start an app whose main entry is not built', () => {
    rmSync(path.join(appDir, 'out'), { recursive: true });
    const result = start([appDir]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('npm run build');
    expect(existsSync(path.join(electronDir, 'launched.json'))).toBe(false);
  });

  it('with --install-only installs and starts nothing (npm run dev hands over to electron-vite)', () => {
    const result = start(['--install-only']);
    expect(result.status).toBe(0);
    expect(readFileSync(path.join(electronDir, 'path.txt'), 'utf8')).toBe('electron');
    expect(existsSync(path.join(electronDir, 'launched.json'))).toBe(false);
  });
});
