import { describe, expect, it } from 'vitest';
import type { CharReading } from '../../../shared/model/dictionary';
import {
  isAboveLevel,
  needsReadings,
  showsRuby,
  toneClass,
  type AidsDisplay,
} from '../../../renderer/aids/rubyPlan';

const reading = (rank: number, tone = 2, pinyin = 'háng'): CharReading => ({
  offset: 0,
  char: '行',
  pinyin,
  tone,
  rank,
});
const display = (change: Partial<AidsDisplay> = {}): AidsDisplay => ({
  pinyin: 'all',
  toneColours: 'off',
  level: 1000,
  ...change,
});

describe('level filtering', () => {
  it('counts a character rarer than the level, or unranked, as above it', () => {
    expect(isAboveLevel(reading(999), 1000)).toBe(false);
    expect(isAboveLevel(reading(1000), 1000)).toBe(false);
    expect(isAboveLevel(reading(1001), 1000)).toBe(true);
    expect(isAboveLevel(reading(0), 5000)).toBe(true);
  });

  it('shows pinyin above my level only over characters above it', () => {
    const aboveLevel = display({ pinyin: 'above-level', level: 2000 });
    expect(showsRuby(reading(150), aboveLevel)).toBe(false);
    expect(showsRuby(reading(2500), aboveLevel)).toBe(true);
  });

  it('shows pinyin over every character with a reading in "all", over none when off', () => {
    expect(showsRuby(reading(1), display())).toBe(true);
    expect(showsRuby(reading(1, 0, ''), display())).toBe(false);
    expect(showsRuby(reading(9000), display({ pinyin: 'off' }))).toBe(false);
  });
});

describe('tone colouring', () => {
  it('gives each tone its own class, the neutral tone too', () => {
    const on = display({ toneColours: 'pinyin' });
    expect([1, 2, 3, 4, 5].map((tone) => toneClass(reading(1, tone), on))).toEqual([
      'tone-1',
      'tone-2',
      'tone-3',
      'tone-4',
      'tone-5',
    ]);
  });

  it('colours nothing when turned off or for a character without a tone', () => {
    expect(toneClass(reading(1, 3), display({ toneColours: 'off' }))).toBe('');
    expect(toneClass(reading(1, 0, ''), display({ toneColours: 'characters' }))).toBe('');
  });

  it('needs the readings only while pinyin or tone colours are on', () => {
    expect(needsReadings(display({ pinyin: 'off' }))).toBe(false);
    expect(needsReadings(display({ pinyin: 'off', toneColours: 'characters' }))).toBe(true);
  });
});
