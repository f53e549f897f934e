import { BACKUP_FILE_MAX_BYTES, formatMegabytes } from '../../../shared/limits';
import { defineCommand, expectArguments, text } from '../commandSpec';

export const backupSpec = defineCommand({
  name: 'backup',
  usage: '[--out FILE]',
  summary: 'Save every highlight, note, reading position and setting to one file.',
  details: `Writes one JSON file (W3C Web Annotations inside) with everything you made; by default
yuedu-backup-<date>-<time>.json in the current folder. The file is written completely or not at
all. With --json, { path, annotations }.`,
  options: [
    {
      name: 'out',
      value: { placeholder: 'FILE', what: 'a file name' },
      description: 'Where to write the backup.',
    },
  ],
  examples: ['yuedu backup', 'yuedu backup --out ~/yuedu-backup.json'],
  parse: (args) => {
    expectArguments('backup', args.positionals, { min: 0, max: 0, what: 'no arguments' });
    return { command: 'backup' as const, out: text(args, 'out') };
  },
});

export const restoreSpec = defineCommand({
  name: 'restore',
  usage: '<file>',
  summary: 'Merge a backup back in; restoring twice changes nothing.',
  details: `Merges a file made by "yuedu backup" (or Back up everything in the app): highlights by id,
the later change winning; settings; the later reading position. A file that is not a Yuedu
backup, or is larger than ${formatMegabytes(BACKUP_FILE_MAX_BYTES)}, is refused and nothing changes. With --json,
{ annotationsAdded, annotationsUpdated, annotationsUnchanged, readingPositions, settingsRestored }.`,
  options: [],
  examples: ['yuedu restore yuedu-backup-2026-11-26-1200.json'],
  parse: ({ positionals }) => {
    expectArguments('restore', positionals, { min: 1, max: 1, what: 'a backup file' });
    return { command: 'restore' as const, file: positionals[0]! };
  },
});
