import { useId } from 'react';
import type { SearchHit } from '../../shared/model/search';
import { ErrorMessage } from '../app/ErrorMessage';
import { formatRoute } from '../app/route';
import { useI18n } from '../i18n/I18nContext';
import { splitSnippet } from './splitSnippet';

/** The hits for the current query: title, and a snippet with the matches marked. */
export function SearchResults({
  hits,
  error,
  onOpen,
  onClose,
}: {
  hits: SearchHit[];
  error: string | null;
  onOpen: () => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const headingId = useId();
  return (
    <section
      className="search-results"
      aria-labelledby={headingId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <div className="panel-header">
        <h2 id={headingId}>{t('search.results')}</h2>
        <button type="button" className="button subtle" onClick={onClose}>
          {t('search.close')}
        </button>
      </div>
      <ErrorMessage message={error} />
      {hits.length === 0 && !error ? (
        <p className="muted">{t('search.none')}</p>
      ) : (
        <ol className="search-list">
          {hits.map((hit) => (
            <li key={`${hit.articleId}:${hit.match?.start ?? ''}`} className="search-item">
              <a
                className="search-title"
                lang="zh-CN"
                href={formatRoute({ view: 'article', id: hit.articleId, hit: hit.match })}
                onClick={onOpen}
              >
                {hit.title}
              </a>
              <p className="search-snippet" lang="zh-CN">
                {splitSnippet(hit.snippet).map((part, index) =>
                  part.marked ? (
                    <mark key={index}>{part.text}</mark>
                  ) : (
                    <span key={index}>{part.text}</span>
                  ),
                )}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
