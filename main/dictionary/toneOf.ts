const TONED = 'āēīōūǖĀĒĪŌŪǕáéíóúǘÁÉÍÓÚǗǎěǐǒǔǚǍĚǏǑǓǙàèìòùǜÀÈÌÒÙǛ';

/** The tone (1–4, 5 for neutral) of one syllable in tone-mark spelling; 0 for an empty one. */
export function toneOf(syllable: string): number {
  if (syllable.length === 0) return 0;
  for (const ch of syllable) {
    const at = TONED.indexOf(ch);
    if (at >= 0) return Math.floor(at / 12) + 1;
  }
  return 5;
}
