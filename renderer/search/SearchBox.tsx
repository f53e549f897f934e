import type { SearchStatus } from '../../shared/model/search';
import { useI18n } from '../i18n/I18nContext';
import type { SearchState } from './useSearch';

/**
 * The header's one search field; Enter searches at once, Escape closes the results. Beside it, the
 * index's progress while it is still being built, since searches wait for it until then.
 */
export function SearchBox({
  search,
  status,
}: {
  search: SearchState;
  status: SearchStatus | null;
}) {
  const { t } = useI18n();
  const indexing = status !== null && !status.ready;
  return (
    <form
      className="search-box"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        search.submit();
      }}
    >
      <input
        type="search"
        className="search-input"
        aria-label={t('search.label')}
        placeholder={t('search.placeholder')}
        value={search.query}
        onChange={(event) => search.setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') search.clear();
        }}
      />
      <span className="search-status" role="status" aria-label={t('search.indexStatus')}>
        {indexing
          ? t('search.indexing', { done: status.indexedArticles, total: status.totalArticles })
          : ''}
      </span>
    </form>
  );
}
