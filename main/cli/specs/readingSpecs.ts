import { SEARCH_LIMIT_MAX } from '../../../shared/limits';
import { defineCommand, expectArguments, text, wholeNumber } from '../commandSpec';
import { UsageError } from '../cliErrors';

export const listSpec = defineCommand({
  name: 'list',
  usage: '',
  summary: 'List the articles in the library.',
  details: `Prints one line per article: its id, its title and its length. With --json, an array of
{ id, title, chars, blocks, paragraphs }: "blocks" counts every block (headings, bylines,
captions and paragraphs), "paragraphs" only the paragraphs.`,
  options: [],
  examples: ['yuedu list', 'yuedu list --json'],
  parse: ({ positionals }) => {
    expectArguments('list', positionals, { min: 0, max: 0, what: 'no arguments' });
    return { command: 'list' as const };
  },
});

export const showSpec = defineCommand({
  name: 'show',
  usage: '<id> [--pinyin]',
  summary: "Print an article's text, block by block.",
  details: `Prints the title, the source and every block of the article. With --json,
{ id, title, source, blocks: [{ kind, text, start, end }] }, where kind is heading, byline,
caption or paragraph, and start/end are the block's offsets in the article's text (the offsets
highlights use). With --pinyin, each block's pinyin (read in context) comes on the line above
it; with --json too, each block also has "pinyin": [{ offset, char, pinyin, pinyinNumbers, tone }]
with offsets in the article's text.`,
  options: [{ name: 'pinyin', description: "Show each block's pinyin above it." }],
  examples: [
    'yuedu show greater-bay-area-friends',
    'yuedu show greater-bay-area-friends --json',
    'yuedu show greater-bay-area-friends --pinyin',
  ],
  parse: (args) => {
    expectArguments('show', args.positionals, { min: 1, max: 1, what: 'an article id' });
    return {
      command: 'show' as const,
      id: args.positionals[0]!,
      pinyin: args.options['pinyin'] === true,
    };
  },
});

export const searchSpec = defineCommand({
  name: 'search',
  usage: '<query> [--limit N]',
  summary: 'Search every article; matches are marked.',
  details: `Best matches first. Each result shows how many times the query occurs in the article and
a snippet with every match marked (highlighted on a terminal, in 【】 otherwise). Words separated
by spaces must all occur; "quoted phrases" are matched as written. With --json,
[{ articleId, title, score, hits, snippet, marks }], where marks are [start, end] offsets into
the snippet.`,
  options: [
    {
      name: 'limit',
      value: { placeholder: 'N', what: 'a number of results' },
      description: `Show at most N results, from 1 to ${SEARCH_LIMIT_MAX} (default 20).`,
    },
  ],
  examples: ['yuedu search 大湾区', 'yuedu search 开放 创新 --limit 5 --json'],
  parse: (args) => {
    const query = args.positionals.join(' ');
    if (query.trim() === '') {
      throw new UsageError('"search" needs a query: the words to look for.', 'search');
    }
    const raw = text(args, 'limit');
    const limit =
      raw === undefined
        ? undefined
        : wholeNumber('search', 'limit', raw, { min: 1, max: SEARCH_LIMIT_MAX });
    return { command: 'search' as const, query, limit };
  },
});
