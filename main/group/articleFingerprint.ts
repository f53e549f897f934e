import { createHash } from 'node:crypto';

/**
 * Names one version of an article's text, so members can tell whether they read the same words
 * (same fingerprint) or annotations must be re-anchored on a different version.
 */
export function articleFingerprint(text: string): string {
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}
