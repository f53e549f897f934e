/** A word the reader saved from the dictionary popup (or `yuedu vocab add`), with where it was found. */
export interface VocabularyEntry {
  id: string;
  /** The word as written in the article (simplified, or traditional if the article is). */
  word: string;
  traditional: string;
  /** Pinyin with tone marks. */
  pinyin: string;
  definitions: string[];
  /** The sentence the word was found in. */
  sentence: string;
  articleId: string;
  /** Canonical offset of the word in the article, for the link back. */
  offset: number;
  added: string;
}
