import { customPinyin, pinyin } from 'pinyin-pro';
import type { CharReading } from '../../shared/model/dictionary';
import type { Dictionary } from './dictionary';
import { pinyinWithMarks } from './toneMarks';
import { toneOf } from './toneOf';

const HAN = /^\p{Script=Han}$/u;
/** Longest word the CC-CEDICT pass reads as one; longer headwords are names and idioms. */
const WORD_MAX_CHARS = 8;

// Common verb–object phrases neither pinyin-pro nor CC-CEDICT reads in context (还 = huán, return).
customPinyin({ 还钱: 'huán qián', 还给: 'huán gěi', 还我: 'huán wǒ', 还你: 'huán nǐ' });

/**
 * Each character's reading in context, offsets on the text as given (so ruby never moves what is
 * selected or highlighted). pinyin-pro reads words in context; where a CC-CEDICT word found by
 * longest match has one reading that pinyin-pro did not give (还款 huán kuǎn), CC-CEDICT wins.
 * Tones are the dictionary's, without tone sandhi.
 */
export function readText(text: string, dictionary: Dictionary): CharReading[] {
  const chars = Array.from(text);
  const readings = pinyin(text, { type: 'array', toneSandhi: false });
  const aligned = readings.length === chars.length;
  const result: CharReading[] = [];
  let offset = 0;
  chars.forEach((char, index) => {
    const han = HAN.test(char);
    const reading = !han
      ? ''
      : aligned
        ? (readings[index] ?? '')
        : pinyin(char, { toneSandhi: false });
    const syllable = reading === char ? '' : reading;
    result.push({
      offset,
      char,
      pinyin: syllable,
      tone: toneOf(syllable),
      rank: han ? dictionary.rank(char) : 0,
    });
    offset += char.length;
  });
  correctFromDictionary(text, result, dictionary);
  return result;
}

/** Replaces a word's readings by CC-CEDICT's when CC-CEDICT has one reading and it differs. */
function correctFromDictionary(
  text: string,
  readings: CharReading[],
  dictionary: Dictionary,
): void {
  const indexAt = new Map(readings.map((reading, index) => [reading.offset, index]));
  for (let i = 0; i < readings.length;) {
    const start = readings[i]!;
    const length =
      start.pinyin === '' ? 0 : dictionary.longestAt(text, start.offset, WORD_MAX_CHARS);
    const end = indexAt.get(start.offset + length) ?? readings.length;
    if (length === 0 || end - i < 2) {
      i += 1;
      continue;
    }
    const word = text.slice(start.offset, start.offset + length);
    const candidates = new Set(
      dictionary.entries(word).map((entry) => pinyinWithMarks(entry.pinyinNumbers).toLowerCase()),
    );
    const given = readings
      .slice(i, end)
      .map((r) => r.pinyin)
      .join(' ');
    const [only] = candidates;
    const syllables = only?.split(' ') ?? [];
    if (candidates.size === 1 && only !== given && syllables.length === end - i) {
      syllables.forEach((syllable, k) => {
        const reading = readings[i + k]!;
        reading.pinyin = syllable;
        reading.tone = toneOf(syllable);
      });
    }
    i = end;
  }
}
