import { parseArgs } from 'node:util';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../shared/model/annotation';
import { LANGUAGES, type Language } from '../../shared/model/settings';
import { UsageError } from './cliErrors';

export type CommandLine =
  | { command: 'help' }
  | { command: 'list' }
  | { command: 'show'; id: string }
  | { command: 'search'; query: string; limit: number | undefined }
  | { command: 'highlight'; articleId: string; quote: string; color: HighlightColor; note: string }
  | { command: 'notes'; articleId: string | undefined }
  | { command: 'export'; articleId: string | undefined; out: string | undefined }
  | { command: 'serve'; port: number; lang: Language | undefined }
  | { command: 'backup'; out: string | undefined }
  | { command: 'restore'; file: string }
  | { command: 'import'; paths: string[] }
  | { command: 'remove'; id: string };

export interface GlobalOptions {
  dataDir: string | undefined;
  /** Another version of the corpus to read instead of the bundled seeds. */
  seedsDir: string | undefined;
  json: boolean;
}

const OPTIONS = {
  'data-dir': { type: 'string' },
  'seeds-dir': { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  limit: { type: 'string' },
  quote: { type: 'string' },
  color: { type: 'string' },
  note: { type: 'string' },
  article: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  port: { type: 'string' },
  lang: { type: 'string' },
} as const;

const COMMAND_OPTIONS: Record<Exclude<CommandLine['command'], 'help'>, readonly string[]> = {
  list: [],
  show: [],
  search: ['limit'],
  highlight: ['quote', 'color', 'note'],
  notes: ['article'],
  export: ['format', 'article', 'out'],
  serve: ['port', 'lang'],
  backup: ['out'],
  restore: [],
  import: [],
  remove: [],
};

function positiveInteger(name: string, raw: string, max: number): number {
  if (!/^\d+$/.test(raw) || Number(raw) > max) {
    throw new UsageError(`--${name} must be a whole number from 0 to ${max}, not "${raw}".`);
  }
  return Number(raw);
}

/**
 * Turns argv into one typed command, refusing unknown commands, options that the command does not
 * take, and missing arguments, so that every command below can trust its input.
 */
export function parseCommandLine(argv: readonly string[]): {
  line: CommandLine;
  global: GlobalOptions;
} {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0] ?? 'Invalid arguments.');
  }
  const { values, positionals } = parsed;
  const global: GlobalOptions = {
    dataDir: values['data-dir'],
    seedsDir: values['seeds-dir'],
    json: values.json ?? false,
  };
  if (global.seedsDir === '') throw new UsageError('--seeds-dir needs a folder.');
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === 'help')
    return { line: { command: 'help' }, global };
  if (!(command in COMMAND_OPTIONS)) throw new UsageError(`Unknown command "${command}".`);
  const name = command as keyof typeof COMMAND_OPTIONS;
  for (const key of Object.keys(values)) {
    if (['data-dir', 'seeds-dir', 'json', 'help'].includes(key)) continue;
    if (!COMMAND_OPTIONS[name].includes(key))
      throw new UsageError(`"${name}" does not take --${key}.`);
  }
  const expectPositionals = (count: number, what: string) => {
    if (rest.length < count) throw new UsageError(`"${name}" needs ${what}.`);
    if (rest.length > count) throw new UsageError(`Unexpected argument "${rest[count]}".`);
  };

  switch (name) {
    case 'list':
      expectPositionals(0, 'no arguments');
      return { line: { command: 'list' }, global };
    case 'show':
      expectPositionals(1, 'an article id');
      return { line: { command: 'show', id: rest[0]! }, global };
    case 'search': {
      if (rest.length === 0) throw new UsageError('"search" needs a query.');
      const limit =
        values.limit === undefined ? undefined : positiveInteger('limit', values.limit, 100);
      if (limit === 0) throw new UsageError('--limit must be at least 1.');
      return { line: { command: 'search', query: rest.join(' '), limit }, global };
    }
    case 'highlight': {
      expectPositionals(1, 'an article id');
      if (values.quote === undefined || values.quote === '') {
        throw new UsageError('"highlight" needs --quote TEXT: the passage to highlight.');
      }
      const color = values.color ?? 'yellow';
      if (!(HIGHLIGHT_COLORS as readonly string[]).includes(color)) {
        throw new UsageError(
          `--color must be one of ${HIGHLIGHT_COLORS.join(', ')}, not "${color}".`,
        );
      }
      return {
        line: {
          command: 'highlight',
          articleId: rest[0]!,
          quote: values.quote,
          color: color as HighlightColor,
          note: values.note ?? '',
        },
        global,
      };
    }
    case 'notes':
      expectPositionals(0, 'no arguments');
      return { line: { command: 'notes', articleId: values.article }, global };
    case 'export':
      expectPositionals(0, 'no arguments');
      if ((values.format ?? 'markdown') !== 'markdown') {
        throw new UsageError(
          `Unknown export format "${values.format}"; only "markdown" is supported.`,
        );
      }
      return { line: { command: 'export', articleId: values.article, out: values.out }, global };
    case 'backup':
      expectPositionals(0, 'no arguments');
      return { line: { command: 'backup', out: values.out }, global };
    case 'restore':
      expectPositionals(1, 'a backup file');
      return { line: { command: 'restore', file: rest[0]! }, global };
    case 'import':
      if (rest.length === 0) throw new UsageError('"import" needs at least one file or folder.');
      return { line: { command: 'import', paths: rest }, global };
    case 'remove':
      expectPositionals(1, 'an article id');
      return { line: { command: 'remove', id: rest[0]! }, global };
    case 'serve': {
      expectPositionals(0, 'no arguments');
      if (values.lang !== undefined && !(LANGUAGES as readonly string[]).includes(values.lang)) {
        throw new UsageError(
          `--lang must be one of ${LANGUAGES.join(', ')}, not "${values.lang}".`,
        );
      }
      const port = values.port === undefined ? 0 : positiveInteger('port', values.port, 65535);
      return {
        line: { command: 'serve', port, lang: values.lang as Language | undefined },
        global,
      };
    }
  }
}
