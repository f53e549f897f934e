import { defineCommand, expectArguments } from '../commandSpec';
import { UsageError } from '../cliErrors';

export const lookupSpec = defineCommand({
  name: 'lookup',
  usage: '<word>',
  summary: 'Look a word up in the offline Chinese–English dictionary (CC-CEDICT).',
  details: `Shows every dictionary word the text starts with, longest first (长城 → 长城, 长), each with
simplified and traditional forms, pinyin with tone marks and the English definitions. Text that is
no dictionary word (punctuation, Latin letters, emoji) prints "No entry". With --json, an array
[{ word, simplified, traditional, pinyin, pinyinNumbers, definitions }], longest match first;
pinyinNumbers is CC-CEDICT's spelling (yin2 hang2, u: for ü, 5 for the neutral tone).`,
  options: [],
  examples: ['yuedu lookup 银行', 'yuedu lookup 中华人民共和国 --json'],
  parse: ({ positionals }) => {
    expectArguments('lookup', positionals, { min: 1, max: 1, what: 'a word' });
    return { command: 'lookup' as const, word: positionals[0]! };
  },
});

export const pinyinSpec = defineCommand({
  name: 'pinyin',
  usage: '<text>',
  summary: 'Print the pinyin of a Chinese text, read in context (银行 yín háng, 行长 háng zhǎng).',
  details: `Reads each character in the context of its words, so polyphonic characters get the
reading the word needs. Prints the pinyin, with other characters kept as they are. With --json,
one object per character: [{ offset, char, pinyin, pinyinNumbers, tone }], where offset counts
UTF-16 units, tone is 1–4 or 5 (neutral), and characters without a reading have pinyin "" and
tone 0.`,
  options: [],
  examples: ['yuedu pinyin 我去银行还钱', 'yuedu pinyin 重庆 --json'],
  parse: ({ positionals }) => {
    const text = positionals.join(' ');
    if (text.trim() === '') {
      throw new UsageError('"pinyin" needs a text to read.', 'pinyin');
    }
    return { command: 'pinyin' as const, text };
  },
});
