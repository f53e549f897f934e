import { useI18n } from '../i18n/I18nContext';

/** "Hit 2 of 7" for the search the article was opened from, with previous/next and clear. */
export function HitBar({
  query,
  index,
  count,
  onPrevious,
  onNext,
  onClear,
}: {
  query: string | null;
  index: number;
  count: number;
  onPrevious: () => void;
  onNext: () => void;
  onClear: () => void;
}) {
  const { t } = useI18n();
  return (
    <div className="hit-bar" role="group" aria-label={t('hits.bar')}>
      {query && (
        <span className="hit-query" lang="zh-CN">
          “{query}”
        </span>
      )}
      <span className="hit-position" aria-live="polite">
        {t('hits.position', { index: index + 1, count })}
      </span>
      <button
        type="button"
        className="button"
        aria-label={t('hits.previous')}
        title={t('hits.previous')}
        onClick={onPrevious}
      >
        <span aria-hidden="true">↑</span>
      </button>
      <button
        type="button"
        className="button"
        aria-label={t('hits.next')}
        title={t('hits.next')}
        onClick={onNext}
      >
        <span aria-hidden="true">↓</span>
      </button>
      <span className="hit-keys muted">{t('hits.keys')}</span>
      <button
        type="button"
        className="button subtle"
        aria-label={t('hits.clear')}
        title={t('hits.clear')}
        onClick={onClear}
      >
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
