import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bundleFixture } from '../store/bundleFixture';
import { runYuedu } from './runYuedu';

const ARTICLE = 'greater-bay-area-friends';

/** Runs the CLI in-process on `dataDir`, with `elsewhere` as the current folder for its output files. */
const yuedu = (dataDir: string, elsewhere: string, argv: string[]) =>
  runYuedu(dataDir, argv, elsewhere);

const tempDir = () => mkdtempSync(path.join(os.tmpdir(), 'yuedu-readonly-'));

/** The names and bytes of every file in `dir`, to show nothing changed. */
function snapshot(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) =>
    e.isFile(),
  );
  return Object.fromEntries(
    files.map((f) => {
      const file = path.join(f.parentPath, f.name);
      return [file, readFileSync(file).toString('base64')];
    }),
  );
}

async function folderWithAHighlight(): Promise<{ dataDir: string; elsewhere: string }> {
  const dataDir = tempDir();
  const elsewhere = tempDir();
  const made = await yuedu(dataDir, elsewhere, [
    'highlight',
    ARTICLE,
    '--quote',
    '大湾区',
    '--note',
    '只读也能看',
  ]);
  expect(made.code, made.stderr).toBe(0);
  return { dataDir, elsewhere };
}

/** Every reading command works and the write is refused with `refusal`; the folder is unchanged. */
async function expectReadsWorkAndWriteRefused(dataDir: string, elsewhere: string, refusal: RegExp) {
  const before = snapshot(dataDir);

  const list = await yuedu(dataDir, elsewhere, ['list', '--json']);
  expect(list.code, list.stderr).toBe(0);
  expect(JSON.parse(list.stdout)).toHaveLength(5);

  const notes = await yuedu(dataDir, elsewhere, ['notes', '--json']);
  expect(notes.code, notes.stderr).toBe(0);
  expect((JSON.parse(notes.stdout) as Array<{ note: string }>).map((n) => n.note)).toEqual([
    '只读也能看',
  ]);

  const exported = await yuedu(dataDir, elsewhere, ['export', '--format', 'markdown']);
  expect(exported.code, exported.stderr).toBe(0);
  expect(exported.stdout).toContain('只读也能看');

  const backup = await yuedu(dataDir, elsewhere, [
    'backup',
    '--out',
    'notes-backup.json',
    '--json',
  ]);
  expect(backup.code, backup.stderr).toBe(0);
  expect(JSON.parse(backup.stdout)).toMatchObject({ annotations: 1 });
  expect(readFileSync(path.join(elsewhere, 'notes-backup.json'), 'utf8')).toContain('只读也能看');

  const write = await yuedu(dataDir, elsewhere, ['highlight', ARTICLE, '--quote', '粤港澳']);
  expect(write.code).toBe(1);
  expect(write.stderr).toMatch(refusal);
  expect(write.stderr.trim().split('\n')).toHaveLength(1);

  expect(snapshot(dataDir)).toEqual(before);
}

describe.runIf(process.platform !== 'win32')('yuedu while another Yuedu holds the lock', () => {
  let holder: string;
  let removeHolder: () => Promise<void>;
  let child: ReturnType<typeof spawn> | undefined;
  beforeAll(async () => {
    ({ script: holder, remove: removeHolder } = await bundleFixture('pausingWriter.ts'));
  }, 60_000);
  afterEach(() => {
    child?.kill('SIGCONT');
    child?.kill('SIGKILL');
  });
  afterAll(() => removeHolder());

  it(
    'lists, shows notes, exports and backs up, and refuses only a new highlight',
    { timeout: 120_000 },
    async () => {
      const { dataDir, elsewhere } = await folderWithAHighlight();
      // A real writer, paused (SIGSTOP) in the middle of its update, holding the lock.
      const running = spawn(process.execPath, [holder, dataDir], { stdio: 'pipe' });
      child = running;
      await new Promise<void>((resolve, reject) => {
        let out = '';
        running.stdout.setEncoding('utf8').on('data', (chunk: string) => {
          out += chunk;
          if (out.includes('holding\n')) resolve();
        });
        running.on('close', () => reject(new Error(`holder exited: ${out}`)));
      });
      running.kill('SIGSTOP');

      await expectReadsWorkAndWriteRefused(
        dataDir,
        elsewhere,
        new RegExp(
          `^yuedu: Another Yuedu \\(process ${running.pid}\\) is writing to this data folder`,
        ),
      );

      writeFileSync(path.join(dataDir, 'go'), '');
      running.kill('SIGCONT');
    },
  );
});

// Root ignores permissions, so the read-only folder is only tested as an ordinary user.
describe.runIf(process.platform !== 'win32' && process.getuid?.() !== 0)(
  'yuedu on a read-only data folder',
  () => {
    it(
      'lists, shows notes, exports and backs up, and refuses only a new highlight',
      { timeout: 120_000 },
      async () => {
        const { dataDir, elsewhere } = await folderWithAHighlight();
        chmodSync(dataDir, 0o555);
        try {
          await expectReadsWorkAndWriteRefused(
            dataDir,
            elsewhere,
            /^yuedu: Yuedu cannot save changes because its data folder .* is read-only \(EACCES\)/,
          );
        } finally {
          chmodSync(dataDir, 0o755);
        }
      },
    );
  },
);
