const MARKS: Record<string, string> = {
  a: 'āáǎà',
  e: 'ēéěè',
  i: 'īíǐì',
  o: 'ōóǒò',
  u: 'ūúǔù',
  ü: 'ǖǘǚǜ',
  A: 'ĀÁǍÀ',
  E: 'ĒÉĚÈ',
  I: 'ĪÍǏÌ',
  O: 'ŌÓǑÒ',
  U: 'ŪÚǓÙ',
  Ü: 'ǕǗǙǛ',
};

/** Which vowel of a syllable carries the mark: a or e, else the o of ou, else the last vowel. */
function markIndex(syllable: string): number {
  const lower = syllable.toLowerCase();
  for (const vowel of ['a', 'e']) {
    const at = lower.indexOf(vowel);
    if (at >= 0) return at;
  }
  const ou = lower.indexOf('ou');
  if (ou >= 0) return ou;
  for (let i = lower.length - 1; i >= 0; i--) if ('iouü'.includes(lower[i]!)) return i;
  return -1;
}

/** One CC-CEDICT syllable ("lu:4", "hang2", "ma5", "r5") in tone-mark spelling ("lǜ", "háng", "ma"). */
export function syllableWithMark(numbered: string): string {
  const match = /^([A-Za-zü:]+)([1-5])$/.exec(numbered);
  if (!match) return numbered.replace(/u:/g, 'ü').replace(/U:/g, 'Ü');
  const letters = match[1]!.replace(/u:/g, 'ü').replace(/U:/g, 'Ü').replace(/v/g, 'ü');
  const tone = Number(match[2]);
  if (tone === 5) return letters;
  const at = markIndex(letters);
  if (at < 0) return letters;
  const marked = MARKS[letters[at]!]?.[tone - 1];
  return marked ? letters.slice(0, at) + marked + letters.slice(at + 1) : letters;
}

/** A CC-CEDICT pinyin field ("yin2 hang2") in tone marks ("yín háng"); other tokens stay as they are. */
export function pinyinWithMarks(numbered: string): string {
  return numbered
    .split(' ')
    .map((syllable) => syllableWithMark(syllable))
    .join(' ');
}
