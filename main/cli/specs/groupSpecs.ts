import { SHARING } from '../../../shared/model/group';
import { UsageError } from '../cliErrors';
import {
  defineCommand,
  expectArguments,
  oneOf,
  text,
  texts,
  type CommandArgs,
} from '../commandSpec';

/** `--member`, shared by the commands that pick whose annotations. */
export const memberOption = {
  name: 'member',
  value: { placeholder: 'ID', what: 'a member id, "me" or "all"' },
  description: 'Whose annotations: "me", "all", or one member id.',
};

export const whoamiSpec = defineCommand({
  name: 'whoami',
  usage: '',
  summary: 'Show your member id, display name and study group.',
  details: `Shows who this install is in a study group: the stable member id, the display name shown on
everything you write, the group folder (if any) and whether new highlights are shared.
With --json, { id, name, groupFolder, defaultSharing }.`,
  options: [],
  examples: ['yuedu whoami --json'],
  parse: ({ positionals }) => {
    expectArguments('whoami', positionals, { min: 0, max: 0, what: 'no arguments' });
    return { command: 'whoami' as const };
  },
});

export const configSpec = defineCommand({
  name: 'config',
  usage: 'name <NAME> | sharing <shared|private>',
  summary: 'Set your display name or whether new highlights are shared.',
  details: `"config name" sets the display name shown on your highlights, notes and replies; it changes
on everything you wrote, here and (at the next publish) in the group folder. "config sharing"
sets whether new highlights go to the study group (shared, the default) or stay on this
machine (private). With --json, the same as "yuedu whoami --json".`,
  options: [],
  examples: ['yuedu config name "王小明"', 'yuedu config sharing private'],
  parse: ({ positionals }) => {
    expectArguments('config', positionals, { min: 2, max: 2, what: 'a setting and its value' });
    const [key, value] = positionals as [string, string];
    if (key === 'name') return { command: 'config' as const, name: value };
    if (key === 'sharing')
      return {
        command: 'config' as const,
        defaultSharing: oneOf('config', 'sharing', value, SHARING),
      };
    throw new UsageError(`"config" sets "name" or "sharing", not "${key}".`, 'config');
  },
});

const GROUP_ACTIONS = ['use', 'status', 'refresh', 'leave'] as const;

export const groupSpec = defineCommand({
  name: 'group',
  usage: 'use <folder> | status | refresh | leave',
  summary: 'Read and discuss the same articles with a study group through a shared folder.',
  details: `"group use FOLDER" joins the group that shares FOLDER (synced by Syncthing, Dropbox, a USB
stick…): Yuedu writes your shared highlights and replies there as one file, and reads everyone
else's. "group refresh" reads the folder again and republishes yours; "group status" lists the
members and every file that was skipped and why (half-written files, sync conflict copies,
files from a newer Yuedu); "group leave" stops, removing nothing. With --json, the status:
{ me, folder, memberFile, published, members, files }.`,
  options: [],
  examples: [
    'yuedu group use ~/Sync/reading-group',
    'yuedu group status --json',
    'yuedu group refresh',
  ],
  parse: ({ positionals }) => {
    const action = positionals[0] as (typeof GROUP_ACTIONS)[number] | undefined;
    if (action === undefined || !GROUP_ACTIONS.includes(action)) {
      throw new UsageError(`"group" needs one of ${GROUP_ACTIONS.join(', ')}.`, 'group');
    }
    if (action === 'use') {
      expectArguments('group', positionals, { min: 2, max: 2, what: '"use" and a folder' });
      return { command: 'group' as const, action, folder: positionals[1]! };
    }
    expectArguments('group', positionals, { min: 1, max: 1, what: `"${action}"` });
    return { command: 'group' as const, action };
  },
});

