import { describe, expect, it } from 'vitest';
import { escapeMarkdownText, escapeYamlString } from '../../../main/export/escape';
import {
  DANGEROUS_TEXTS,
  readLiteral,
  startsBlockStructure,
  unescapedSyntax,
} from './markdownChecks';

describe('escapeMarkdownText', () => {
  it.each(DANGEROUS_TEXTS)('renders %j literally with no structure or syntax left', (text) => {
    const escaped = escapeMarkdownText(text);
    expect(readLiteral(escaped)).toBe(text);
    expect(startsBlockStructure(escaped)).toBe(false);
    expect(unescapedSyntax(escaped)).toEqual([]);
    expect(escaped).not.toMatch(/<[a-z!/]/i);
  });

  it('escapes every line of multi-line text, normalising CR LF', () => {
    const text = '第一行\r\n# 第二行\r- 第三行\n1. 第四行';
    const escaped = escapeMarkdownText(text);
    const lines = escaped.split('\n');
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(startsBlockStructure(line)).toBe(false);
    expect(readLiteral(escaped)).toBe('第一行\n# 第二行\n- 第三行\n1. 第四行');
  });

  it('leaves Chinese text and full-width punctuation untouched', () => {
    const text = '“大湾区的发展成就令人赞叹”——彼得·赫利斯说：（开放、包容、创新）！？【】《》＃＊';
    expect(escapeMarkdownText(text)).toBe(text);
  });

  it('writes control characters as visible stand-ins, keeping tabs, line breaks, CJK and emoji', () => {
    const text = '响铃\u0007 \u001b[31m红字\u001b[0m\t空\u0000字\u007f \u0085 😀𠮷\n下一行';
    expect(escapeMarkdownText(text)).toBe('响铃␇ ␛\\[31m红字␛\\[0m\t空␀字␡ ⟨U+0085⟩ 😀𠮷\n下一行');
  });

  it('writes bidirectional overrides and isolates visibly, so a note cannot reverse the line', () => {
    expect(escapeMarkdownText('报告\u202egpj.exe \u2066隔离\u2069')).toBe(
      '报告⟨U+202E⟩gpj.exe ⟨U+2066⟩隔离⟨U+2069⟩',
    );
  });

  it('does not escape list-like numbers that are not list markers', () => {
    expect(escapeMarkdownText('2024.5 亿元')).toBe('2024.5 亿元');
    expect(escapeMarkdownText('增长5%')).toBe('增长5%');
  });
});

/** Characters that must not appear raw in a double-quoted YAML scalar on one line. */
function isRawUnsafeInYaml(char: string): boolean {
  const unit = char.charCodeAt(0);
  return (
    unit < 0x20 ||
    (unit >= 0x7f && unit <= 0x9f) ||
    (unit >= 0x202a && unit <= 0x202e) ||
    (unit >= 0x2066 && unit <= 0x2069) ||
    [0x2028, 0x2029, 0xfeff].includes(unit)
  );
}

describe('escapeYamlString', () => {
  it.each([
    ['plain Chinese', '我在湾区看世界'],
    ['colon and hash', '专访: 贺励平 #1'],
    ['double and single quotes', '他说"你好"，\'再见\''],
    ['newlines and tabs', '第一行\n第二行\r\n\t缩进'],
    ['YAML document markers', '---\n...\n---'],
    ['backslashes', 'C:\\新闻\\'],
    ['control characters and separators', 'a\u0000b\u0007c\u007fd\u0085e\u2028f\u2029g\ufeffh'],
    ['bidirectional overrides and isolates', '标题\u202egpj.exe\u2066x\u2069'],
    ['astral characters', '𠮷野家 😀'],
    ['leading YAML indicators', '- [a] {b} & *c ! | > % @ `'],
  ])('quotes %s so the value reads back exactly', (_name, value) => {
    const yaml = escapeYamlString(value);
    expect(yaml.startsWith('"') && yaml.endsWith('"')).toBe(true);
    expect([...yaml].filter(isRawUnsafeInYaml)).toEqual([]);
    // The escapes are a subset shared by YAML double-quoted scalars and JSON.
    expect(JSON.parse(yaml)).toBe(value);
  });

  it('escapes angle brackets so no HTML tag appears even in front matter', () => {
    const yaml = escapeYamlString('<script>alert(1)</script>');
    expect(yaml).not.toMatch(/[<>]/);
    expect(JSON.parse(yaml)).toBe('<script>alert(1)</script>');
  });

  it('replaces lone surrogates, which YAML cannot represent, with U+FFFD', () => {
    expect(JSON.parse(escapeYamlString('a\ud800b\udc00c'))).toBe('a\ufffdb\ufffdc');
  });
});
