import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticles } from '../../../main/library/parseArticles';

const seed = readFileSync(
  new URL('../../../seeds/000_5ac92f22d7be5a46.txt', import.meta.url),
  'utf8',
);

const visible = (text: string): string => text.replace(/\s+/gu, '');

/** Small seeded PRNG (mulberry32) so every generated case is reproducible from its seed. */
function random(seedValue: number): () => number {
  let state = seedValue >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CONTENT = [
  '北京的春天来得很快，柳树发了芽。',
  '“我们要坚持创新驱动发展。”他说。',
  '问题在一线发现、研判、解决',
  '“大湾区的发展成就令人赞叹”',
  '本报记者 韩 硕',
  '本报北京11月5日电',
  '——积极搭建网络空间国际交流合作平台',
  '图为游客在参观。',
  '2022年6月24日，会议在北京举行。图/新华社记者 李学仁 摄',
  '中国搭台，全球共享。',
  '# Markdown heading',
  '- list item with **bold**',
  '> 学而时习之，不亦说乎？',
  'Plain English prose, with a comma. And two sentences!',
  'Emoji 😀 and rare 𠀀𠀁 characters',
  '全角　空格　在中间',
  'tab\tinside',
  '（完）',
  '……',
  '“”',
];
const INDENTS = ['', '', '\u3000', '\u3000\u3000', '  ', '    ', '\t', '\u00a0\u00a0', ' \u3000'];
const BREAKS = ['\n', '\r\n', '\r', '\u2028'];

function generate(next: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const lineBreak = pick(BREAKS);
  const lines: string[] = [];
  const count = 1 + Math.floor(next() * 60);
  for (let i = 0; i < count; i += 1) {
    const trailing = next() < 0.2 ? pick([' ', '\u3000', '\t', '\u00a0']) : '';
    lines.push(pick(INDENTS) + pick(CONTENT) + trailing);
    const blanks = Math.floor(next() * 3);
    for (let b = 0; b < blanks; b += 1) lines.push(next() < 0.5 ? '' : pick(INDENTS));
  }
  const bom = next() < 0.2 ? '\ufeff' : '';
  const end = next() < 0.5 ? lineBreak : '';
  return bom + lines.join(lineBreak) + end;
}

function expectFaithful(raw: string): void {
  const articles = parseArticles(raw);
  expect(articles.map((article) => visible(article.text)).join('')).toBe(visible(raw));
  for (const article of articles) {
    const texts = article.blocks.map((block) => article.text.slice(block.start, block.end));
    expect(texts.join('\n')).toBe(article.text);
    for (const text of texts) {
      expect(text).not.toBe('');
      expect(text).toBe(text.trim());
      expect(text).not.toMatch(/[\n\r\u2028\u2029]/u);
    }
  }
}

describe('parseArticles never drops or reorders text', () => {
  it('keeps every visible character of the bundled seed, in order', () => {
    expectFaithful(seed);
  });

  it('keeps every visible character of the seed rewritten with CRLF, a BOM and no final newline', () => {
    expectFaithful('\ufeff' + seed.replace(/\n/g, '\r\n').trimEnd());
  });

  it('keeps every visible character of 300 randomly mixed files', () => {
    for (let caseSeed = 1; caseSeed <= 300; caseSeed += 1) {
      const raw = generate(random(caseSeed));
      try {
        expectFaithful(raw);
      } catch (error) {
        throw new Error(`case ${caseSeed} failed for ${JSON.stringify(raw)}`, { cause: error });
      }
    }
  });

  it('keeps every visible character of random slices of the seed cut mid-line', () => {
    const next = random(42);
    for (let i = 0; i < 50; i += 1) {
      const a = Math.floor(next() * seed.length);
      const b = a + Math.floor(next() * 5000);
      expectFaithful(seed.slice(a, b));
    }
  });
});
