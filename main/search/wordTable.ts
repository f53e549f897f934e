/**
 * The distinct word terms (Latin words, numbers, mixed like "g20") of the indexed articles, with
 * how many articles hold each. MiniSearch looks terms up whole or by prefix, but "20" must also
 * find "2020" and "g20": the query asks for every word containing it, listed from here. Counts keep
 * the list exact when articles are removed.
 */
export class WordTable {
  private sorted: string[] | null = null;

  constructor(private readonly counts = new Map<string, number>()) {}

  /** Restores a table saved with `toJSON`; throws on anything else. */
  static fromJSON(data: unknown): WordTable {
    if (!Array.isArray(data)) throw new Error('Not a word table');
    const counts = new Map<string, number>();
    for (const entry of data) {
      if (!Array.isArray(entry) || typeof entry[0] !== 'string' || typeof entry[1] !== 'number')
        throw new Error('Not a word table');
      counts.set(entry[0], entry[1]);
    }
    return new WordTable(counts);
  }

  /** Records one article's words (each distinct word counted once). */
  addArticle(words: Iterable<string>): void {
    for (const word of new Set(words)) this.counts.set(word, (this.counts.get(word) ?? 0) + 1);
    this.sorted = null;
  }

  /** Forgets one article's words, as given to `addArticle`. */
  removeArticle(words: Iterable<string>): void {
    for (const word of new Set(words)) {
      const n = (this.counts.get(word) ?? 0) - 1;
      if (n > 0) this.counts.set(word, n);
      else this.counts.delete(word);
    }
    this.sorted = null;
  }

  /** Whether some article holds a word containing `token`. */
  hasContaining(token: string): boolean {
    return this.words().some((word) => word.includes(token));
  }

  /** Every word containing `token`, at most `max + 1` (so the caller can tell "too many"). */
  containing(token: string, max: number): string[] {
    const found: string[] = [];
    for (const word of this.words()) {
      if (word.includes(token)) {
        found.push(word);
        if (found.length > max) break;
      }
    }
    return found;
  }

  toJSON(): Array<[string, number]> {
    return this.words().map((word) => [word, this.counts.get(word)!]);
  }

  private words(): string[] {
    return (this.sorted ??= [...this.counts.keys()].sort());
  }
}
