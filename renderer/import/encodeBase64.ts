import { yieldToBrowser } from './yieldToBrowser';

// A multiple of 3, so the base64 of each chunk joins with the next without padding in between.
const CHUNK_BYTES = 3 * 32 * 1024;

/** Base64 of a few bytes at once; `String.fromCharCode` over a small slice stays within the stack. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += 8192) {
    binary += String.fromCharCode(...bytes.subarray(at, at + 8192));
  }
  return btoa(binary);
}

/**
 * Base64 of a whole file's bytes, ~96 KB at a time with a yield to the browser between chunks, so
 * encoding a large file never holds up a frame for long.
 */
export async function encodeBase64(bytes: Uint8Array): Promise<string> {
  if (bytes.length <= CHUNK_BYTES) return bytesToBase64(bytes);
  const parts: string[] = [];
  for (let at = 0; at < bytes.length; at += CHUNK_BYTES) {
    parts.push(bytesToBase64(bytes.subarray(at, at + CHUNK_BYTES)));
    await yieldToBrowser();
  }
  return parts.join('');
}
