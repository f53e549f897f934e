import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { encodeIcns, encodeIco, ICNS_TYPES } from '../../../scripts/icons/iconContainers';

const fakePng = (size: number, length: number) => ({
  size,
  png: Uint8Array.from({ length }, (_, i) => (i + size) % 256),
});

describe('encodeIco', () => {
  it('writes the header, one entry per image (256 as 0) and each PNG at its offset', () => {
    const images = [fakePng(16, 10), fakePng(256, 20)];
    const ico = encodeIco(images);
    const view = new DataView(ico.buffer);
    expect([view.getUint16(0, true), view.getUint16(2, true), view.getUint16(4, true)]).toEqual([
      0, 1, 2,
    ]);
    expect(ico.length).toBe(6 + 2 * 16 + 30);
    images.forEach((image, i) => {
      const entry = 6 + 16 * i;
      const side = image.size === 256 ? 0 : image.size;
      expect([ico[entry], ico[entry + 1]]).toEqual([side, side]);
      expect(view.getUint16(entry + 6, true)).toBe(32);
      const length = view.getUint32(entry + 8, true);
      const offset = view.getUint32(entry + 12, true);
      expect(ico.slice(offset, offset + length)).toEqual(image.png);
    });
  });

  it('refuses an image larger than the format holds', () => {
    expect(() => encodeIco([fakePng(512, 4)])).toThrow(/512px/);
  });
});

describe('encodeIcns', () => {
  it('writes the magic, the total length and every element type for each size', () => {
    const icns = encodeIcns([fakePng(16, 5), fakePng(32, 7)]);
    const view = new DataView(icns.buffer);
    const ascii = (at: number) => new TextDecoder().decode(icns.slice(at, at + 4));
    expect(ascii(0)).toBe('icns');
    expect(view.getUint32(4, false)).toBe(icns.length);
    const elements: string[] = [];
    for (let at = 8; at < icns.length; at += view.getUint32(at + 4, false)) {
      elements.push(ascii(at));
    }
    expect(elements).toEqual([...ICNS_TYPES[16]!, ...ICNS_TYPES[32]!]);
  });

  it('refuses a size macOS has no element for', () => {
    expect(() => encodeIcns([fakePng(48, 4)])).toThrow(/48px/);
  });
});

describe('build/icon.svg', () => {
  const svg = readFileSync(path.resolve(import.meta.dirname, '../../../build/icon.svg'), 'utf8');

  it('draws shapes only, so no system font (Chinese or other) is needed', () => {
    expect(svg).not.toMatch(/<text|<tspan|font-family|@font-face|<image|href=/);
  });

  it('renders without system fonts to a square, opaque in the middle and clear in the corners', () => {
    for (const size of [16, 256]) {
      const image = new Resvg(svg, {
        fitTo: { mode: 'width', value: size },
        font: { loadSystemFonts: false },
      }).render();
      expect([image.width, image.height]).toEqual([size, size]);
      const alphaAt = (x: number, y: number) => image.pixels[(y * size + x) * 4 + 3];
      expect(alphaAt(size / 2, size / 2)).toBe(255);
      expect(alphaAt(0, 0)).toBe(0);
    }
  });
});
