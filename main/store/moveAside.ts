import { access, rename } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { syncDirectory } from './writeFileDurably';

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/**
 * Renames a damaged file to `<prefix><timestamp>.json` next to it, keeping its bytes for manual
 * recovery. Never overwrites an earlier damaged copy: a counter is added if the name is taken.
 */
export async function moveAside(path: string, prefix: string, now: Date): Promise<string> {
  const directory = dirname(path);
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  let target = join(directory, `${prefix}${stamp}.json`);
  for (let n = 2; await exists(target); n++)
    target = join(directory, `${prefix}${stamp}-${n}.json`);
  await rename(path, target);
  await syncDirectory(directory);
  return target;
}
