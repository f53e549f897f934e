import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Yuedu } from '../../../../main/api/yuedu';
import { captureIo, openForCommand, tempDir } from './commandHarness';
import { CommandError } from '../../../../main/cli/cliErrors';
import { importCommand, removeCommand } from '../../../../main/cli/commands/importCommands';

const FIXTURES = path.resolve(import.meta.dirname, '../../../fixtures/import');

/** Indexing runs in the search worker after the import answers; search:status says when it is done. */
async function untilIndexed(yuedu: Yuedu) {
  await vi.waitFor(
    async () => expect((await yuedu.handlers['search:status']({})).ready).toBe(true),
    { timeout: 30_000, interval: 50 },
  );
}

interface ImportJson {
  added: Array<{ id: string; title: string; chars: number; blocks: number; paragraphs: number }>;
  skipped: Array<{ name: string; reason: string }>;
}

describe('yuedu import', () => {
  it('imports a folder of mixed files, skipping what it cannot read, and prints JSON', async () => {
    const { yuedu } = await openForCommand();
    const io = captureIo(FIXTURES);
    await importCommand(yuedu, io, true, ['folder']);
    const report = JSON.parse(io.out) as ImportJson;
    expect(report.added.map((a) => a.title)).toEqual([
      '秋天的北京，天高云淡，香山的红叶吸引了许多市民前去观赏',
      '夜市里的烟火气',
      '春到江南',
      '冬至这天，北方人吃饺子，南方人吃汤圆，各地都有自己的习俗',
    ]);
    for (const a of report.added) {
      expect(Object.keys(a).sort()).toEqual(['blocks', 'chars', 'id', 'paragraphs', 'title']);
      expect(a.id).toMatch(/^a-[0-9a-f]{12}$/);
    }
    expect(report.skipped).toEqual([
      { name: path.join('folder', 'empty.txt'), reason: 'the file is empty' },
      {
        name: path.join('folder', 'picture.txt'),
        reason: 'not a text file: it contains binary data (NUL bytes)',
      },
      { name: path.join('folder', 'spring.txt'), reason: 'already in your library: 春到江南' },
    ]);
    expect(io.err).toBe('Importing 7 files… (Ctrl-C cancels)\n');

    const list = await yuedu.handlers['library:list']({});
    expect(list.filter((a) => a.origin === 'imported').map((a) => a.id)).toEqual(
      report.added.map((a) => a.id),
    );
    expect(list.slice(0, 5).every((a) => a.origin === 'bundled')).toBe(true);
  });

  it('makes imported articles searchable, and keeps them across a reopen', async () => {
    const { yuedu, dataDir } = await openForCommand();
    await importCommand(yuedu, captureIo(FIXTURES), true, ['folder/winter-gbk.txt']);
    await untilIndexed(yuedu);
    const hits = await yuedu.handlers['search:query']({ query: '汤圆' });
    expect(hits.map((h) => h.title)).toEqual([
      '冬至这天，北方人吃饺子，南方人吃汤圆，各地都有自己的习俗',
    ]);
    await yuedu.close();

    const reopened = (await openForCommand(dataDir)).yuedu;
    await untilIndexed(reopened);
    const list = await reopened.handlers['library:list']({});
    expect(list.map((a) => a.origin)).toEqual([...Array(5).fill('bundled'), 'imported']);
    const again = await reopened.handlers['search:query']({ query: '汤圆' });
    expect(again).toHaveLength(1);
  });

  it('leaves a damaged imported article out at start, says so once, and keeps the file', async () => {
    const { yuedu, dataDir } = await openForCommand();
    const io = captureIo(FIXTURES);
    await importCommand(yuedu, io, true, ['folder/spring.txt', 'folder/autumn-bom.txt']);
    const [spring, autumn] = (JSON.parse(io.out) as ImportJson).added;
    await yuedu.close();
    const damaged = path.join(dataDir, 'articles', `${spring!.id}.json`);
    writeFileSync(damaged, '{"format":"yuedu-imported-art');

    const reopened = (await openForCommand(dataDir)).yuedu;
    const notices = await reopened.handlers['app:notices']({});
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain(damaged);
    expect(notices[0]).toContain('The file was kept as it is.');
    const list = await reopened.handlers['library:list']({});
    expect(list.filter((a) => a.origin === 'imported').map((a) => a.id)).toEqual([autumn!.id]);
    expect(readFileSync(damaged, 'utf8')).toBe('{"format":"yuedu-imported-art');
  });

  it('prints what it added and skipped for people', async () => {
    const { yuedu } = await openForCommand();
    const io = captureIo(FIXTURES);
    await importCommand(yuedu, io, false, ['folder/spring.txt', 'folder/empty.txt']);
    expect(io.out).toMatch(/^Added 1 article:\n {2}a-[0-9a-f]{12}\t春到江南\t\d+ chars\n/);
    expect(io.out).toContain('Skipped 1:\n  folder/empty.txt: the file is empty\n');
  });

  it('prints file names holding ESC, a line break or a right-to-left override visibly', async () => {
    const { yuedu } = await openForCommand();
    const folder = tempDir('hostile-names');
    writeFileSync(path.join(folder, 'clear\u001b[2J\nscreen.txt'), '');
    writeFileSync(path.join(folder, 'report\u202etxt.exe.md'), '');
    const io = captureIo(folder);
    await expect(importCommand(yuedu, io, false, ['.'])).rejects.toThrow(CommandError);
    expect(io.out).toBe(
      'Skipped 2:\n' +
        '  clear␛[2J␊screen.txt: the file is empty\n' +
        '  report⟨U+202E⟩txt.exe.md: the file is empty\n',
    );
  });

  it('fails when something was skipped and nothing could be imported', async () => {
    const { yuedu } = await openForCommand();
    const io = captureIo(FIXTURES);
    await expect(
      importCommand(yuedu, io, true, ['folder/empty.txt', 'folder/picture.txt']),
    ).rejects.toThrow(new CommandError('Nothing was imported: 2 files or articles were skipped.'));
    expect((JSON.parse(io.out) as ImportJson).skipped).toHaveLength(2);
  });

  it('shows progress on stderr for a folder larger than one batch', async () => {
    const { yuedu } = await openForCommand();
    const folder = tempDir('many');
    for (let i = 0; i < 60; i++) {
      cpSync(path.join(FIXTURES, 'folder', 'spring.txt'), path.join(folder, `${i}.txt`));
    }
    const io = captureIo(folder);
    await importCommand(yuedu, io, true, ['.']);
    expect(io.err).toBe('Importing 60 files… (Ctrl-C cancels)\nImported 50/60 files…\n');
    const report = JSON.parse(io.out) as ImportJson;
    expect(report.added).toHaveLength(1);
    expect(report.skipped).toHaveLength(59);
  });
});

