import { toneOf } from './toneOf';

/** A tone-marked syllable ("lǜ", "háng", "ma") in tone-number spelling ("lv4", "hang2", "ma5"). */
export function numberedPinyin(syllable: string): string {
  if (syllable === '') return '';
  const tone = toneOf(syllable);
  const bare = syllable
    .normalize('NFD')
    .replace(/u\u0308/g, 'v')
    .replace(/U\u0308/g, 'V')
    .replace(/[\u0300-\u036f]/g, '');
  return `${bare}${tone}`;
}
