import { copyFile, link, rename, rm } from 'node:fs/promises';
import { tempFileFor } from './writeFileDurably';

// Where hard links are not to be had (FAT, some network shares) the file is copied instead.
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EXDEV', 'EMLINK', 'ENOSYS', 'EACCES']);

/**
 * Keeps the data file as it is now under `previousPath`, right before a write replaces it, so a
 * damaged data file costs at most its last write. A hard link costs no copy of a 40 MB file; the
 * rename makes the switch atomic, so a crash leaves the older or the newer previous version.
 */
export async function keepPreviousVersion(path: string, previousPath: string): Promise<void> {
  const temp = tempFileFor(previousPath);
  try {
    try {
      await link(path, temp);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (code === 'ENOENT') return; // no data file yet: nothing to keep
      if (!NO_LINKS.has(code)) throw error;
      await copyFile(path, temp);
    }
    await rename(temp, previousPath);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}
