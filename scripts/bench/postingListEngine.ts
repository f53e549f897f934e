// The posting-list prototype as a benchmark engine: what was tried before MiniSearch was kept.
import type { Engine } from './searchEngines';
import { PostingSearchIndex } from './postingList/postingSearchIndex';

const RESULTS_SHOWN = 20;

/** Unit and pair posting lists (scripts/bench/postingList), not shipped: the issue keeps MiniSearch. */
export function postingListEngine(): Engine {
  let index: PostingSearchIndex | null = null;
  let json = '';
  return {
    name: 'posting lists (prototype, not shipped)',
    build: (articles) => (index = PostingSearchIndex.build(articles)),
    persist: () => {
      json = index!.toJSON();
      index = null;
      return Buffer.byteLength(json);
    },
    load: (articles) => (index = PostingSearchIndex.load(json, articles)),
    matches: (q) => index!.matchingIds(q),
    query: (q) => index!.search(q, RESULTS_SHOWN),
    close: () => (index = null),
  };
}
