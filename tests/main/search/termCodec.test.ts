import { describe, expect, it } from 'vitest';
import {
  decodeHanChar,
  encodeHan,
  encodeHanCode,
  encodeHanPair,
  isEncodedHan,
} from '../../../main/search/termCodec';

describe('termCodec', () => {
  it('encodes each Han character as five letters A–P and decodes it back', () => {
    for (const ch of ['中', '㐀', '𠀀', '鿿']) {
      const encoded = encodeHanCode(ch.codePointAt(0)!);
      expect(encoded).toMatch(/^[A-P]{5}$/);
      expect(decodeHanChar(encoded)).toBe(ch);
    }
  });

  it('encodes a pair as the concatenation of its characters', () => {
    expect(encodeHanPair('大'.codePointAt(0)!, '湾'.codePointAt(0)!)).toBe(encodeHan('大湾'));
    expect(encodeHan('大湾')).toBe(encodeHan('大') + encodeHan('湾'));
  });

  it('tells encoded Han terms from folded words', () => {
    expect(isEncodedHan(encodeHan('中国'))).toBe(true);
    for (const word of ['g20', '5g', 'apec', 'é']) expect(isEncodedHan(word)).toBe(false);
  });
});
