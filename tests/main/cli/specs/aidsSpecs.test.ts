import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../../../main/cli/parseCommandLine';

describe('the reading-aid commands on the command line', () => {
  it('reads lookup, pinyin and show --pinyin', () => {
    expect(parseCommandLine(['lookup', '银行', '--json']).line).toEqual({
      command: 'lookup',
      word: '银行',
    });
    expect(parseCommandLine(['pinyin', '我去', '银行']).line).toEqual({
      command: 'pinyin',
      text: '我去 银行',
    });
    expect(parseCommandLine(['show', 'some-id', '--pinyin']).line).toEqual({
      command: 'show',
      id: 'some-id',
      pinyin: true,
    });
  });

  it('reads every vocab action', () => {
    expect(parseCommandLine(['vocab', 'add', '大湾区', '--article', 'a1']).line).toEqual({
      command: 'vocab',
      action: 'add',
      word: '大湾区',
      articleId: 'a1',
    });
    expect(parseCommandLine(['vocab', 'list', '--json']).line).toEqual({
      command: 'vocab',
      action: 'list',
    });
    expect(
      parseCommandLine(['vocab', 'export', '--format', 'anki', '--out', 'v.txt']).line,
    ).toEqual({ command: 'vocab', action: 'export', format: 'anki', out: 'v.txt' });
    expect(parseCommandLine(['vocab', 'export']).line).toMatchObject({ format: 'markdown' });
  });

  it('says what is missing or wrong', () => {
    expect(() => parseCommandLine(['lookup'])).toThrow(/needs a word/);
    expect(() => parseCommandLine(['pinyin', ' '])).toThrow(/needs a text/);
    expect(() => parseCommandLine(['vocab'])).toThrow(/add, list, export, remove/);
    expect(() => parseCommandLine(['vocab', 'add', '大湾区'])).toThrow(/--article ID/);
    expect(() => parseCommandLine(['vocab', 'export', '--format', 'csv'])).toThrow(
      /markdown, anki/,
    );
  });
});
