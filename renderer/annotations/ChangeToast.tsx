import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/I18nContext';

/** What the toast says, and which step its button takes; `seq` re-announces repeated words. */
export interface ChangeNotice {
  text: string;
  action: 'undo' | 'redo' | null;
  seq: number;
}

const VISIBLE_MS = 10_000;

/**
 * Says what a highlight change just did at the bottom of the window, wherever the user is in the
 * article, with the step that takes it back ("Highlight deleted. Undo"). It stays while it has
 * focus or the pointer; otherwise it goes after a while, and Undo/Redo stay in the toolbar.
 */
export function ChangeToast({
  notice,
  onUndo,
  onRedo,
  onDismiss,
}: {
  notice: ChangeNotice | null;
  onUndo: () => void;
  onRedo: () => void;
  onDismiss: () => void;
}) {
  const { t } = useI18n();
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!notice) return;
    let timer: ReturnType<typeof setTimeout>;
    const schedule = () => {
      timer = setTimeout(() => {
        const element = box.current;
        if (element && (element.matches(':hover') || element.contains(document.activeElement))) {
          schedule();
        } else onDismiss();
      }, VISIBLE_MS);
    };
    schedule();
    return () => clearTimeout(timer);
  }, [notice, onDismiss]);

  return (
    <div ref={box} className="change-toast" role="status">
      {notice && (
        <span key={notice.seq} className="change-toast-row">
          <span className="change-toast-text">{notice.text}</span>
          {notice.action && (
            <button
              type="button"
              className="button"
              onClick={notice.action === 'undo' ? onUndo : onRedo}
            >
              {t(notice.action === 'undo' ? 'undo.undo' : 'undo.redo')}
            </button>
          )}
          <button
            type="button"
            className="button subtle"
            aria-label={t('app.dismiss')}
            title={t('app.dismiss')}
            onClick={onDismiss}
          >
            <span aria-hidden="true">×</span>
          </button>
        </span>
      )}
    </div>
  );
}
