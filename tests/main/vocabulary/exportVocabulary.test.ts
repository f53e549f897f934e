import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import type { VocabularyEntry } from '../../../shared/model/vocabulary';
import { vocabularyAnki, vocabularyMarkdown } from '../../../main/vocabulary/exportVocabulary';

const entry = (change: Partial<VocabularyEntry> = {}): VocabularyEntry => ({
  id: 'v1',
  word: '银行',
  traditional: '銀行',
  pinyin: 'yín háng',
  definitions: ['bank', 'CL:家[jia1],個|个[ge4]'],
  sentence: '我去银行还钱。',
  articleId: 'money-matters',
  offset: 2,
  added: '2026-01-01T00:00:00.000Z',
  ...change,
});

const hostile = entry({
  id: 'v2',
  word: '行长',
  definitions: ['bank president | *boss*', 'line\nbreak\tand tab'],
  sentence: '行长说：“<b>好</b>”\n然后走了。',
});

describe('vocabulary as Markdown', () => {
  it('renders as one table row per word in a CommonMark renderer with tables', () => {
    const markdown = vocabularyMarkdown([entry(), hostile], () => '钱的故事');
    const md = new MarkdownIt();
    const tokens = md.parse(markdown, {});
    const bodyStart = tokens.findIndex((token) => token.type === 'tbody_open');
    const rows: string[][] = [];
    for (const token of tokens.slice(bodyStart)) {
      if (token.type === 'tr_open') rows.push([]);
      if (token.type === 'inline') rows.at(-1)!.push(token.content);
    }
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row).toHaveLength(5);
    const html = md.render(markdown);
    expect(html).toContain('<td>银行</td>');
    expect(html).toContain('<td>bank president | *boss*; line break and tab</td>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('<a href="yuedu://article/money-matters">钱的故事</a>');
  });
});

describe('vocabulary for Anki', () => {
  it('writes one note a line with front, back, sentence and tags separated by tabs', () => {
    const lines = vocabularyAnki([entry(), hostile]).trimEnd().split('\n');
    const headers = lines.filter((line) => line.startsWith('#'));
    expect(headers).toEqual(['#separator:tab', '#html:false', '#tags column:4']);
    const notes = lines.filter((line) => !line.startsWith('#'));
    expect(notes).toHaveLength(2);
    for (const note of notes) expect(note.split('\t')).toHaveLength(4);
    expect(notes[0]!.split('\t')).toEqual([
      '银行 (銀行)',
      'yín háng — bank; CL:家[jia1],個|个[ge4]',
      '我去银行还钱。',
      'yuedu money-matters',
    ]);
    expect(notes[1]!.split('\t')[2]).toBe('行长说：“<b>好</b>” 然后走了。');
  });
});
