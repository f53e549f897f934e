// The two icon container formats electron-builder wants besides plain PNGs. Both simply wrap PNG
// images (Windows Vista+ and macOS 10.7+ read PNG inside them), so a few lines write them exactly.

export interface SizedPng {
  size: number;
  png: Uint8Array;
}

/**
 * A Windows .ico: a 6-byte header, one 16-byte directory entry per image, then the PNGs.
 * A width or height of 256 is written as 0, as the format requires.
 */
export function encodeIco(images: readonly SizedPng[]): Uint8Array {
  const headerSize = 6 + 16 * images.length;
  const total = headerSize + images.reduce((sum, image) => sum + image.png.length, 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0, true); // reserved
  view.setUint16(2, 1, true); // type: icon
  view.setUint16(4, images.length, true);
  let offset = headerSize;
  images.forEach((image, i) => {
    if (image.size < 1 || image.size > 256)
      throw new Error(`An .ico image cannot be ${image.size}px`);
    const entry = 6 + 16 * i;
    view.setUint8(entry, image.size === 256 ? 0 : image.size);
    view.setUint8(entry + 1, image.size === 256 ? 0 : image.size);
    view.setUint8(entry + 2, 0); // no palette
    view.setUint8(entry + 3, 0); // reserved
    view.setUint16(entry + 4, 1, true); // colour planes
    view.setUint16(entry + 6, 32, true); // bits per pixel
    view.setUint32(entry + 8, image.png.length, true);
    view.setUint32(entry + 12, offset, true);
    out.set(image.png, offset);
    offset += image.png.length;
  });
  return out;
}

/** The icns element types that hold a PNG of each pixel size (the @2x types reuse the same pixels). */
export const ICNS_TYPES: Readonly<Record<number, readonly string[]>> = {
  16: ['icp4'],
  32: ['icp5', 'ic11'],
  64: ['icp6', 'ic12'],
  128: ['ic07'],
  256: ['ic08', 'ic13'],
  512: ['ic09', 'ic14'],
  1024: ['ic10'],
};

/** A macOS .icns: 'icns' and the file length, then per element its type, length and PNG. */
export function encodeIcns(images: readonly SizedPng[]): Uint8Array {
  const elements = images.flatMap((image) => {
    const types = ICNS_TYPES[image.size];
    if (!types) throw new Error(`An .icns file has no element for ${image.size}px`);
    return types.map((type) => ({ type, png: image.png }));
  });
  const total = 8 + elements.reduce((sum, element) => sum + 8 + element.png.length, 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  const ascii = (text: string, at: number) => out.set(new TextEncoder().encode(text), at);
  ascii('icns', 0);
  view.setUint32(4, total, false);
  let offset = 8;
  for (const element of elements) {
    ascii(element.type, offset);
    view.setUint32(offset + 4, 8 + element.png.length, false);
    out.set(element.png, offset + 8);
    offset += 8 + element.png.length;
  }
  return out;
}
