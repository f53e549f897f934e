import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFileSafely } from '../../../main/files/readFileSafely';
import { useTempDirs } from '../library/tempDirs';

const tempDir = useTempDirs();

describe('readFileSafely', () => {
  it('counts the bytes it reads, not what stat says: a file of "0" bytes in /proc is read to its end', async () => {
    if (process.platform !== 'linux') return;
    const read = await readFileSafely('/proc/self/status', 1024 * 1024, {
      followLink: true,
      tooLarge: 'too large',
    });
    expect(read.ok && read.bytes.toString('utf8')).toContain('Name:');
  });

  it('stops one byte past the limit and says the file is too large', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'big.txt'), 'x'.repeat(2 * 1024 * 1024));
    writeFileSync(path.join(dir, 'exact.txt'), 'x'.repeat(1024));
    const options = { followLink: false, tooLarge: 'too large' };
    expect(await readFileSafely(path.join(dir, 'big.txt'), 1024 * 1024, options)).toEqual({
      ok: false,
      reason: 'too large',
    });
    const exact = await readFileSafely(path.join(dir, 'exact.txt'), 1024, options);
    expect(exact.ok && exact.bytes.length).toBe(1024);
  });
});
