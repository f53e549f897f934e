import { randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh secret per `yuedu serve` run: other local programs and web pages cannot guess it. */
export const createSessionToken = (): string => randomBytes(24).toString('base64url');

/** Compares tokens in constant time so response timing does not leak the secret. */
export function tokensMatch(expected: string, given: string | undefined | null): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

export const TOKEN_COOKIE = 'yuedu_token';

/** Reads one cookie's value from a Cookie header. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}
