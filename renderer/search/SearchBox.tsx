import type { SearchStatus } from '../../shared/model/search';
import { formatRoute } from '../app/route';
import { useI18n } from '../i18n/I18nContext';
import { firstResultRoute } from './firstResult';
import type { SearchState } from './useSearch';

/**
 * The header's one search field; results come as the user types, Enter opens the first one (after
 * searching at once if they are not in yet), Escape closes them. Beside it, the index's progress
 * while it is still being built, since searches wait for it until then.
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
        void search.submit().then((results) => {
          if (!results?.hits) return;
          const route = firstResultRoute(results.hits, results.notes, results.query);
          if (!route) return;
          window.location.hash = formatRoute(route);
          search.clear();
        });
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
