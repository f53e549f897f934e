import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportFile, ImportReport } from '../../../../shared/model/import';
import { importFromPaths } from '../../../../main/library/import/importFromPaths';
import { useTempDirs } from '../tempDirs';

const tempDir = useTempDirs();
const servers: net.Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

/** Imports with an importer that "adds" every file it is sent, by name. */
async function importNames(paths: string[], cwd: string) {
  const sent: ImportFile[] = [];
  const report = await importFromPaths(paths, {
    cwd,
    importBatch: async (files): Promise<ImportReport> => {
      sent.push(...files);
      return { added: [], skipped: [] };
    },
  });
  return { sent: sent.map((f) => f.name), skipped: report.skipped };
}

async function listenOnSocket(file: string): Promise<void> {
  const server = net.createServer();
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(file, resolve));
}

// Real FIFOs, sockets and devices: before this change the FIFO hung the import for ever and the
// link to /dev/zero read until memory ran out.
describe.runIf(process.platform !== 'win32')('importing folders with special files', () => {
  it(
    'skips a FIFO, a socket and a link to /dev/zero with reasons, and imports the rest',
    { timeout: 30_000 },
    async () => {
      const dir = tempDir();
      writeFileSync(path.join(dir, 'a-real.txt'), '真正的文章。');
      execFileSync('mkfifo', [path.join(dir, 'b-pipe.txt')]);
      await listenOnSocket(path.join(dir, 'c-socket.md'));
      symlinkSync('/dev/zero', path.join(dir, 'd-zero.txt'));
      const { sent, skipped } = await importNames(['.'], dir);
      expect(sent).toEqual(['a-real.txt']);
      expect(skipped).toEqual([
        {
          name: 'b-pipe.txt',
          reason: 'it is a named pipe (FIFO), not a file; only regular files are imported',
        },
        {
          name: 'c-socket.md',
          reason: 'it is a socket, not a file; only regular files are imported',
        },
        {
          name: 'd-zero.txt',
          reason:
            'it is a link to /dev/zero, outside the folder you chose; Yuedu follows only links within it (import that file directly if you want it)',
        },
      ]);
    },
  );

  it(
    'skips a FIFO or a device named directly, without opening it',
    { timeout: 30_000 },
    async () => {
      const dir = tempDir();
      execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);
      symlinkSync('/dev/zero', path.join(dir, 'zero.txt'));
      const { sent, skipped } = await importNames(['pipe.txt', 'zero.txt'], dir);
      expect(sent).toEqual([]);
      expect(skipped).toEqual([
        {
          name: 'pipe.txt',
          reason: 'it is a named pipe (FIFO), not a file; only regular files are imported',
        },
        { name: 'zero.txt', reason: 'it is a device, not a file; only regular files are imported' },
      ]);
    },
  );

  it('follows a link inside the chosen folder and refuses one that leads out of it', async () => {
    const outside = tempDir();
    writeFileSync(path.join(outside, 'passwd'), 'root:x:0:0');
    const dir = tempDir();
    mkdirSync(path.join(dir, 'real'));
    writeFileSync(path.join(dir, 'real', 'story.txt'), '文章。');
    symlinkSync(path.join('real', 'story.txt'), path.join(dir, 'alias.txt'));
    symlinkSync(path.join(outside, 'passwd'), path.join(dir, 'passwd.txt'));
    symlinkSync(path.join(dir, 'missing'), path.join(dir, 'broken.txt'));
    symlinkSync(path.join(dir, 'real'), path.join(dir, 'folder-link.txt'));
    const { sent, skipped } = await importNames(['.'], dir);
    expect(sent).toEqual(['alias.txt', path.join('real', 'story.txt')]);
    expect(skipped).toEqual([
      { name: 'broken.txt', reason: 'it is a link to something that does not exist' },
      { name: 'folder-link.txt', reason: 'it is a link to a folder, which Yuedu does not follow' },
      {
        name: 'passwd.txt',
        reason: `it is a link to ${path.join(outside, 'passwd')}, outside the folder you chose; Yuedu follows only links within it (import that file directly if you want it)`,
      },
    ]);
  });

  it('reads a link the user named directly, wherever it leads', async () => {
    const outside = tempDir();
    writeFileSync(path.join(outside, 'notes.txt'), '外面的文章。');
    const dir = tempDir();
    symlinkSync(path.join(outside, 'notes.txt'), path.join(dir, 'link.txt'));
    expect((await importNames(['link.txt'], dir)).sent).toEqual(['link.txt']);
  });
});
