import type { CharReading } from '../../shared/model/dictionary';
import type { Level, PinyinMode, ToneColourMode } from '../../shared/model/settings';

/** How the reader dresses each character: pinyin above it or not, and which tone colour. */
export interface AidsDisplay {
  pinyin: PinyinMode;
  toneColours: ToneColourMode;
  level: Level;
}

/** Whether a character is above the reader's level: rarer than the level, or not ranked at all. */
export const isAboveLevel = (reading: CharReading, level: Level): boolean =>
  reading.rank === 0 || reading.rank > level;

/** Whether this character gets pinyin above it. */
export function showsRuby(reading: CharReading, display: AidsDisplay): boolean {
  if (reading.pinyin === '' || display.pinyin === 'off') return false;
  return display.pinyin === 'all' || isAboveLevel(reading, display.level);
}

/** The tone class of a character (`tone-1` … `tone-5`), or '' when tones are not coloured. */
export function toneClass(reading: CharReading, display: AidsDisplay): string {
  if (display.toneColours === 'off' || reading.tone === 0) return '';
  return `tone-${reading.tone}`;
}

/** Whether the reader needs the article's readings at all. */
export const needsReadings = (display: AidsDisplay): boolean =>
  display.pinyin !== 'off' || display.toneColours !== 'off';
