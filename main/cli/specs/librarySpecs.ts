import { formatMegabytes, IMPORT_FILE_MAX_BYTES } from '../../../shared/limits';
import { defineCommand, expectArguments } from '../commandSpec';

export const importSpec = defineCommand({
  name: 'import',
  usage: '<path>...',
  summary: 'Add .txt and .md files, or folders of them, to the library.',
  details: `Imports each file, and every .txt, .md and .markdown file in each folder (recursively).
Files are split into articles like the bundled ones; UTF-8, UTF-16 and GB18030 are read. A file
that is empty, binary, in another encoding, larger than ${formatMegabytes(IMPORT_FILE_MAX_BYTES)}, or already in the library is
skipped with the reason. Fails (status 1) only when nothing could be imported. With --json,
{ added: [{ id, title, chars, blocks, paragraphs }], skipped: [{ name, reason }] }.`,
  options: [],
  examples: ['yuedu import 文章.txt', 'yuedu import ~/Documents/articles --json'],
  parse: ({ positionals }) => {
    expectArguments('import', positionals, {
      min: 1,
      max: Infinity,
      what: 'at least one file or folder',
    });
    return { command: 'import' as const, paths: [...positionals] };
  },
});

export const removeSpec = defineCommand({
  name: 'remove',
  usage: '<id>',
  summary: 'Remove an imported article (its highlights are kept).',
  details: `Removes an article you imported. Its highlights stay in your data and come back if you
import the same text again. Bundled articles cannot be removed.`,
  options: [],
  examples: ['yuedu remove a-0123456789ab'],
  parse: ({ positionals }) => {
    expectArguments('remove', positionals, { min: 1, max: 1, what: 'an article id' });
    return { command: 'remove' as const, id: positionals[0]! };
  },
});
