import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Article } from '../../../shared/model/article';

const SEED = fileURLToPath(new URL('../../../seeds/000_5ac92f22d7be5a46.txt', import.meta.url));

/** Builds an Article from a title and paragraphs, with blocks laid out the way the parser does. */
export function makeArticle(id: string, title: string, paragraphs: string[]): Article {
  const blocks: Article['blocks'] = [];
  let at = 0;
  for (const p of paragraphs) {
    blocks.push({ kind: 'paragraph', start: at, end: at + p.length });
    at += p.length + 1;
  }
  return { id, title, source: 'test', text: paragraphs.join('\n'), blocks };
}

/** The seed's blank-line-separated paragraphs, indentation removed. */
export function seedParagraphs(): string[] {
  return readFileSync(SEED, 'utf8')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/**
 * Pseudo-articles cut from the seed text, independent of the real parser: `count` articles of
 * `perArticle` consecutive paragraphs spread over the whole seed (wrapping around), each titled by its first paragraph's start.
 */
export function seedLibrary(count: number, perArticle = 4): Article[] {
  const paragraphs = seedParagraphs();
  const stride = Math.max(1, Math.floor(paragraphs.length / count));
  const articles: Article[] = [];
  for (let i = 0; i < count; i++) {
    const chunk = Array.from(
      { length: perArticle },
      (_, k) => paragraphs[(i * stride + k) % paragraphs.length]!,
    );
    articles.push(makeArticle(`seed-${i}`, chunk[0]!.slice(0, 16), chunk.slice(1)));
  }
  return articles;
}

/** A small deterministic PRNG so generated queries are the same on every run. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
