import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { PROJECT_ROOT } from '../../../main/paths/projectPaths';

export interface ServeProcess {
  url: string;
  origin: string;
  dataDir: string;
  stop: () => Promise<void>;
}

/**
 * Starts the real `yuedu serve` on a temporary data folder (or `dataDir`) and waits for its first
 * line. `seedsDir` serves another version of the corpus, as a corrected release would ship it;
 * `projectRoot` another built copy of the app (a benchmark's baseline).
 */
export async function startServe(
  options: { dataDir?: string; lang?: 'en' | 'zh'; seedsDir?: string; projectRoot?: string } = {},
): Promise<ServeProcess> {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'yuedu-e2e-'));
  const child: ChildProcess = spawn(
    process.execPath,
    [
      'bin/yuedu.mjs',
      'serve',
      '--port',
      '0',
      '--data-dir',
      dataDir,
      '--lang',
      options.lang ?? 'en',
      ...(options.seedsDir ? ['--seeds-dir', options.seedsDir] : []),
    ],
    { cwd: options.projectRoot ?? PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const firstLine = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`yuedu serve exited with ${code}: ${stderr}`)));
    setTimeout(() => reject(new Error(`yuedu serve did not start in time: ${stderr}`)), 30_000);
  });
  const match = /^Serving Yuedu at (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)$/.exec(firstLine);
  if (!match) throw new Error(`Unexpected first line from yuedu serve: ${firstLine}`);
  const url = match[1]!;
  return {
    url,
    origin: new URL(url).origin,
    dataDir,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
