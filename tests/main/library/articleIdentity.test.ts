import { describe, expect, it } from 'vitest';
import { contentId, fallbackTitle } from '../../../main/library/articleIdentity';
import { parseArticles } from '../../../main/library/parseArticles';

const titleOf = (raw: string): string => fallbackTitle(parseArticles(raw)[0]!);

describe('contentId', () => {
  it('is "a-" plus the first 12 hex digits of the sha-256 of the text', () => {
    // sha256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
    expect(contentId('abc')).toBe('a-ba7816bf8f01');
  });

  it('differs for different texts and repeats for the same text', () => {
    expect(contentId('甲')).toBe(contentId('甲'));
    expect(contentId('甲')).not.toBe(contentId('乙'));
  });
});

describe('fallbackTitle', () => {
  it('uses the opening heading', () => {
    expect(titleOf('春天的北京\n北京的春天来得很快。')).toBe('春天的北京');
  });

  it('drops markdown heading marks from the title', () => {
    expect(titleOf('# 我的学习笔记\n今天学了你好。')).toBe('我的学习笔记');
  });

  it('uses the first sentence of the first paragraph without its full stop', () => {
    expect(titleOf('北京的春天来得很快。三月里，柳树发了芽。')).toBe('北京的春天来得很快');
  });

  it('skips a byline to reach the first paragraph', () => {
    expect(titleOf('本报记者 王小明\n家乡在南方。有山有水。')).toBe('家乡在南方');
  });

  it('keeps closing quotes that end the first sentence', () => {
    expect(titleOf('“我大兄弟来了，快进屋，炕上坐！”秋日里，村民迎了上去。')).toBe(
      '“我大兄弟来了，快进屋，炕上坐！”',
    );
  });

  it('cuts a long first sentence to 30 characters ending in …', () => {
    const title = titleOf(
      '当今世界，新一轮科技革命和产业变革不断向纵深演进，引领和推动人类进入信息时代。',
    );
    expect(Array.from(title)).toHaveLength(30);
    expect(title).toBe('当今世界，新一轮科技革命和产业变革不断向纵深演进，引领和推…');
  });

  it('ends an English first sentence at its full stop', () => {
    expect(titleOf('Spring comes early. The willows bud in March.')).toBe('Spring comes early');
  });
});
