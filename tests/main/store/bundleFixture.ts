import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { fixturePath } from './helpers';

/**
 * Bundles a child-process fixture to one plain-JS file, so each spawned child starts in a fraction
 * of the time `node --import tsx` needs (`entry` for a fixture outside tests/main/store/fixtures).
 * Returns its path and a cleanup.
 */
export async function bundleFixture(
  name: string,
  entry = fixturePath(name),
): Promise<{ script: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'yuedu-fixture-'));
  const script = join(dir, name.replace(/\.ts$/, '.mjs'));
  await build({
    entryPoints: [entry],
    outfile: script,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
  });
  return { script, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** Runs a bundled fixture with `args` to completion; its stdout, or a rejection with its stderr. */
export function runFixture(
  script: string,
  args: readonly string[],
  label: string,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`${label} failed (${code}): ${stderr}`));
      else resolve(stdout);
    });
  });
}

/**
 * Runs a bundled writer fixture (`script dataDir name count`) to completion and returns the
 * numbers it acknowledged on stdout (`ack N` lines); a failing child rejects with its stderr.
 */
export async function runWriter(
  script: string,
  dataDir: string,
  name: string,
  count: number,
): Promise<number[]> {
  const stdout = await runFixture(script, [dataDir, name, String(count)], name);
  return [...stdout.matchAll(/^ack (\d+)$/gm)].map((m) => Number(m[1]));
}
