import { randomUUID } from 'node:crypto';
import type { Article } from '../../shared/model/article';
import type { VocabularyEntry } from '../../shared/model/vocabulary';
import { AppFailure } from '../appFailure';
import type { DictionaryLookup } from '../dictionary/dictionaryService';
import type { Store } from '../store/store';
import { sentenceAround } from './sentenceAround';

/** What the vocabulary needs: the store, the dictionary, the articles and the clock. */
export interface VocabularyDeps {
  store: Store;
  dictionary: Pick<DictionaryLookup, 'call'>;
  article: (id: string) => Promise<Article>;
  now: () => Date;
}

/**
 * The reader's vocabulary: words saved with their dictionary entry, the sentence they were found
 * in and a link back. Kept behind this small interface so the store's internals can change under it.
 */
export class VocabularyService {
  constructor(private readonly deps: VocabularyDeps) {}

  /**
   * Saves `word` as found in the article at `offset` (or its first occurrence), with the first
   * dictionary entry for it. A word already saved from the same article is answered as it is.
   */
  async add(word: string, articleId: string, offset?: number): Promise<VocabularyEntry> {
    const article = await this.deps.article(articleId);
    const at =
      offset !== undefined && article.text.startsWith(word, offset)
        ? offset
        : article.text.indexOf(word);
    if (at < 0) {
      throw new AppFailure(
        'not-found',
        `"${word}" does not occur in the article "${article.title}".`,
      );
    }
    const [match] = await this.deps.dictionary.call('lookup', { text: word });
    const entry = match?.word === word ? match.entries[0] : undefined;
    if (!entry) throw new AppFailure('not-found', `"${word}" is not in the dictionary.`);
    return this.deps.store.update((data) => {
      const existing = data.vocabulary.find((v) => v.word === word && v.articleId === articleId);
      if (existing) return { ...existing };
      const saved: VocabularyEntry = {
        id: randomUUID(),
        word,
        traditional: entry.traditional,
        pinyin: entry.pinyin,
        definitions: [...entry.definitions],
        sentence: sentenceAround(article.text, at),
        articleId,
        offset: at,
        added: this.deps.now().toISOString(),
      };
      data.vocabulary.push(saved);
      return { ...saved };
    });
  }

  /** Every saved word, newest first; with a query, those whose word, pinyin or meaning holds it. */
  list(query = ''): VocabularyEntry[] {
    const needle = query.trim().toLowerCase();
    const all = [...this.deps.store.read().vocabulary].reverse();
    if (needle === '') return all;
    const bare = (text: string) =>
      text
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase();
    return all.filter(
      (entry) =>
        entry.word.includes(query.trim()) ||
        entry.traditional.includes(query.trim()) ||
        bare(entry.pinyin).includes(bare(needle)) ||
        entry.definitions.some((d) => d.toLowerCase().includes(needle)),
    );
  }

  async remove(id: string): Promise<{ id: string }> {
    return this.deps.store.update((data) => {
      const index = data.vocabulary.findIndex((entry) => entry.id === id);
      if (index < 0) throw new AppFailure('not-found', 'That word is not in the vocabulary.');
      data.vocabulary.splice(index, 1);
      return { id };
    });
  }
}
