import { useId } from 'react';
import type { PlacedAnnotation } from '../../shared/model/annotation';
import { useI18n } from '../i18n/I18nContext';
import { formatDate } from '../i18n/formatDate';
import { shortQuote } from './shortQuote';

interface OrphanedListProps {
  orphans: readonly PlacedAnnotation[];
  reattachingId: string | null;
  onReattach: (id: string) => void;
  onDelete: (id: string) => void;
}

/**
 * Highlights whose text is gone from the article, with what they said and when, so the user can
 * put each one on a new selection or delete it: an orphan is never dropped or moved silently.
 */
export function OrphanedList({ orphans, reattachingId, onReattach, onDelete }: OrphanedListProps) {
  const { t, language } = useI18n();
  const headingId = useId();
  return (
    <section className="orphans" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('orphans.heading')}</h3>
      <p className="orphans-explain">{t('orphans.explain')}</p>
      <ol className="orphans-list">
        {orphans.map((orphan) => {
          const quote = shortQuote(orphan.target.quote.exact);
          return (
            <li key={orphan.id} className="orphan" data-annotation-id={orphan.id}>
              <blockquote className={`orphan-quote edge-${orphan.color}`} lang="zh-CN" dir="auto">
                {orphan.target.quote.exact}
              </blockquote>
              {orphan.note && (
                <p className="orphan-note" dir="auto">
                  {orphan.note}
                </p>
              )}
              <p className="orphan-date">
                <time dateTime={orphan.created}>
                  {t('orphans.created', { date: formatDate(orphan.created, language) })}
                </time>
              </p>
              <div className="orphan-actions">
                <button
                  type="button"
                  className="button"
                  data-reattach-id={orphan.id}
                  aria-pressed={reattachingId === orphan.id}
                  aria-label={t('orphans.reattachLabel', { quote })}
                  onClick={() => onReattach(orphan.id)}
                >
                  {t('orphans.reattach')}
                </button>
                <button
                  type="button"
                  className="button danger"
                  aria-label={t('notes.deleteLabel', { quote })}
                  onClick={() => onDelete(orphan.id)}
                >
                  {t('highlight.delete')}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
