// Deterministic libraries and queries for the search benchmark, generated from the seed articles.
import { pinyin } from 'pinyin-pro';
import type { Article, Block } from '../../shared/model/article';
import { SIMPLIFIED, TRADITIONAL } from '../../main/search/tables/tradToSimp';
import { seededRandom } from '../../tests/main/search/seedLibrary';

// The same seeded PRNG (mulberry32) as the exactness tests, so libraries and queries repeat.
export { seededRandom };

const HAN = /\p{Script=Han}/u;
const EXTRAS = ['APEC', 'Ｇ２０', '5G', 'g20', 'RCEP', '马可·波罗', '粵劇', '華僑', '３Ｄ打印'];

function paragraphsOf(article: Article): string[] {
  return article.blocks.map((b) => article.text.slice(b.start, b.end));
}

function makeArticle(id: string, title: string, paragraphs: string[]): Article {
  const blocks: Block[] = [];
  let at = 0;
  for (const p of paragraphs) {
    blocks.push({ kind: 'paragraph', start: at, end: at + p.length });
    at += p.length + 1;
  }
  return { id, title, source: 'bench', text: paragraphs.join('\n'), blocks };
}

/**
 * `count` articles, each a seed article mutated: paragraphs shuffled, about 2 % of its Han
 * characters swapped for others from the seeds, a paragraph borrowed from another article, and a
 * few mixed-script, traditional and name-with-interpunct terms sprinkled in.
 */
export function generateLibrary(seeds: Article[], count: number, seed = 1): Article[] {
  const random = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const pool = [...new Set([...seeds.map((a) => a.text).join('')].filter((c) => HAN.test(c)))];
  return Array.from({ length: count }, (_, i) => {
    const base = seeds[i % seeds.length]!;
    const paragraphs = paragraphsOf(base).map((p) =>
      [...p].map((c) => (HAN.test(c) && random() < 0.02 ? pick(pool) : c)).join(''),
    );
    for (let k = paragraphs.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [paragraphs[k], paragraphs[j]] = [paragraphs[j]!, paragraphs[k]!];
    }
    paragraphs.push(pick(paragraphsOf(pick(seeds))));
    for (let k = 0; k < 3; k++) {
      const at = Math.floor(random() * paragraphs.length);
      const p = paragraphs[at]!;
      const cut = Math.floor(random() * p.length);
      paragraphs[at] = p.slice(0, cut) + pick(EXTRAS) + p.slice(cut);
    }
    return makeArticle(`g${i}`, `${base.title}（${i}）`, paragraphs);
  });
}

const TO_TRADITIONAL = new Map<string, string>();
for (let i = 0; i < SIMPLIFIED.length; i++) {
  if (!TO_TRADITIONAL.has(SIMPLIFIED[i]!)) TO_TRADITIONAL.set(SIMPLIFIED[i]!, TRADITIONAL[i]!);
}

export type QueryKind =
  'word' | 'char' | 'two terms' | 'latin' | 'traditional' | 'pinyin' | 'absent';

/** A benchmark query and what it exercises. */
export interface BenchQuery {
  kind: QueryKind;
  query: string;
}

/** A Han word of `length` characters cut from a random article, or null if the spot has none. */
function hanWord(articles: Article[], random: () => number, length: number): string | null {
  const text = articles[Math.floor(random() * articles.length)]!.text;
  const at = Math.floor(random() * Math.max(1, text.length - length));
  const word = text.slice(at, at + length);
  return [...word].length === length && [...word].every((c) => HAN.test(c)) ? word : null;
}

/** `total` queries of every kind, in fixed proportions, from the library's own text. */
export function generateQueries(articles: Article[], total = 300, seed = 2): BenchQuery[] {
  const random = seededRandom(seed);
  const word = (length: number): string => {
    for (;;) {
      const w = hanWord(articles, random, length);
      if (w) return w;
    }
  };
  const latin = ['APEC', 'apec', '5G', 'G20', 'ＡＰＥＣ', 'rcep', '3d', '2023', '20'];
  const absent = ['火星基地', '量子纠缠', 'zzq', '99999', '大湾区 火星'];
  const kinds: Array<[QueryKind, number, () => string]> = [
    ['word', 0.4, () => word(2 + Math.floor(random() * 3))],
    ['char', 0.1, () => word(1)],
    ['two terms', 0.15, () => `${word(2)} ${word(2)}`],
    ['latin', 0.08, () => latin[Math.floor(random() * latin.length)]!],
    [
      'traditional',
      0.1,
      () => {
        for (;;) {
          const w = word(2 + Math.floor(random() * 2));
          const t = [...w].map((c) => TO_TRADITIONAL.get(c) ?? c).join('');
          if (t !== w) return t;
        }
      },
    ],
    [
      'pinyin',
      0.1,
      () =>
        pinyin(word(2 + Math.floor(random() * 2)), { toneType: 'none', separator: '', v: true }),
    ],
    ['absent', 0.07, () => absent[Math.floor(random() * absent.length)]!],
  ];
  const queries: BenchQuery[] = [];
  for (const [kind, share, make] of kinds) {
    const n = Math.round(total * share);
    for (let i = 0; i < n; i++) queries.push({ kind, query: make() });
  }
  return queries;
}
