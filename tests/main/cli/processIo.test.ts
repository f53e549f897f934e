import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../main/paths/projectPaths';
import { useTempDirs } from '../library/tempDirs';

const tempDir = useTempDirs();

describe('the yuedu process and its output pipe', () => {
  it('ends quietly with status 0 when the reader closes the pipe early (yuedu list | head -1)', async () => {
    const child = spawn(
      process.execPath,
      ['bin/yuedu.mjs', 'show', 'cyberspace-shared-future', '--data-dir', tempDir()],
      { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    // Like `head -1` that has read its line: the reading end is closed before the output comes.
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(stderr).not.toContain('EPIPE');
    expect(code).toBe(0);
  }, 60_000);
});
