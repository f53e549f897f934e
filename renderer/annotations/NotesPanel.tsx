import { useId } from 'react';
import type { Annotation } from '../../shared/model/annotation';
import { useI18n } from '../i18n/I18nContext';

/** The article's highlights in reading order; choosing one takes the reader to it. */
export function NotesPanel({
  annotations,
  onReveal,
}: {
  annotations: readonly Annotation[];
  onReveal: (id: string) => void;
}) {
  const { t } = useI18n();
  const headingId = useId();
  return (
    <aside className="notes-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('notes.heading')}</h2>
      {annotations.length === 0 ? (
        <p className="muted">{t('notes.empty')}</p>
      ) : (
        <ol className="notes-list">
          {annotations.map((annotation) => (
            <li key={annotation.id}>
              <button
                type="button"
                className="note-item"
                data-annotation-id={annotation.id}
                aria-describedby={`${headingId}-${annotation.id}`}
                onClick={() => onReveal(annotation.id)}
              >
                <span className={`swatch swatch-${annotation.color}`} aria-hidden="true" />
                <span className="note-quote" lang="zh-CN">
                  {annotation.target.quote.exact}
                </span>
                {annotation.note && <span className="note-text">{annotation.note}</span>}
              </button>
              <span hidden id={`${headingId}-${annotation.id}`}>
                {t(`color.${annotation.color}`)}
              </span>
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}
