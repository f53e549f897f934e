import { HIGHLIGHT_COLORS } from '../../../shared/model/annotation';
import { memberOption } from './groupSpecs';
import { defineCommand, expectArguments, oneOf, text, texts } from '../commandSpec';
import { UsageError } from '../cliErrors';

export const highlightSpec = defineCommand({
  name: 'highlight',
  usage:
    '<id> --quote TEXT [--color C] [--note TEXT] [--private|--shared] | <id> --from FILE [--color C] | --delete ANNOTATION_ID',
  summary: 'Highlight a passage of an article, optionally with a note; or delete your highlight.',
  details: `Highlights the first occurrence of TEXT in the article. A quote that is not in the article
is an error and writes nothing. With --json, the new highlight as "yuedu notes --json" shows it.
--from reads another tool's W3C annotation file (Thorium's, Hypothesis's JSON: each highlight a
TextQuoteSelector) and adds its highlights and notes to the article as yours, found by quote and
context; what is already there is not added again. With --json, { imported, alreadyHere,
skipped: [{ quote, reason }] }.
--delete removes one of your own highlights with its note (the study group's copies go at the
next publish); another member's highlight is refused. With --json, { id }.`,
  options: [
    {
      name: 'quote',
      value: { placeholder: 'TEXT', what: 'the passage to highlight' },
      description: 'The passage to highlight, exactly as it appears in the article.',
    },
    {
      name: 'color',
      aliases: ['colour'],
      value: { placeholder: 'C', what: 'a colour' },
      description: `The colour: ${HIGHLIGHT_COLORS.join(', ')} (default yellow); --colour works too.`,
    },
    {
      name: 'note',
      value: { placeholder: 'TEXT', what: 'the text of the note', mayBeEmpty: true },
      description: 'A note to keep with the highlight.',
    },
    { name: 'private', description: 'Keep it on this machine: never shared with the study group.' },
    { name: 'shared', description: 'Share it with the study group (the default unless changed).' },
    {
      name: 'from',
      value: { placeholder: 'FILE', what: 'a W3C annotation file' },
      description: "Add the highlights and notes of another tool's W3C annotation file.",
    },
    {
      name: 'delete',
      value: { placeholder: 'ANNOTATION_ID', what: 'a highlight id' },
      description: 'Delete your own highlight (its id from "yuedu notes --json").',
    },
  ],
  examples: [
    'yuedu highlight greater-bay-area-friends --quote 大湾区',
    'yuedu highlight ciie-opening-up --quote 进博会 --colour green --note "我的笔记"',
    'yuedu highlight greater-bay-area-friends --from hypothesis-export.json',
    'yuedu highlight --delete 911eadd2-0087-4f72-879e-5330c6b4d494',
  ],
  parse: (args) => {
    const remove = text(args, 'delete');
    if (remove !== undefined) {
      expectArguments('highlight', args.positionals, { min: 0, max: 0, what: 'no article id' });
      const extra = ['quote', 'color', 'note', 'private', 'shared', 'from'].find(
        (name) => args.options[name] !== undefined,
      );
      if (extra !== undefined)
        throw new UsageError(`"highlight --delete" takes no --${extra}.`, 'highlight');
      return { command: 'highlight' as const, action: 'delete' as const, annotationId: remove };
    }
    expectArguments('highlight', args.positionals, { min: 1, max: 1, what: 'an article id' });
    const from = text(args, 'from');
    if (from !== undefined) {
      const extra = ['quote', 'note', 'private', 'shared'].find(
        (name) => args.options[name] !== undefined,
      );
      if (extra !== undefined)
        throw new UsageError(`"highlight --from" takes no --${extra}.`, 'highlight');
      const chosen = text(args, 'color');
      return {
        command: 'highlight' as const,
        action: 'import' as const,
        articleId: args.positionals[0]!,
        file: from,
        ...(chosen === undefined
          ? {}
          : { color: oneOf('highlight', 'color', chosen, HIGHLIGHT_COLORS) }),
      };
    }
    const quote = text(args, 'quote');
    if (quote === undefined) {
      throw new UsageError(
        '"highlight" needs --quote TEXT: the passage to highlight.',
        'highlight',
      );
    }
    const color = oneOf('highlight', 'color', text(args, 'color') ?? 'yellow', HIGHLIGHT_COLORS);
    if (args.options.private === true && args.options.shared === true) {
      throw new UsageError('Give --private or --shared, not both.', 'highlight');
    }
    const sharing = args.options.private
      ? ('private' as const)
      : args.options.shared
        ? ('shared' as const)
        : undefined;
    return {
      sharing,
      command: 'highlight' as const,
      articleId: args.positionals[0]!,
      quote,
      color,
      note: text(args, 'note') ?? '',
    };
  },
});

