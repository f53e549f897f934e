import { useI18n } from '../i18n/I18nContext';
import type { SearchState } from './useSearch';

/** The header's one search field; Enter searches at once, Escape closes the results. */
export function SearchBox({ search }: { search: SearchState }) {
  const { t } = useI18n();
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
    </form>
  );
}
