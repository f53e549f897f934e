/**
 * Readings in context that neither pinyin-pro nor CC-CEDICT gets right in running text (CC-CEDICT
 * lists 一行 only as yī xíng, "a group travelling together"); they win over both. Each key is read
 * as a whole, so it carries just enough context to be unambiguous.
 */
export const READING_OVERRIDES: ReadonlyMap<string, string> = new Map([
  // 还 huán (give back) before what is given back; pinyin-pro reads hái.
  ['还钱', 'huán qián'],
  ['还给', 'huán gěi'],
  ['还我', 'huán wǒ'],
  ['还你', 'huán nǐ'],
  ['还书', 'huán shū'],
  // 行 háng as a measure word for lines of text.
  ['一行字', 'yī háng zì'],
  ['一行诗', 'yī háng shī'],
  ['两行', 'liǎng háng'],
  ['几行', 'jǐ háng'],
  ['每行', 'měi háng'],
  ['第一行', 'dì yī háng'],
  // 数 shǔ (to count) in the verb's reduplication.
  ['数一数', 'shǔ yī shǔ'],
  // 倒 dào (to pour).
  ['倒茶', 'dào chá'],
  ['倒水', 'dào shuǐ'],
  ['倒酒', 'dào jiǔ'],
  // 觉 jiào (a sleep) after a number.
  ['一觉', 'yī jiào'],
  // 为 wèi (for) in the question word.
  ['为什么', 'wèi shén me'],
]);

/** The characters some key of READING_OVERRIDES starts with, to skip the rest quickly. */
export const OVERRIDE_STARTS: ReadonlySet<string> = new Set(
  [...READING_OVERRIDES.keys()].map((key) => key[0]!),
);

/** The longest key of READING_OVERRIDES, in characters. */
export const OVERRIDE_MAX_CHARS = Math.max(
  ...[...READING_OVERRIDES.keys()].map((key) => key.length),
);

/** Who or what 得 děi (must) follows: a pronoun or an adverb before the verb it governs. */
const BEFORE_MUST = new Set('我你他她它们咱谁就还也都总必又可');
/** What follows 得 dé as a full verb (he got it, has had it), never 得 děi. */
const AFTER_GOT = new Set('了过着');

/** What starts the complement after a verb's 得 de (写得好, 说得很对, 做得不对). */
const STARTS_COMPLEMENT = new Set('很太真好对快慢多少更这那挺十非比越清干满不特极');

const HAN = /^\p{Script=Han}+$/u;

/**
 * The reading of a 得 or 地 that longest match left standing alone, from the word before it and the
 * character after: 得 děi after a pronoun or adverb and before a verb (我得走了), else 得 de before a
 * complement (写得好); 地 de after a word of two or more characters and before a verb (慢慢地走, not
 * 这块地很大); undefined otherwise.
 */
export function particleReading(
  char: string,
  wordBefore: string,
  after: string,
): string | undefined {
  if (!HAN.test(after) || !HAN.test(wordBefore)) return undefined;
  if (char === '得' && BEFORE_MUST.has(wordBefore.slice(-1)) && !AFTER_GOT.has(after)) return 'děi';
  if (char === '得' && STARTS_COMPLEMENT.has(after)) return 'de';
  if (char === '地' && wordBefore.length >= 2) return 'de';
  return undefined;
}
