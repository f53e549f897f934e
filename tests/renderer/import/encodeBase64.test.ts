import { describe, expect, it } from 'vitest';
import { bytesToBase64, encodeBase64 } from '../../../renderer/import/encodeBase64';

describe('encodeBase64', () => {
  it('encodes Chinese UTF-8 bytes', () => {
    expect(bytesToBase64(new TextEncoder().encode('阅读 5G'))).toBe('6ZiF6K+7IDVH');
  });

  it('gives the same base64 in chunks for a file larger than one chunk', async () => {
    const bytes = new Uint8Array(300_001).map((_, index) => (index * 31 + 7) % 256);
    const decoded = Uint8Array.from(atob(await encodeBase64(bytes)), (char) => char.charCodeAt(0));
    expect(decoded).toEqual(bytes);
  });

  it('encodes an empty file as an empty string', async () => {
    expect(await encodeBase64(new Uint8Array())).toBe('');
  });
});
