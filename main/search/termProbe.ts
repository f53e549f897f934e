import type MiniSearch from 'minisearch';

/** The part of MiniSearch's term dictionary (a radix tree, `SearchableMap`) read here. */
interface TermMap {
  has(term: string): boolean;
}

/**
 * Asks a MiniSearch index whether it holds a term, without running a search: pinyin needs to know
 * which characters and character pairs occur before it asks for their documents. MiniSearch keeps
 * its dictionary in a protected `_index` field with no public lookup, so this reads it directly
 * (tests/main/search/termProbe.test.ts guards it across MiniSearch upgrades).
 */
export class TermProbe {
  constructor(private readonly mini: MiniSearch<never> | MiniSearch<object>) {}

  /** Whether the index holds exactly this term. */
  has(term: string): boolean {
    return (this.mini as unknown as { _index: TermMap })._index.has(term);
  }
}
