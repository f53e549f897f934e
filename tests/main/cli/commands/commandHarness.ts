import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { openYuedu } from '../../../../main/api/openYuedu';
import type { Yuedu, YueduOptions } from '../../../../main/api/yuedu';
import type { CliIo } from '../../../../main/cli/cliIo';
import { SOURCE_LAYOUT } from '../../../../main/paths/projectPaths';

const dirs: string[] = [];
const opened: Yuedu[] = [];

// Every Yuedu a command test opens is closed, and its folders removed, after each test.
afterEach(async () => {
  await Promise.all(opened.splice(0).map((yuedu) => yuedu.close()));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary folder, removed after the test. */
export function tempDir(name: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `yuedu-${name}-`));
  dirs.push(dir);
  return dir;
}

/** The real services on the bundled seeds and a data folder of the test's own. */
export async function openForCommand(
  dataDir = tempDir('data'),
  options: Pick<YueduOptions, 'watchGroup' | 'watchLibrary'> = {},
) {
  const yuedu = await openYuedu({
    dataDir,
    seedsDir: SOURCE_LAYOUT.seedsDir,
    generatedDir: SOURCE_LAYOUT.generatedDir,
    systemLanguage: 'en',
    version: '0.1.0',
    ...options,
  });
  opened.push(yuedu);
  return { yuedu, dataDir };
}

/** A CliIo that keeps what a command printed. */
export function captureIo(cwd: string) {
  const io: CliIo & { out: string; err: string } = {
    out: '',
    err: '',
    stdout: (text) => (io.out += text),
    stderr: (text) => (io.err += text),
    env: {},
    cwd,
    untilInterrupted: async () => {},
  };
  return io;
}
