/** One CC-CEDICT entry, as the popup, the search box and `yuedu lookup --json` show it. */
export interface DictionaryEntry {
  simplified: string;
  traditional: string;
  /** Pinyin with tone marks: "yín háng". */
  pinyin: string;
  /** Pinyin as CC-CEDICT writes it, tone numbers (5 = neutral) and u: for ü: "yin2 hang2". */
  pinyinNumbers: string;
  definitions: string[];
}

/** Every entry for one word found at the start of a text; lookups answer these longest first. */
export interface DictionaryMatch {
  word: string;
  entries: DictionaryEntry[];
}

/** One character's reading in context, for ruby and tone colours; empty pinyin for non-Han text. */
export interface CharReading {
  /** The UTF-16 offset of the character in the text that was read. */
  offset: number;
  char: string;
  pinyin: string;
  /** 1–4, or 5 for the neutral tone; 0 when the character has no reading. */
  tone: number;
  /** The character's rank among the most common (1 = most common); 0 when not in the list. */
  rank: number;
}
