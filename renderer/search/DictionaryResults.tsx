import { useEffect, useId, useState } from 'react';
import type { DictionaryMatch } from '../../shared/model/dictionary';
import { DictionaryHead } from '../aids/DictionaryHead';
import { useInvoke } from '../api/ApiContext';
import { useI18n } from '../i18n/I18nContext';

/** The third group of search results: dictionary words in the query, below articles and notes. */
export function DictionaryResults({ query }: { query: string }) {
  const { t } = useI18n();
  const invoke = useInvoke();
  const headingId = useId();
  const [words, setWords] = useState<DictionaryMatch[]>([]);
  useEffect(() => {
    let live = true;
    void invoke('dictionary:search', { query }).then((result) => {
      if (live) setWords(result.ok ? result.value : []);
    });
    return () => {
      live = false;
    };
  }, [invoke, query]);
  if (words.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="search-notes search-dictionary">
      <h3 id={headingId}>{t('search.inDictionary')}</h3>
      <ol className="search-list">
        {words.map((match) => {
          const entry = match.entries[0]!;
          return (
            <li key={match.word} className="search-item">
              <DictionaryHead word={match.word} entry={entry} />
              <p className="search-snippet">
                {match.entries
                  .flatMap((e) => e.definitions)
                  .slice(0, 4)
                  .join('; ')}
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
