import { describe, expect, it } from 'vitest';
import { createTarget, findQuote } from '../../../main/annotations/anchor';
import { findAnchor, locateTarget } from '../../../main/annotations/locateTarget';
import { buildCorpus, readSeedsDir } from '../../../main/library/corpus';
import { SOURCE_LAYOUT } from '../../../main/paths/projectPaths';
import { seededRandom } from '../search/seedLibrary';
import { seedArticles, seedText } from './seedArticles';

const ARTICLE =
  '在广州市人民政府新闻办公室主办的“我在湾区看世界——广州中外友好交流故事会”上，一批来自文化、科技、商贸、医疗等领域的外国朋友分享了他们在大湾区生活和工作的所见、所闻、所感。\n' +
  '“作为在粤港澳大湾区生活了近20年的‘老外’，我觉得开放、包容、创新已经成为大湾区发展的代名词。”\n' +
  '彼得·赫利斯来自德国，中文名字是贺励平。1999年满怀着对中国的兴趣，他前往北京留学，从此便扎根中国。';

const GBA = seedText('greater-bay-area-friends');
const NEW_PARAGRAPH = '【编者按】本报今日起推出系列报道，讲述外国朋友在大湾区的故事。\n';

function rangeOf(text: string, quote: string, occurrence = 0): { start: number; end: number } {
  const range = findQuote(text, quote, occurrence);
  if (!range) throw new Error(`test setup: "${quote}" #${occurrence} not in text`);
  return range;
}

function highlight(text: string, quote: string, occurrence = 0) {
  const { start, end } = rangeOf(text, quote, occurrence);
  return createTarget(text, start, end);
}

/** Replaces the one occurrence of `from` (which must be unique) by `to`. */
function edit(text: string, from: string, to: string): string {
  const at = rangeOf(text, from);
  if (findQuote(text, from, 1)) throw new Error(`test setup: "${from}" is not unique`);
  return text.slice(0, at.start) + to + text.slice(at.end);
}

/** Puts a new paragraph after the article's first line, as a corrected release might. */
const insertAfterFirstParagraph = (text: string, paragraph = NEW_PARAGRAPH) =>
  text.slice(0, text.indexOf('\n') + 1) + paragraph + text.slice(text.indexOf('\n') + 1);

describe('locateTarget on small texts', () => {
  it('finds an unchanged highlight at its stored position', () => {
    const { start, end } = rangeOf(ARTICLE, '贺励平');
    expect(findAnchor(ARTICLE, createTarget(ARTICLE, start, end))).toEqual({
      range: { start, end },
      method: 'position',
    });
  });

  it('follows the quote when text inserted before it shifts the position', () => {
    const { start, end } = rangeOf(ARTICLE, '贺励平');
    const target = createTarget(ARTICLE, start, end);
    const edited = '【编者按】本文有删改。\n' + ARTICLE;
    const shift = '【编者按】本文有删改。\n'.length;
    expect(locateTarget(edited, target)).toEqual({ start: start + shift, end: end + shift });
  });

  it('keeps a highlight on the 5th of many identical words when text is inserted earlier', () => {
    const sentences = ['广州', '深圳', '珠海', '佛山', '东莞', '中山', '惠州'].map(
      (city) => `${city}是大湾区的重要城市，大湾区建设带动了${city}的发展。`,
    );
    const text = sentences.join('\n');
    const fifth = rangeOf(text, '大湾区', 4);
    const target = createTarget(text, fifth.start, fifth.end);
    const inserted = '大湾区大湾区，新增导语。\n';
    const edited = inserted + text;
    const found = locateTarget(edited, target);
    expect(found).toEqual({
      start: fifth.start + inserted.length,
      end: fifth.end + inserted.length,
    });
    expect(found).toEqual(findQuote(edited, '大湾区', 6));
  });

  it('does not stay on another occurrence that drifted onto the old offsets', () => {
    const text = '甲：大湾区很好。乙：大湾区更好。';
    const second = rangeOf(text, '大湾区', 1);
    const target = createTarget(text, second.start, second.end);
    const inserted = '编者按：'.repeat((second.start - text.indexOf('大湾区')) / 4);
    const edited = inserted + text;
    expect(edited.slice(second.start, second.end)).toBe('大湾区');
    expect(locateTarget(edited, target)).toEqual({
      start: second.start + inserted.length,
      end: second.end + inserted.length,
    });
  });

  it('breaks a tie in context by closeness to the old position', () => {
    const text = '重复。重复。重复。重复。';
    const third = rangeOf(text, '重复', 2);
    const target = createTarget(text, third.start, third.end);
    target.quote.prefix = '';
    target.quote.suffix = '';
    expect(locateTarget('前' + text, target)).toEqual({
      start: third.start + 1,
      end: third.end + 1,
    });
  });

  it('returns null once the quoted words are replaced, instead of guessing', () => {
    const target = highlight(ARTICLE, '贺励平');
    expect(locateTarget(ARTICLE.replace('贺励平', '贺先生'), target)).toBeNull();
  });

  it('never cuts an astral character in half when the text around it changed', () => {
    const text = '古籍中的𠮷字很少见，学生们常常读错这个字的读音。';
    const target = highlight(text, '𠮷字很少见');
    const found = locateTarget(text.replace('很少见', '很罕见'), target);
    expect(found).toEqual({ start: text.indexOf('𠮷'), end: text.indexOf('𠮷') + 6 });
  });
});

