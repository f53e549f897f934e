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

/**
 * The session cookie's name for the server on `port`. Browsers keep cookies per host, not per
 * port, so every `yuedu serve` on 127.0.0.1 needs a name of its own: a second server then sets its
 * own cookie instead of overwriting the first one's, and each ignores the other's.
 */
export const sessionCookieName = (port: number): string => `yuedu_session_${port}`;

/** The Set-Cookie value that carries the token: never readable by scripts, never sent cross-site. */
export const sessionCookie = (port: number, token: string): string =>
  `${sessionCookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`;

/** Reads one cookie's value from a Cookie header. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}