export const replySpec = defineCommand({
  name: 'reply',
  usage: '<annotation-id> --text TEXT | --edit REPLY_ID --text TEXT | --delete REPLY_ID',
  summary: "Reply to a highlight or note, yours or another member's; edit or delete your replies.",
  details: `Adds a reply (a W3C annotation with motivation "replying") to the highlight; it reaches the
group with your next publish. --edit changes the text of one of your own replies, --delete
removes one (the group's copies go at the next publish); other members' replies are refused.
With --json, { id, annotationId, creator, created, modified, text } ({ id } for --delete).`,
  options: [
    {
      name: 'text',
      value: { placeholder: 'TEXT', what: 'the text of the reply' },
      description: 'What you reply.',
    },
    {
      name: 'edit',
      value: { placeholder: 'REPLY_ID', what: 'a reply id' },
      description: 'Change the text of your own reply.',
    },
    {
      name: 'delete',
      value: { placeholder: 'REPLY_ID', what: 'a reply id' },
      description: 'Delete your own reply.',
    },
  ],
  examples: [
    'yuedu reply 911eadd2-0087-4f72-879e-5330c6b4d494 --text 我也这么想',
    'yuedu reply --edit 3f1c2b7e-5d4a-4e8b-9c1d-2a3b4c5d6e7f --text 我同意',
    'yuedu reply --delete 3f1c2b7e-5d4a-4e8b-9c1d-2a3b4c5d6e7f',
  ],
  parse: (args) => {
    const edit = text(args, 'edit');
    const remove = text(args, 'delete');
    const replyText = text(args, 'text');
    if (edit !== undefined && remove !== undefined)
      throw new UsageError('"reply" takes --edit or --delete, not both.', 'reply');
    if (remove !== undefined) {
      expectArguments('reply', args.positionals, { min: 0, max: 0, what: 'no annotation id' });
      if (replyText !== undefined)
        throw new UsageError('"reply --delete" takes no --text.', 'reply');
      return { command: 'reply' as const, action: 'delete' as const, replyId: remove };
    }
    if (replyText === undefined) throw new UsageError('"reply" needs --text TEXT.', 'reply');
    if (edit !== undefined) {
      expectArguments('reply', args.positionals, { min: 0, max: 0, what: 'no annotation id' });
      return { command: 'reply' as const, action: 'edit' as const, replyId: edit, text: replyText };
    }
    expectArguments('reply', args.positionals, { min: 1, max: 1, what: 'an annotation id' });
    return {
      command: 'reply' as const,
      action: 'add' as const,
      annotationId: args.positionals[0]!,
      text: replyText,
    };
  },
});

function articleIds(args: CommandArgs): string[] {
  const listed = (text(args, 'article') ?? '').split(',').map((id) => id.trim());
  return [...listed, ...args.positionals.slice(1)].filter((id) => id !== '');
}

/** Whose highlights go in a pack: "all", or "me" and member ids from every --member. */
function packMembers(args: CommandArgs): 'all' | string[] {
  const given = texts(args, 'member').flatMap((value) =>
    value
      .split(',')
      .map((id) => id.trim())
      .filter((id) => id !== ''),
  );
  if (given.length === 0) return ['me'];
  if (!given.includes('all')) return [...new Set(given)];
  if (given.length > 1) {
    throw new UsageError('"--member all" already means every member; give it alone.', 'pack');
  }
  return 'all';
}

export const packSpec = defineCommand({
  name: 'pack',
  usage: 'export --article ID[,ID…] [--member ID|me|all]… --out FILE | import FILE [--dry-run]',
  summary: "Bundle articles' text with members' highlights and replies in one file, or import one.",
  details: `"pack export" writes one file with the chosen articles' text and the chosen members' shared
highlights and notes (yours by default; private ones never), each with all of its replies,
whoever wrote them. Repeat --member (or separate ids by commas) to choose several members:
--member me --member ID. "pack import" first says what the pack holds (members, articles,
new / updated / unchanged highlights and replies) and then merges it; with --dry-run it only
says. Importing the same pack twice changes nothing.`,
  options: [
    {
      name: 'article',
      value: { placeholder: 'ID', what: 'article ids' },
      description: 'The articles to pack, separated by commas (or listed after "export").',
    },
    {
      name: 'member',
      value: { placeholder: 'ID', what: 'a member id, "me" or "all"' },
      repeats: true,
      description: 'Whose highlights: "me" (the default), "all", or a member id; may repeat.',
    },
    {
      name: 'out',
      value: { placeholder: 'FILE', what: 'a file name' },
      description: 'Where to write the pack.',
    },
    { name: 'dry-run', description: 'Only say what importing would do.' },
  ],
  examples: [
    'yuedu pack export --article greater-bay-area-friends --member all --out week1.json',
    'yuedu pack export --article greater-bay-area-friends --member me --member 5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b --out week1.json',
    'yuedu pack import week1.json --dry-run --json',
  ],
  parse: (args) => {
    const action = args.positionals[0];
    if (action !== 'export' && action !== 'import') {
      throw new UsageError('"pack" needs "export" or "import".', 'pack');
    }
    if (action === 'import') {
      expectArguments('pack', args.positionals, {
        min: 2,
        max: 2,
        what: '"import" and a pack file',
      });
      return {
        command: 'pack' as const,
        action: 'import' as const,
        file: args.positionals[1]!,
        dryRun: args.options['dry-run'] === true,
      };
    }
    const ids = articleIds(args);
    if (ids.length === 0) throw new UsageError('"pack export" needs --article ID.', 'pack');
    const out = text(args, 'out');
    if (out === undefined) throw new UsageError('"pack export" needs --out FILE.', 'pack');
    return {
      command: 'pack' as const,
      action: 'export' as const,
      articleIds: ids,
      members: packMembers(args),
      out,
    };
  },
});
