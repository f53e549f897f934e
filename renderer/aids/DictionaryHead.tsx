import type { DictionaryEntry } from '../../shared/model/dictionary';

/**
 * An entry's head line, one look in the popup and in search results: the word, its traditional
 * form when it differs, and pinyin with tone marks.
 */
export function DictionaryHead({ word, entry }: { word: string; entry: DictionaryEntry }) {
  return (
    <p className="dictionary-head">
      <span className="dictionary-word" lang="zh-CN">
        {word}
      </span>
      {entry.traditional !== entry.simplified && (
        <span className="dictionary-traditional" lang="zh-TW">
          {entry.traditional}
        </span>
      )}
      <span className="dictionary-pinyin">{entry.pinyin}</span>
    </p>
  );
}
