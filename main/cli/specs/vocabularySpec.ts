import { defineCommand, expectArguments, oneOf, text } from '../commandSpec';
import { UsageError } from '../cliErrors';

const ACTIONS = ['add', 'list', 'export', 'remove'] as const;

export const vocabSpec = defineCommand({
  name: 'vocab',
  usage:
    'add <word> --article ID | list | export --format markdown|anki [--out FILE] | remove <id>',
  summary:
    'Keep a vocabulary of dictionary words found in articles; export it for Obsidian or Anki.',
  details: `"vocab add WORD --article ID" saves WORD with its pinyin, its first dictionary definition,
the sentence of the article it is found in and a link back; a word that is no dictionary word or
not in the article is refused. "vocab list" lists the saved words, newest first. "vocab export"
writes them as a Markdown table (--format markdown, the default) or as a tab-separated file that
Anki imports (--format anki: front, back, sentence, tags). "vocab remove ID" forgets one word.
With --json, add prints the saved word and list an array of
{ id, word, traditional, pinyin, definitions, sentence, articleId, offset, added }.`,
  options: [
    {
      name: 'article',
      value: { placeholder: 'ID', what: 'an article id' },
      description: 'vocab add: the article the word was found in.',
    },
    {
      name: 'format',
      value: { placeholder: 'F', what: 'a format' },
      description: 'vocab export: markdown (the default) or anki.',
    },
    {
      name: 'out',
      value: { placeholder: 'FILE', what: 'a file name' },
      description: 'vocab export: write to FILE instead of standard output.',
    },
  ],
  examples: [
    'yuedu vocab add 大湾区 --article greater-bay-area-friends',
    'yuedu vocab list --json',
    'yuedu vocab export --format anki --out vocabulary.txt',
  ],
  parse: (args) => {
    const [action, ...rest] = args.positionals;
    if (action === undefined) {
      throw new UsageError(`"vocab" needs one of: ${ACTIONS.join(', ')}.`, 'vocab');
    }
    const chosen = oneOf('vocab', 'action', action, ACTIONS);
    if (chosen === 'add') {
      expectArguments('vocab add', rest, { min: 1, max: 1, what: 'a word' });
      const articleId = text(args, 'article');
      if (articleId === undefined) {
        throw new UsageError('"vocab add" needs --article ID: where the word was found.', 'vocab');
      }
      return { command: 'vocab' as const, action: 'add' as const, word: rest[0]!, articleId };
    }
    if (chosen === 'remove') {
      expectArguments('vocab remove', rest, { min: 1, max: 1, what: 'a word id' });
      return { command: 'vocab' as const, action: 'remove' as const, id: rest[0]! };
    }
    expectArguments(`vocab ${chosen}`, rest, { min: 0, max: 0, what: 'no more arguments' });
    if (chosen === 'list') return { command: 'vocab' as const, action: 'list' as const };
    const format = oneOf('vocab', 'format', text(args, 'format') ?? 'markdown', [
      'markdown',
      'anki',
    ] as const);
    return {
      command: 'vocab' as const,
      action: 'export' as const,
      format,
      out: text(args, 'out'),
    };
  },
});
