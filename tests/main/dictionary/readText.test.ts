import { beforeAll, describe, expect, it } from 'vitest';
import type { Dictionary } from '../../../main/dictionary/dictionary';
import { readText } from '../../../main/dictionary/readText';
import { loadTestDictionary } from './loadTestDictionary';

let dictionary: Dictionary;
beforeAll(async () => {
  dictionary = await loadTestDictionary();
}, 60_000);

const pinyinOf = (text: string) =>
  readText(text, dictionary)
    .map((reading) => reading.pinyin)
    .join(' ');

describe('pinyin in context', () => {
  it.each([
    ['银行', 'yín háng'],
    ['行长', 'háng zhǎng'],
    ['行走', 'xíng zǒu'],
    ['重庆', 'chóng qìng'],
    ['重要', 'zhòng yào'],
    ['还是', 'hái shi'],
    ['还钱', 'huán qián'],
    ['还款', 'huán kuǎn'],
    ['长大', 'zhǎng dà'],
    ['长城', 'cháng chéng'],
    ['音乐', 'yīn yuè'],
    ['快乐', 'kuài lè'],
    ['首都', 'shǒu dū'],
    ['都是', 'dōu shì'],
    ['睡觉', 'shuì jiào'],
    ['觉得', 'jué de'],
  ])('reads %s as %s', (word, expected) => {
    expect(pinyinOf(word)).toBe(expected);
  });

  // Common polyphones in running text, each in the context that decides its reading.
  it.each([
    ['我得走了', 'wǒ děi zǒu le'],
    ['大家都得参加', 'dà jiā dōu děi cān jiā'],
    ['你得不断努力', 'nǐ děi bù duàn nǔ lì'],
    ['我得到了', 'wǒ dé dào le'],
    ['他得了冠军', 'tā dé le guàn jūn'],
    ['她得过奖', 'tā dé guò jiǎng'],
    ['他跑得很快', 'tā pǎo de hěn kuài'],
    ['你说得对', 'nǐ shuō de duì'],
    ['写得好', 'xiě de hǎo'],
    ['慢慢地走', 'màn màn de zǒu'],
    ['他默默地看着我', 'tā mò mò de kàn zhe wǒ'],
    ['这块地很大', 'zhè kuài dì hěn dà'],
    ['我坐在地上', 'wǒ zuò zài dì shàng'],
    ['我的书', 'wǒ de shū'],
    ['的确', 'dí què'],
    ['目的', 'mù dì'],
    ['走了', 'zǒu le'],
    ['了解', 'liǎo jiě'],
    ['还有', 'hái yǒu'],
    ['还书', 'huán shū'],
    ['不行', 'bù xíng'],
    ['一行字', 'yī háng zì'],
    ['一行人', 'yī xíng rén'],
    ['很长', 'hěn cháng'],
    ['重新', 'chóng xīn'],
    ['乐观', 'lè guān'],
    ['睡了一觉', 'shuì le yī jiào'],
    ['为什么', 'wèi shén me'],
    ['作为', 'zuò wéi'],
    ['看着', 'kàn zhe'],
    ['着急', 'zháo jí'],
    ['睡着了', 'shuì zháo le'],
    ['差不多', 'chà bu duō'],
    ['出差', 'chū chāi'],
    ['便宜', 'pián yi'],
    ['方便', 'fāng biàn'],
    ['数学', 'shù xué'],
    ['数一数', 'shǔ yī shǔ'],
    ['倒茶', 'dào chá'],
    ['倒车', 'dǎo chē'],
  ])('reads %s in context as %s', (text, expected) => {
    expect(pinyinOf(text)).toBe(expected);
  });

  it('reads the same character differently within one sentence', () => {
    const readings = readText('我去银行还钱，行长说他还是长大了。', dictionary);
    const at = (char: string, nth = 0) =>
      readings.filter((reading) => reading.char === char)[nth]!.pinyin;
    expect([at('行', 0), at('行', 1)]).toEqual(['háng', 'háng']);
    expect([at('还', 0), at('还', 1)]).toEqual(['huán', 'hái']);
    expect([at('长', 0), at('长', 1)]).toEqual(['zhǎng', 'zhǎng']);
  });

  it('keeps offsets on the text as given, surrogate pairs included', () => {
    const readings = readText('a😀中b', dictionary);
    expect(readings.map((r) => [r.offset, r.char, r.pinyin, r.tone])).toEqual([
      [0, 'a', '', 0],
      [1, '😀', '', 0],
      [3, '中', 'zhōng', 1],
      [4, 'b', '', 0],
    ]);
  });

  it('gives tones and frequency ranks with each reading', () => {
    const [de, hang] = readText('的行', dictionary);
    expect(de).toMatchObject({ tone: 5, rank: 1 });
    expect(hang).toMatchObject({ tone: 2 });
    expect(hang!.rank).toBeGreaterThan(1);
  });

  it('reads text with no Chinese at all without readings', () => {
    expect(readText('hello, 😀 \uD800!', dictionary).every((r) => r.pinyin === '')).toBe(true);
  });
});
