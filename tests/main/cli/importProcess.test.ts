import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../main/paths/projectPaths';
import { useTempDirs } from '../library/tempDirs';

const tempDir = useTempDirs();

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real `yuedu` command; `whileRunning` may act on the process (send it Ctrl-C). */
function runYuedu(
  args: string[],
  whileRunning?: (child: ReturnType<typeof spawn>, stderr: () => string) => Promise<void>,
): Promise<Run & { exitedAt: number }> {
  const child = spawn(process.execPath, ['bin/yuedu.mjs', ...args], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<Run & { exitedAt: number }>((resolve) =>
    child.once('exit', (code) => resolve({ code, stdout, stderr, exitedAt: performance.now() })),
  );
  void whileRunning?.(child, () => stderr);
  return exited;
}

const until = async (check: () => boolean, ms: number) => {
  const deadline = performance.now() + ms;
  while (!check()) {
    if (performance.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

describe.runIf(process.platform !== 'win32')('yuedu import, as a real process', () => {
  it(
    'finishes a folder holding a FIFO and a link to /dev/zero, importing the rest',
    { timeout: 120_000 },
    async () => {
      const dataDir = tempDir();
      const folder = path.join(tempDir(), 'traps');
      mkdirSync(folder);
      writeFileSync(path.join(folder, 'real.txt'), '真正的文章\n\n这是一篇真正的文章。');
      execFileSync('mkfifo', [path.join(folder, 'pipe.txt')]);
      symlinkSync('/dev/zero', path.join(folder, 'zero.md'));
      const run = await runYuedu(['import', folder, '--json', '--data-dir', dataDir]);
      expect(run.code, run.stderr).toBe(0);
      const report = JSON.parse(run.stdout) as {
        added: Array<{ title: string }>;
        skipped: Array<{ name: string; reason: string }>;
      };
      expect(report.added.map((a) => a.title)).toEqual(['真正的文章']);
      expect(report.skipped.map((s) => path.basename(s.name))).toEqual(['pipe.txt', 'zero.md']);
    },
  );

  it(
    'stops on Ctrl-C in the middle of a huge Markdown file, says so, and adds nothing',
    { timeout: 180_000 },
    async () => {
      const dataDir = tempDir();
      const huge = path.join(tempDir(), 'huge.md');
      // 40 MB of unmatched emphasis: the worker needs far longer than the bound below to parse it.
      writeFileSync(huge, '*a **b _c '.repeat(4_000_000));
      let interruptedAt = 0;
      const run = await runYuedu(
        ['import', huge, '--json', '--data-dir', dataDir],
        async (child, stderr) => {
          await until(() => stderr().includes('Importing 1 file…'), 60_000);
          // Long enough for the worker to start and be deep in the file.
          await new Promise((resolve) => setTimeout(resolve, 8_000));
          interruptedAt = performance.now();
          child.kill('SIGINT');
        },
      );
      expect(run.code, run.stderr).toBe(1);
      expect(run.stderr).toContain(
        'yuedu: The import was cancelled; 0 articles added before that stay in your library.',
      );
      expect(JSON.parse(run.stdout)).toEqual({ added: [], skipped: [], cancelled: true });
      // Within a second on an idle machine; bounded generously for a busy one.
      expect(run.exitedAt - interruptedAt).toBeLessThan(10_000);
      const articles = path.join(dataDir, 'articles');
      expect(existsSync(articles) ? readdirSync(articles) : []).toEqual([]);
    },
  );
});
