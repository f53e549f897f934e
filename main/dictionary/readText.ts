import { pinyin } from 'pinyin-pro';
import type { CharReading } from '../../shared/model/dictionary';
import type { Dictionary } from './dictionary';
import {
  OVERRIDE_MAX_CHARS,
  OVERRIDE_STARTS,
  particleReading,
  READING_OVERRIDES,
} from './readingOverrides';
import { pinyinWithMarks } from './toneMarks';
import { toneOf } from './toneOf';

const HAN = /^\p{Script=Han}$/u;
/** Longest word the CC-CEDICT pass reads as one; longer headwords are names and idioms. */
const WORD_MAX_CHARS = 8;

/**
 * Each character's reading in context, offsets on the text as given (so ruby never moves what is
 * selected or highlighted). pinyin-pro reads words in context; where a CC-CEDICT word found by
 * longest match has one reading that pinyin-pro did not give (还款 huán kuǎn), CC-CEDICT wins; a
 * standalone 得/地 is read from its neighbours, and READING_OVERRIDES win over all of it.
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
  applyOverrides(text, result);
  return result;
}

/** Each word's one CC-CEDICT reading as syllables (null: none, or several), per dictionary. */
const wordReadings = new WeakMap<Dictionary, Map<string, string[] | null>>();

function onlyReading(word: string, dictionary: Dictionary): string[] | null {
  let known = wordReadings.get(dictionary);
  if (!known) wordReadings.set(dictionary, (known = new Map()));
  let syllables = known.get(word);
  if (syllables === undefined) {
    const candidates = new Set(
      dictionary.entries(word).map((entry) => pinyinWithMarks(entry.pinyinNumbers).toLowerCase()),
    );
    const [only] = candidates;
    syllables = candidates.size === 1 ? only!.split(' ') : null;
    // Bounded: a reader of many articles meets a few ten thousand words.
    if (known.size >= 100_000) known.clear();
    known.set(word, syllables);
  }
  return syllables;
}

function setReading(reading: CharReading, syllable: string): void {
  reading.pinyin = syllable;
  reading.tone = toneOf(syllable);
}

/**
 * Walks the text by CC-CEDICT longest match: a word whose one reading differs from pinyin-pro's
 * takes CC-CEDICT's; a 得 or 地 left alone is read by particleReading.
 */
function correctFromDictionary(
  text: string,
  readings: CharReading[],
  dictionary: Dictionary,
): void {
  let wordBefore = '';
  for (let i = 0; i < readings.length;) {
    const start = readings[i]!;
    const length =
      start.pinyin === '' ? 0 : dictionary.longestAt(text, start.offset, WORD_MAX_CHARS);
    let end = i + 1;
    while (end < readings.length && readings[end]!.offset < start.offset + length) end++;
    if (length === 0 || end - i < 2) {
      const next = readings[i + 1]?.char ?? '';
      const particle = particleReading(start.char, wordBefore, next);
      if (particle !== undefined) setReading(start, particle);
      wordBefore = start.pinyin === '' ? '' : start.char;
      i += 1;
      continue;
    }
    const word = text.slice(start.offset, start.offset + length);
    const syllables = onlyReading(word, dictionary);
    if (syllables && syllables.length === end - i) {
      syllables.forEach((syllable, k) => {
        const reading = readings[i + k]!;
        if (reading.pinyin !== syllable) setReading(reading, syllable);
      });
    }
    wordBefore = word;
    i = end;
  }
}

/** Gives every READING_OVERRIDES key in the text its reading, longest key first, left to right. */
function applyOverrides(text: string, readings: CharReading[]): void {
  for (let i = 0; i < readings.length;) {
    let matched = 0;
    if (!OVERRIDE_STARTS.has(readings[i]!.char)) matched = 1;
    for (let n = Math.min(OVERRIDE_MAX_CHARS, readings.length - i); n >= 2 && matched === 0; n--) {
      const start = readings[i]!.offset;
      const last = readings[i + n - 1]!;
      const reading = READING_OVERRIDES.get(text.slice(start, last.offset + last.char.length));
      if (reading === undefined) continue;
      reading.split(' ').forEach((syllable, k) => setReading(readings[i + k]!, syllable));
      matched = n;
    }
    i += matched || 1;
  }
}
