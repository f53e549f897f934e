import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Yuedu } from '../../../../main/api/yuedu';
import { captureIo, openForCommand, tempDir } from './commandHarness';
import { CommandError } from '../../../../main/cli/cliErrors';
import { backupCommand, restoreCommand } from '../../../../main/cli/commands/backupCommands';

async function highlightSome(yuedu: Yuedu) {
  for (const [start, color, note] of [
    [10, 'yellow', ''],
    [40, 'green', '笔记'],
    [80, 'pink', 'a note'],
  ] as const) {
    const made = await yuedu.dispatch('annotations:create', {
      articleId: 'greater-bay-area-friends',
      start,
      end: start + 6,
      color,
      note,
    });
    expect(made.ok).toBe(true);
  }
}

describe('yuedu backup and yuedu restore', () => {
  it('backs up to --out, restores into another folder, and a second restore changes nothing', async () => {
    const { yuedu: source } = await openForCommand();
    await highlightSome(source);
    await source.dispatch('settings:update', { theme: 'dark', fontSize: 24 });
    const work = tempDir('work');
    const backupIo = captureIo(work);
    await backupCommand(source, backupIo, true, 'my-backup.json');
    const file = path.join(work, 'my-backup.json');
    expect(JSON.parse(backupIo.out)).toEqual({ path: file, annotations: 3 });

    const { yuedu: target, dataDir } = await openForCommand();
    const restoreIo = captureIo(work);
    await restoreCommand(target, restoreIo, true, 'my-backup.json');
    expect(JSON.parse(restoreIo.out)).toEqual({
      annotationsAdded: 3,
      annotationsUpdated: 0,
      annotationsUnchanged: 0,
      readingPositions: 0,
      settingsRestored: true,
    });
    const list = await target.dispatch('annotations:list', {});
    expect(list.ok && (list.value as Array<{ note: string }>).map((a) => a.note)).toEqual([
      '',
      '笔记',
      'a note',
    ]);
    expect(await target.dispatch('settings:get', {})).toMatchObject({
      value: { theme: 'dark', fontSize: 24 },
    });

    const dataFile = path.join(dataDir, 'yuedu-data.json');
    const before = readFileSync(dataFile);
    const againIo = captureIo(work);
    await restoreCommand(target, againIo, false, file);
    expect(againIo.out).toBe(
      'Restored: 0 highlights added, 0 updated, 3 already up to date, 0 reading positions restored.\n',
    );
    expect(readFileSync(dataFile).equals(before)).toBe(true);
  });

  it('names the backup after the date when --out is not given', async () => {
    const { yuedu } = await openForCommand();
    const work = tempDir('work');
    const io = captureIo(work);
    await backupCommand(yuedu, io, false, undefined);
    expect(io.out).toMatch(
      /^Backed up 0 highlights, settings and reading positions to .+yuedu-backup-\d{4}-\d{2}-\d{2}-\d{4}\.json\.\n$/,
    );
  });

  it('refuses a file that is not a backup with one line, changing nothing', async () => {
    const { yuedu, dataDir } = await openForCommand();
    await highlightSome(yuedu);
    const dataFile = path.join(dataDir, 'yuedu-data.json');
    const before = readFileSync(dataFile);
    const work = tempDir('work');
    writeFileSync(path.join(work, 'notes.md'), '# not a backup\n');
    writeFileSync(path.join(work, 'data.json'), readFileSync(dataFile));

    for (const [file, message] of [
      ['notes.md', 'This file is not a Yuedu backup. It is not valid JSON.'],
      ['data.json', 'This file is not a Yuedu backup.'],
      [
        'missing.json',
        `Could not read ${path.join(work, 'missing.json')}: ENOENT. Nothing was changed.`,
      ],
    ] as const) {
      const failure = restoreCommand(yuedu, captureIo(work), true, file);
      await expect(failure).rejects.toThrow(CommandError);
      await expect(failure).rejects.toThrow(message);
      expect(message).not.toContain('\n');
    }
    expect(readFileSync(dataFile).equals(before)).toBe(true);
  });
});
