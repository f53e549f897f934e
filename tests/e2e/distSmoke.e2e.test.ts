import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `npm run dist -- --dir` for Linux, with a stand-in for Electron's binary (which cannot be
// downloaded here): electron-builder's `electronDist` takes an unpacked Electron folder, and ours
// holds a file carrying Electron's fuse sentinel and wire, so the fuses step runs for real.
// Runs after `npm run build` like the rest of the e2e project.

const ROOT = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const asar = require('@electron/asar') as {
  listPackage(file: string): string[];
  extractFile(file: string, inside: string): Buffer;
};
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// Electron's defaults: RunAsNode on, cookie encryption off, NODE_OPTIONS on, --inspect on,
// asar integrity off, only-asar off, browser V8 snapshot off, file: privileges on.
const DEFAULT_WIRE = '10110001';

let work: string;
let unpacked: string;

beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'yuedu-dist-'));
  const fakeElectron = path.join(work, 'electron-dist');
  mkdirSync(path.join(fakeElectron, 'resources'), { recursive: true });
  const binary = path.join(fakeElectron, 'electron');
  writeFileSync(
    binary,
    Buffer.concat([
      Buffer.from('#!/bin/sh\necho "a stand-in for Electron"\n# '),
      Buffer.from(FUSE_SENTINEL),
      Buffer.from([1, DEFAULT_WIRE.length]),
      Buffer.from(DEFAULT_WIRE),
      Buffer.from('\n'),
    ]),
  );
  chmodSync(binary, 0o755);
  writeFileSync(path.join(fakeElectron, 'version'), '45.5.0');
  writeFileSync(path.join(fakeElectron, 'LICENSE'), 'MIT');

  const run = (args: string[]) =>
    execFileSync(process.execPath, args, { cwd: ROOT, stdio: 'pipe', timeout: 300_000 });
  run([path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build-icons.ts']);
  const output = path.join(work, 'dist');
  run([
    path.join(ROOT, 'node_modules/electron-builder/cli.js'),
    '--dir',
    '--linux',
    '--x64',
    `-c.electronDist=${fakeElectron}`,
    `-c.directories.output=${output}`,
  ]);
  unpacked = path.join(output, 'linux-unpacked');
}, 600_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run dist -- --dir (Linux, stand-in Electron)', () => {
  it('names the executable after the package and flips every configured fuse in it', () => {
    const binary = readFileSync(path.join(unpacked, 'yuedu'));
    const at = binary.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length;
    const wire = binary.subarray(at + 2, at + 2 + DEFAULT_WIRE.length).toString('latin1');
    // RunAsNode off, cookie encryption on, NODE_OPTIONS off, --inspect off, asar integrity on,
    // only-asar on, V8 snapshot untouched, file: privileges off (electron-builder.yml).
    expect(wire).toBe('01001100');
  });

  it('packs the built app and its production dependencies into app.asar, and nothing else of ours', () => {
    const files = asar.listPackage(path.join(unpacked, 'resources/app.asar'));
    for (const needed of [
      '/package.json',
      '/out/main/index.js',
      '/out/main/searchWorker.js',
      '/out/main/importWorker.js',
      '/out/preload/index.cjs',
      '/out/renderer/index.html',
      '/node_modules/minisearch/package.json',
      '/node_modules/lowdb/package.json',
    ]) {
      expect(files, needed).toContain(needed);
    }
    const ours = files.filter((file) => !/^\/node_modules(\/|$)/.test(file));
    const outside = ours.filter((file) => !/^\/out(\/|$)/.test(file));
    expect(outside).toEqual(['/package.json']);
    expect(ours.some((file) => file.startsWith('/out/cli'))).toBe(false);
    expect(files.some((file) => /^\/node_modules\/(electron|vitest|tsx|@resvg)\//.test(file))).toBe(
      false,
    );
  });

  it('puts the corpus, the built index and the README beside the asar as resources', () => {
    for (const resource of ['seeds/manifest.json', 'generated/corpus.json', 'README.md']) {
      expect(existsSync(path.join(unpacked, 'resources', resource)), resource).toBe(true);
    }
  });

  it('gives the packaged package.json the deb homepage the README path', () => {
    const asarManifest = JSON.parse(
      asar.extractFile(path.join(unpacked, 'resources/app.asar'), 'package.json').toString('utf8'),
    ) as { homepage?: string; main?: string };
    expect(asarManifest.homepage).toBe('file:///opt/Yuedu/resources/README.md');
    expect(asarManifest.main).toBe('out/main/index.js');
  });

  it('has rendered every icon file electron-builder takes from build/', () => {
    for (const icon of [
      'icon.icns',
      'icon.ico',
      'icon.png',
      'icons/16x16.png',
      'icons/512x512.png',
    ]) {
      expect(existsSync(path.join(ROOT, 'build', icon)), icon).toBe(true);
    }
  });
});
