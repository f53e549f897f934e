import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { fixturePath } from './helpers';

/**
 * Bundles a child-process fixture to one plain-JS file, so each spawned child starts in a fraction
 * of the time `node --import tsx` needs. Returns its path and a cleanup.
 */
export async function bundleFixture(
  name: string,
): Promise<{ script: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'yuedu-fixture-'));
  const script = join(dir, name.replace(/\.ts$/, '.mjs'));
  await build({
    entryPoints: [fixturePath(name)],
    outfile: script,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
  });
  return { script, remove: () => rm(dir, { recursive: true, force: true }) };
}