describe('locateTarget on a seed article after a corpus correction', () => {
  const quote = '开放、包容、创新';

  it('follows a paragraph inserted before the highlight', () => {
    const target = highlight(GBA, quote);
    const edited = insertAfterFirstParagraph(GBA);
    expect(findAnchor(edited, target)).toEqual({
      range: rangeOf(edited, quote),
      method: 'quote',
    });
  });

  it('follows a heading and byline deleted before the highlight', () => {
    const target = highlight(GBA, quote);
    const edited = edit(GBA, '“大湾区的发展成就令人赞叹”\n本报记者 姜晓丹\n', '');
    expect(locateTarget(edited, target)).toEqual(rangeOf(edited, quote));
    expect(rangeOf(edited, quote).start).toBeLessThan(target.position.start);
  });

  it('re-attaches to the corrected words when a typo inside the highlight is fixed', () => {
    const withTypo = edit(GBA, '包容、创新已经成为', '包融、创新已经成为');
    const target = highlight(withTypo, '开放、包融、创新已经成为大湾区发展的代名词');
    const corrected = insertAfterFirstParagraph(GBA);
    expect(findAnchor(corrected, target)).toEqual({
      range: rangeOf(corrected, '开放、包容、创新已经成为大湾区发展的代名词'),
      method: 'fuzzy',
    });
  });

  it('re-attaches a short name whose typo was fixed, not another occurrence of the name', () => {
    const withTypo = edit(GBA, '中文名字是贺励平', '中文名字是贺厉平');
    const target = highlight(withTypo, '贺厉平');
    const found = locateTarget(GBA, target);
    expect(found).toEqual({
      start: rangeOf(GBA, '中文名字是贺励平').start + 5,
      end: rangeOf(GBA, '中文名字是贺励平').end,
    });
  });

  it('stays on the quote when characters change just around it', () => {
    const target = highlight(GBA, quote);
    const edited = edit(
      edit(GBA, '我觉得开放', '我认为开放'),
      '创新已经成为大湾区发展',
      '创新早已成为大湾区发展',
    );
    expect(locateTarget(edited, target)).toEqual(rangeOf(edited, quote));
    const movedToo = insertAfterFirstParagraph(edited);
    expect(findAnchor(movedToo, target)).toEqual({
      range: rangeOf(movedToo, quote),
      method: 'quote',
    });
  });

  it('stays on an edited passage rather than jump to an identical passage elsewhere', () => {
    const text = seedText('cyberspace-shared-future');
    const passage = '纳米技术、量子计算机等前沿领域合作';
    expect(findQuote(text, passage, 1)).not.toBeNull();
    const target = highlight(text, passage, 0);
    const at = target.position.start + passage.indexOf('量子');
    const edited = text.slice(0, at) + '量子计算' + text.slice(at + '量子计算机'.length);
    expect(findAnchor(edited, target)).toEqual({
      range: { start: target.position.start, end: target.position.end - 1 },
      method: 'fuzzy',
    });
  });

  it('is unaffected by indentation, blank lines and line endings changed in the source file', () => {
    const target = highlight(GBA, quote);
    const { files, manifest } = readSeedsDir(SOURCE_LAYOUT.seedsDir);
    const relaid = files.map((file) => ({
      ...file,
      content: file.content
        .replace(/^\u3000\u3000/gmu, '    ')
        .replace(/\n\n/g, '\n\n\n')
        .replace(/\n/g, '\r\n'),
    }));
    const article = buildCorpus(relaid, manifest).find((a) => a.id === 'greater-bay-area-friends');
    expect(findAnchor(article!.text, target)).toEqual({
      range: rangeOf(GBA, quote),
      method: 'position',
    });
  });

  it('keeps a highlight on the 5th of 29 occurrences of 大湾区 after edits elsewhere', () => {
    expect(GBA.match(/大湾区/g)).toHaveLength(29);
    const target = highlight(GBA, '大湾区', 4);
    const edited = edit(
      edit(
        insertAfterFirstParagraph(GBA, '大湾区，大湾区，新的导语。\n'),
        '推介大湾区',
        '推介粤港澳大湾区',
      ),
      '这里拥有一流的科研资源',
      '这里有一流的科研资源',
    );
    // Two occurrences were added before it, so the original 5th is now the 7th.
    expect(locateTarget(edited, target)).toEqual(rangeOf(edited, '大湾区', 6));
    // Still so when its own context changed too and the cheap checks cannot decide.
    const nearby = edit(edited, '发展的代名词', '发展的代称');
    expect(findAnchor(nearby, target)).toEqual({
      range: rangeOf(nearby, '大湾区', 6),
      method: 'quote',
    });
  });

  it('makes an orphan of a highlighted sentence that was deleted', () => {
    const sentence = '这里拥有一流的科研资源、丰富的人才储备、优越的营商环境和贴心的全链条服务';
    const target = highlight(GBA, sentence);
    const edited = edit(GBA, sentence + '，但许多刚来不久的外国企业，对这些尚不熟悉。', '');
    expect(locateTarget(edited, target)).toBeNull();
  });

  it('makes an orphan of a name whose sentence was deleted, although the name occurs elsewhere', () => {
    const sentence = '入职以来，贺励平积极与企业方对接，频频拜会企业了解情况，向他们介绍政策信息。';
    const at = rangeOf(GBA, sentence).start + '入职以来，'.length;
    const target = createTarget(GBA, at, at + 3);
    expect(target.quote.exact).toBe('贺励平');
    const edited = edit(GBA, sentence, '');
    expect(findQuote(edited, '贺励平', 4)).not.toBeNull();
    expect(locateTarget(edited, target)).toBeNull();
  });

  it('never jumps to another occurrence when the highlighted word itself was edited', () => {
    const target = highlight(GBA, '大湾区', 4);
    const at = rangeOf(GBA, '大湾区', 4);
    const replaced = GBA.slice(0, at.start) + '粤港澳' + GBA.slice(at.end);
    expect(locateTarget(replaced, target)).toBeNull();
    // A small edit of the word itself is followed on the spot instead.
    const widened = GBA.slice(0, at.start) + '大湾地区' + GBA.slice(at.end);
    expect(findAnchor(widened, target)).toEqual({
      range: { start: at.start, end: at.start + 4 },
      method: 'fuzzy',
    });
  });

  it('makes an orphan when the article text is replaced by another article', () => {
    const target = highlight(GBA, quote);
    expect(locateTarget(seedText('cyberspace-shared-future'), target)).toBeNull();
  });

  it('re-finds a long highlight by its head and tail after a typo inside it is fixed', () => {
    const start = rangeOf(GBA, '“我的工作相当于').start;
    const end = rangeOf(GBA, '忙得不可开交。').end;
    expect(end - start).toBeGreaterThan(200);
    const withTypo = edit(GBA, '告诉国外潜在投资者', '告诉国外潜在投姿者');
    const target = createTarget(withTypo, start, end);
    const corrected = insertAfterFirstParagraph(GBA);
    expect(findAnchor(corrected, target)).toEqual({
      range: {
        start: rangeOf(corrected, '“我的工作相当于').start,
        end: rangeOf(corrected, '忙得不可开交。').end,
      },
      method: 'fuzzy',
    });
  });
});

describe('locateTarget on many random highlights in every seed article', () => {
  const random = seededRandom(4);
  const samples = seedArticles().flatMap((article) =>
    Array.from({ length: 40 }, () => {
      const length = 2 + Math.floor(random() * 12);
      let start = Math.floor(random() * (article.text.length - length));
      while (article.text.slice(start, start + length).includes('\n')) start += 1;
      return { article, start, end: start + length };
    }),
  );

  it('follows every highlight past a paragraph inserted at a random place before it', () => {
    for (const { article, start, end } of samples) {
      const target = createTarget(article.text, start, end);
      const cut = article.text.lastIndexOf('\n', start - 1) + 1;
      const edited = article.text.slice(0, cut) + NEW_PARAGRAPH + article.text.slice(cut);
      const shift = NEW_PARAGRAPH.length;
      expect(locateTarget(edited, target)).toEqual({ start: start + shift, end: end + shift });
    }
  });

  it('makes an orphan of every highlight whose words were deleted', () => {
    for (const { article, start, end } of samples) {
      const target = createTarget(article.text, start, end);
      const edited = article.text.slice(0, start) + article.text.slice(end);
      expect(locateTarget(edited, target), article.text.slice(start, end)).toBeNull();
    }
  });
});
