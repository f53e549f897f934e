import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_COLORS } from '../../../shared/model/annotation';
import {
  colorFromStyleClass,
  colorStyleClass,
  colorStylesheet,
} from '../../../main/backup/highlightStyle';
import { noteLanguage } from '../../../main/backup/noteLanguage';

describe('highlight colours as W3C styles', () => {
  it('round-trips every colour through its style class, defined by the stylesheet', () => {
    for (const color of HIGHLIGHT_COLORS) {
      const styleClass = colorStyleClass(color);
      expect(colorFromStyleClass(styleClass)).toBe(color);
      expect(colorFromStyleClass(['other', styleClass])).toBe(color);
      expect(colorStylesheet(color).value).toMatch(new RegExp(`^\\.${styleClass} \\{ background`));
    }
  });

  it('finds no colour in classes that are not Yuedu highlight colours', () => {
    expect(colorFromStyleClass(undefined)).toBeNull();
    expect(colorFromStyleClass('yuedu-highlight-purple')).toBeNull();
    expect(colorFromStyleClass(['red'])).toBeNull();
  });
});

describe('noteLanguage', () => {
  it('tags notes written mostly in Chinese characters as zh and leaves others untagged', () => {
    expect(noteLanguage('这里的“湾区”指粤港澳大湾区。')).toBe('zh');
    expect(noteLanguage('GDP 增长很快')).toBe('zh');
    expect(noteLanguage('Cantonese opera 粤剧')).toBeUndefined();
    expect(noteLanguage('a note')).toBeUndefined();
    expect(noteLanguage('')).toBeUndefined();
  });
});
