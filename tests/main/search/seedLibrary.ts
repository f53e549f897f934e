import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Article } from '../../../shared/model/article';
import { foldForMatch } from '../../../main/search/fold';
import { parseQuery } from '../../../main/search/queryTerms';
import { SIMPLIFIED, TRADITIONAL } from '../../../main/search/tables/tradToSimp';

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

const TO_TRADITIONAL = new Map<string, string>();
for (let i = 0; i < SIMPLIFIED.length; i++) {
  if (!TO_TRADITIONAL.has(SIMPLIFIED[i]!)) TO_TRADITIONAL.set(SIMPLIFIED[i]!, TRADITIONAL[i]!);
}

/** Writes a text's characters in their traditional form where one exists. */
export function toTraditional(text: string): string {
  return [...text].map((c) => TO_TRADITIONAL.get(c) ?? c).join('');
}

/**
 * `seedLibrary` with the variants search must fold: every third article in traditional
 * characters, every fourth with full-width Latin and digits, and names broken by interpuncts.
 */
export function variantLibrary(count: number, seed = 7): Article[] {
  const random = seededRandom(seed);
  return seedLibrary(count).map((a, i) => {
    let text = a.text;
    if (i % 3 === 1) text = toTraditional(text);
    if (i % 4 === 2)
      text = text.replace(/[A-Za-z0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    text = text.replace(/(\p{Script=Han})(\p{Script=Han})/gu, (m, x: string, y: string) =>
      random() < 0.01 ? `${x}·${y}` : m,
    );
    return { ...a, title: i % 3 === 1 ? toTraditional(a.title) : a.title, text };
  });
}

/** The ground truth for exactness tests: ids of articles whose folded title or text holds every term. */
export function plainScan(articles: readonly Article[], query: string): string[] {
  const terms = parseQuery(query);
  if (terms.length === 0) return [];
  return articles
    .filter((a) => {
      const title = foldForMatch(a.title).text;
      const text = foldForMatch(a.text).text;
      return terms.every((t) => title.includes(t) || text.includes(t));
    })
    .map((a) => a.id)
    .sort();
}