export const notesSpec = defineCommand({
  name: 'notes',
  usage: '[--article ID] [--member ID|me|all]',
  summary: 'List highlights and notes in reading order.',
  details: `Lists every highlight with its colour and note, article by article in reading order, with
your study group's (unless --member me) and each one's replies. Highlights whose text is gone
from the article are marked "(orphaned)" and listed after the others. With --json,
[{ id, articleId, state, quote, color, note, start, end, created, modified, creator: { id, name },
mine, sharing, replies }], where state is "anchored" or "orphaned".`,
  options: [
    {
      name: 'article',
      value: { placeholder: 'ID', what: 'an article id' },
      description: "Only this article's highlights.",
    },
    memberOption,
  ],
  examples: ['yuedu notes', 'yuedu notes --article greater-bay-area-friends --member all --json'],
  parse: (args) => {
    expectArguments('notes', args.positionals, { min: 0, max: 0, what: 'no arguments' });
    return {
      command: 'notes' as const,
      articleId: text(args, 'article'),
      member: text(args, 'member') ?? 'all',
    };
  },
});

export const exportSpec = defineCommand({
  name: 'export',
  usage: '[--format markdown] [--article ID] [--group [--member ID,ID…|me|all]…] [--out FILE]',
  summary: 'Export highlights and notes as Markdown.',
  details: `Writes the highlights and notes of every article (or of one) as Markdown for Obsidian,
Logseq or plain files, to standard output or to FILE. Notes are escaped, so they never turn into
Markdown structure, HTML or terminal control sequences. With --group, the study group's
discussion instead: each highlight under its member's name, with every reply nested under it;
--member chooses whose highlights (yours, "all" members' (the default), or member ids separated
by commas or given by repeating --member; "me" among them means yours).`,
  options: [
    {
      name: 'format',
      value: { placeholder: 'F', what: 'a format' },
      description: 'The format; only markdown, the default.',
    },
    {
      name: 'article',
      value: { placeholder: 'ID', what: 'an article id' },
      description: "Only this article's notes.",
    },
    { name: 'group', description: "The study group's highlights and replies, by member." },
    {
      name: 'member',
      value: { placeholder: 'ID', what: 'member ids, "me" or "all"' },
      repeats: true,
      description: 'With --group: "me", "all", or member ids separated by commas; may repeat.',
    },
    {
      name: 'out',
      value: { placeholder: 'FILE', what: 'a file name' },
      description: 'Write to FILE instead of standard output.',
    },
  ],
  examples: [
    'yuedu export',
    'yuedu export --article ciie-opening-up --out notes.md',
    'yuedu export --group --member all --out group.md',
  ],
  parse: (args) => {
    expectArguments('export', args.positionals, { min: 0, max: 0, what: 'no arguments' });
    oneOf('export', 'format', text(args, 'format') ?? 'markdown', ['markdown']);
    const group = args.options['group'] === true;
    const member = texts(args, 'member');
    if (member.length > 0 && !group) {
      throw new UsageError('"export --member" goes with --group.', 'export');
    }
    return {
      command: 'export' as const,
      articleId: text(args, 'article'),
      out: text(args, 'out'),
      ...(group ? { members: memberChoice(member.length > 0 ? member : ['all']) } : {}),
    };
  },
});

/** `me`, `all`, or member ids (and `me`), from every --member, each maybe comma-separated. */
function memberChoice(given: readonly string[]): 'me' | 'all' | string[] {
  if (given.length === 1 && (given[0] === 'me' || given[0] === 'all')) return given[0];
  const ids = given.flatMap((raw) =>
    raw
      .split(',')
      .map((id) => id.trim())
      .filter((id) => id !== ''),
  );
  if (ids.length === 0) throw new UsageError('"export --member" needs a member id.', 'export');
  if (ids.includes('all')) {
    throw new UsageError('"--member all" already means every member; give it alone.', 'export');
  }
  return [...new Set(ids)];
}