describe('yuedu remove', () => {
  it('removes an imported article, keeps its highlights, and brings them back on re-import', async () => {
    const { yuedu } = await openForCommand();
    const io = captureIo(FIXTURES);
    await importCommand(yuedu, io, true, ['folder/spring.txt']);
    const [added] = (JSON.parse(io.out) as ImportJson).added;
    const id = added!.id;
    await untilIndexed(yuedu);
    expect(await yuedu.handlers['search:query']({ query: '油纸伞' })).toHaveLength(1);
    const made = await yuedu.handlers['annotations:create']({
      articleId: id,
      start: 0,
      end: 4,
      color: 'green',
    });

    const removeIo = captureIo(FIXTURES);
    await removeCommand(yuedu, removeIo, true, id);
    expect(JSON.parse(removeIo.out)).toEqual({ id });
    const list = await yuedu.handlers['library:list']({});
    expect(list.some((a) => a.id === id)).toBe(false);
    await untilIndexed(yuedu);
    expect(await yuedu.handlers['search:query']({ query: '油纸伞' })).toEqual([]);

    await importCommand(yuedu, captureIo(FIXTURES), true, ['folder/spring.txt']);
    const annotations = await yuedu.handlers['annotations:list']({ articleId: id });
    expect(annotations.map((a) => [a.id, a.state])).toEqual([[made.id, 'anchored']]);
  });

  it('says in words what it removed', async () => {
    const { yuedu } = await openForCommand();
    const io = captureIo(FIXTURES);
    await importCommand(yuedu, io, true, ['folder/spring.txt']);
    const id = (JSON.parse(io.out) as ImportJson).added[0]!.id;
    const removeIo = captureIo(FIXTURES);
    await removeCommand(yuedu, removeIo, false, id);
    expect(removeIo.out).toBe(
      `Removed "春到江南" (${id}). Its highlights are kept and return if you import the same text again.\n`,
    );
  });

  it('refuses to remove a bundled article', async () => {
    const { yuedu } = await openForCommand();
    await expect(
      removeCommand(yuedu, captureIo(FIXTURES), true, 'greater-bay-area-friends'),
    ).rejects.toThrow(/comes with Yuedu and cannot be removed; only imported articles can\.$/);
    const list = await yuedu.handlers['library:list']({});
    expect(list.some((a) => a.id === 'greater-bay-area-friends')).toBe(true);
  });
});
