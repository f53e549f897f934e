import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../main/cli/cliErrors';
import { parseCommandLine } from '../../../main/cli/parseCommandLine';

describe('parseCommandLine', () => {
  it('reads global options before or after the command', () => {
    expect(parseCommandLine(['--data-dir', '/d', 'list', '--json'])).toEqual({
      line: { command: 'list' },
      global: { dataDir: '/d', json: true },
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

  it('joins the words of a search query and reads --limit', () => {
    expect(parseCommandLine(['search', '大湾区', '发展', '--limit', '3']).line).toEqual({
      command: 'search',
      query: '大湾区 发展',
      limit: 3,
    });
  });

  it('defaults a highlight to yellow with an empty note', () => {
    expect(parseCommandLine(['highlight', 'a1', '--quote', '大湾区']).line).toEqual({
      command: 'highlight',
      articleId: 'a1',
      quote: '大湾区',
      color: 'yellow',
      note: '',
    });
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

  it('shows help when no command is given', () => {
    expect(parseCommandLine([]).line).toEqual({ command: 'help' });
    expect(parseCommandLine(['--help']).line).toEqual({ command: 'help' });
  });

  const mistakes: Array<[string, string[], RegExp]> = [
    ['an unknown command', ['frobnicate'], /Unknown command "frobnicate"/],
    ['an unknown option', ['list', '--colour', 'x'], /colour/],
    [
      'an option the command does not take',
      ['list', '--limit', '3'],
      /"list" does not take --limit/,
    ],
    ['a missing article id', ['show'], /needs an article id/],
    ['a missing quote', ['highlight', 'a1'], /needs --quote/],
    [
      'an unknown colour',
      ['highlight', 'a1', '--quote', 'x', '--color', 'red'],
      /--color must be one of/,
    ],
    ['a non-numeric limit', ['search', 'x', '--limit', 'ten'], /--limit must be a whole number/],
    ['a zero limit', ['search', 'x', '--limit', '0'], /at least 1/],
    ['an unknown export format', ['export', '--format', 'pdf'], /only "markdown"/],
    ['a port out of range', ['serve', '--port', '70000'], /--port must be/],
    ['an unknown language', ['serve', '--lang', 'fr'], /--lang must be one of/],
    ['an extra argument', ['show', 'a', 'b'], /Unexpected argument "b"/],
  ];

  it.each(mistakes)('refuses %s with a usage error', (_what, argv, message) => {
    expect(() => parseCommandLine(argv)).toThrow(UsageError);
    expect(() => parseCommandLine(argv)).toThrow(message);
  });
});
