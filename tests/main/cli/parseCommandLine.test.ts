import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../main/cli/cliErrors';
import { parseCommandLine } from '../../../main/cli/parseCommandLine';
import { COMMAND_SPECS, GLOBAL_OPTIONS } from '../../../main/cli/specs';

/** The message of the UsageError that parsing `argv` throws. */
function mistake(argv: string[]): UsageError {
  try {
    parseCommandLine(argv);
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error(`${JSON.stringify(argv)} was accepted`);
}

describe('parseCommandLine', () => {
  it('reads global options before or after the command', () => {
    expect(parseCommandLine(['--data-dir', '/d', 'list', '--json'])).toEqual({
      line: { command: 'list' },
      global: { dataDir: '/d', seedsDir: undefined, json: true },
    });
  });

  it('reads --seeds-dir as a global option for any command, and refuses an empty one', () => {
    expect(parseCommandLine(['notes', '--seeds-dir', 'corpus-v2', '--json']).global).toEqual({
      dataDir: undefined,
      seedsDir: 'corpus-v2',
      json: true,
    });
    expect(parseCommandLine(['--seeds-dir=/srv/语料', 'serve']).global.seedsDir).toBe('/srv/语料');
    expect(() => parseCommandLine(['--seeds-dir=', 'list'])).toThrow(UsageError);
  });

  it('refuses an empty or blank --data-dir instead of using the current folder', () => {
    for (const argv of [
      ['--data-dir', '', 'list'],
      ['--data-dir=', 'list'],
      ['list', '--data-dir', '  '],
    ]) {
      expect(mistake(argv).message).toBe('--data-dir needs a folder, not an empty value.');
    }
  });

  it('joins the words of a search query and reads --limit', () => {
    expect(parseCommandLine(['search', '大湾区', '发展', '--limit', '3']).line).toEqual({
      command: 'search',
      query: '大湾区 发展',
      limit: 3,
    });
    expect(parseCommandLine(['search', '--limit=100', '--', '-x']).line).toEqual({
      command: 'search',
      query: '-x',
      limit: 100,
    });
  });

  it('defaults a highlight to yellow with an empty note, and takes --colour for --color', () => {
    expect(parseCommandLine(['highlight', 'a1', '--quote', '大湾区']).line).toEqual({
      command: 'highlight',
      articleId: 'a1',
      quote: '大湾区',
      color: 'yellow',
      note: '',
    });
    expect(parseCommandLine(['highlight', 'a1', '--quote', 'x', '--colour', 'green']).line).toEqual(
      expect.objectContaining({ color: 'green' }),
    );
    expect(
      parseCommandLine(['highlight', 'a1', '--quote=x', '--note=-列表项', '--color=pink']).line,
    ).toEqual(expect.objectContaining({ note: '-列表项', color: 'pink' }));
  });

  it('reads backup and restore', () => {
    expect(parseCommandLine(['backup', '--out', 'b.json']).line).toEqual({
      command: 'backup',
      out: 'b.json',
    });
    expect(parseCommandLine(['restore', 'b.json']).line).toEqual({
      command: 'restore',
      file: 'b.json',
    });
    expect(() => parseCommandLine(['restore'])).toThrow(/needs a backup file/);
  });

  it('reads import paths and a remove id', () => {
    expect(parseCommandLine(['import', 'a.txt', 'dir']).line).toEqual({
      command: 'import',
      paths: ['a.txt', 'dir'],
    });
    expect(parseCommandLine(['remove', 'a-0123456789ab']).line).toEqual({
      command: 'remove',
      id: 'a-0123456789ab',
    });
    expect(() => parseCommandLine(['import'])).toThrow(/at least one file or folder/);
  });

  it('shows the general help when no command is given', () => {
    expect(parseCommandLine([]).line).toEqual({ command: 'help' });
    expect(parseCommandLine(['--help']).line).toEqual({ command: 'help' });
    expect(parseCommandLine(['help']).line).toEqual({ command: 'help' });
    expect(parseCommandLine(['help', 'help']).line).toEqual({ command: 'help' });
  });

  it("asks for one command's help with --help, -h or help <command>, whatever else is typed", () => {
    for (const argv of [
      ['search', '--help'],
      ['search', '-h'],
      ['help', 'search'],
      ['--json', 'search', '--bogus', '--help'],
      ['search', '--limit', 'abc', '-h'],
    ]) {
      expect(parseCommandLine(argv).line).toEqual({ command: 'help', topic: 'search' });
    }
    expect(mistake(['help', 'frobnicate']).message).toBe('There is no command "frobnicate".');
    expect(mistake(['frobnicate', '--help']).message).toBe('There is no command "frobnicate".');
  });

  const mistakes: Array<[string, string[], string]> = [
    ['an unknown command', ['frobnicate'], 'There is no command "frobnicate".'],
    ['an unknown option', ['list', '--bogus'], 'There is no option --bogus.'],
    ['an unknown short option', ['list', '-x'], 'There is no option -x.'],
    ['a missing option value', ['list', '--data-dir'], '--data-dir needs a folder.'],
    [
      'an option value that looks like an option',
      ['highlight', 'a1', '--quote', '--json'],
      '--quote needs the passage to highlight; to give one that starts with "-", write --quote=--json.',
    ],
    ['a value for a flag', ['list', '--json=yes'], '--json takes no value.'],
    [
      'an option the command does not take',
      ['list', '--limit', '3'],
      '"list" does not take --limit.',
    ],
    ['a missing article id', ['show'], '"show" needs an article id.'],
    [
      'an extra argument',
      ['show', 'a', 'b'],
      'Unexpected argument "b": "show" takes only an article id.',
    ],
    ['an argument to list', ['list', 'x'], 'Unexpected argument "x": "list" takes no arguments.'],
    ['a missing query', ['search'], '"search" needs a query: the words to look for.'],
    ['an empty query', ['search', ''], '"search" needs a query: the words to look for.'],
    ['a blank query', ['search', '  ', ' '], '"search" needs a query: the words to look for.'],
    [
      'a non-numeric limit',
      ['search', 'x', '--limit', 'abc'],
      '--limit must be a whole number from 1 to 100, not "abc".',
    ],
    [
      'a zero limit',
      ['search', 'x', '--limit', '0'],
      '--limit must be a whole number from 1 to 100, not "0".',
    ],
    [
      'a limit over the maximum',
      ['search', 'x', '--limit', '101'],
      '--limit must be a whole number from 1 to 100, not "101".',
    ],
    [
      'a missing quote',
      ['highlight', 'a1'],
      '"highlight" needs --quote TEXT: the passage to highlight.',
    ],
    [
      'an unknown colour',
      ['highlight', 'a1', '--quote', 'x', '--colour', 'red'],
      '--color must be one of yellow, green, blue, pink, not "red".',
    ],
    [
      'an unknown export format',
      ['export', '--format', 'pdf'],
      '--format must be markdown, not "pdf".',
    ],
    [
      'a port out of range',
      ['serve', '--port', '70000'],
      '--port must be a whole number from 0 to 65535, not "70000".',
    ],
    ['an unknown language', ['serve', '--lang', 'fr'], '--lang must be one of en, zh, not "fr".'],
  ];

  it.each(mistakes)('refuses %s with a sentence of its own', (_what, argv, message) => {
    expect(mistake(argv).message).toBe(message);
  });

  it('words every refusal as one sentence with a full stop and balanced quotes, never in Node’s words', () => {
    for (const [, argv] of mistakes) {
      const { message } = mistake(argv);
      expect(message).toMatch(/^[^\n]+\.$/);
      expect((message.match(/"/g) ?? []).length % 2).toBe(0);
      expect(message).not.toMatch(/ERR_PARSE_ARGS|Option '|To specify a positional/);
    }
  });

  it('names the command whose help the hint should point to', () => {
    expect(mistake(['search', 'x', '--limit', 'abc']).command).toBe('search');
    expect(mistake(['list', '--bogus']).command).toBe('list');
    expect(mistake(['frobnicate']).command).toBeUndefined();
  });
});

describe('the command specs', () => {
  it('give each option one meaning everywhere, so the parser can read it before the command', () => {
    const arity = new Map<string, boolean>();
    for (const option of [...GLOBAL_OPTIONS, ...COMMAND_SPECS.flatMap((spec) => spec.options)]) {
      for (const name of [option.name, ...(option.aliases ?? [])]) {
        const takesValue = option.value !== undefined;
        expect(arity.get(name) ?? takesValue, `--${name}`).toBe(takesValue);
        arity.set(name, takesValue);
      }
    }
  });

  it('describe every command with a summary, details and an example that parses', () => {
    const names = COMMAND_SPECS.map((spec) => spec.name);
    expect(new Set(names).size).toBe(names.length);
    for (const spec of COMMAND_SPECS) {
      expect(spec.summary).toMatch(/\.$/);
      expect(spec.details.length).toBeGreaterThan(20);
      expect(spec.examples.length).toBeGreaterThan(0);
      for (const example of spec.examples) {
        const argv = example
          .split(' ')
          .slice(1)
          .map((word) => word.replace(/^"|"$/g, ''));
        expect(parseCommandLine(argv).line.command, example).toBe(spec.name);
      }
    }
  });
});
