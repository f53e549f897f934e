import { useEffect, useId, useRef } from 'react';
import type { PlacedAnnotation } from '../../shared/model/annotation';
import { useI18n } from '../i18n/I18nContext';
import { OrphanedList } from './OrphanedList';
import { shortQuote } from './shortQuote';

interface NotesPanelProps {
  id: string;
  /** Closed, it is hidden; the toolbar's Notes button opens it again. */
  open: boolean;
  /** A drawer over the article (narrow windows), which takes focus when it opens. */
  drawer: boolean;
  /** The article's anchored highlights in reading order. */
  annotations: readonly PlacedAnnotation[];
  /** Highlights that lost their place; listed apart so they are never silently dropped. */
  orphans: readonly PlacedAnnotation[];
  reattachingId: string | null;
  onReveal: (id: string) => void;
  onDelete: (id: string) => Promise<boolean>;
  onReattach: (id: string) => void;
  onClose: () => void;
}

/**
 * The article's highlights in reading order, each one a way to reach it or delete it, then its
 * orphans: a column beside the article on wide windows, a drawer over it on narrow ones.
 */
export function NotesPanel({
  id,
  open,
  drawer,
  annotations,
  orphans,
  reattachingId,
  onReveal,
  onDelete,
  onReattach,
  onClose,
}: NotesPanelProps) {
  const { t } = useI18n();
  const headingId = useId();
  const panel = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (open && drawer) heading.current?.focus();
  }, [open, drawer]);

  /** Deletes one item and keeps keyboard focus in the list, on the item that took its place. */
  const deleteItem = (id: string, index: number) => {
    void onDelete(id).then((deleted) => {
      if (!deleted) return;
      requestAnimationFrame(() => {
        const items = panel.current?.querySelectorAll<HTMLElement>('.notes-list .note-item') ?? [];
        (items[Math.min(index, items.length - 1)] ?? heading.current)?.focus();
      });
    });
  };

  return (
    <aside
      ref={panel}
      id={id}
      className={drawer ? 'notes-panel notes-drawer' : 'notes-panel'}
      aria-labelledby={headingId}
      hidden={!open}
    >
      <div className="panel-header">
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          {t('notes.heading')}
        </h2>
        <button
          type="button"
          className="button subtle"
          aria-label={t('notes.close')}
          title={t('notes.close')}
          onClick={onClose}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {annotations.length === 0 ? (
        <p className="muted">{t('notes.empty')}</p>
      ) : (
        <ol className="notes-list">
          {annotations.map((annotation, index) => (
            <li key={annotation.id} className="notes-entry">
              <button
                type="button"
                className="note-item"
                data-annotation-id={annotation.id}
                aria-describedby={`${headingId}-${annotation.id}`}
                onClick={() => onReveal(annotation.id)}
              >
                <span className={`swatch swatch-${annotation.color}`} aria-hidden="true" />
                <span className="note-quote" lang="zh-CN" dir="auto">
                  {annotation.target.quote.exact}
                </span>
                {annotation.note && (
                  <span className="note-text" dir="auto">
                    {annotation.note}
                  </span>
                )}
              </button>
              <button
                type="button"
                className="button subtle note-delete"
                aria-label={t('notes.deleteLabel', {
                  quote: shortQuote(annotation.target.quote.exact),
                })}
                onClick={() => deleteItem(annotation.id, index)}
              >
                {t('highlight.delete')}
              </button>
              <span hidden id={`${headingId}-${annotation.id}`}>
                {t(`color.${annotation.color}`)}
              </span>
            </li>
          ))}
        </ol>
      )}
      {orphans.length > 0 && (
        <OrphanedList
          orphans={orphans}
          reattachingId={reattachingId}
          onReattach={onReattach}
          onDelete={(id) => void onDelete(id)}
        />
      )}
    </aside>
  );
}
