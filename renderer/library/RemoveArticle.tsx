import { useState } from 'react';
import type { ArticleSummary } from '../../shared/model/article';
import { useInvoke } from '../api/ApiContext';
import { ErrorMessage } from '../app/ErrorMessage';
import { useI18n } from '../i18n/I18nContext';

/**
 * Removes an imported article, after a confirm step that says its highlights are kept. Bundled
 * articles never get this control.
 */
export function RemoveArticle({
  article,
  onRemoved,
}: {
  article: ArticleSummary;
  onRemoved: () => void;
}) {
  const invoke = useInvoke();
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const remove = async () => {
    setBusy(true);
    const result = await invoke('library:remove', { id: article.id });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setConfirming(false);
    onRemoved();
  };

  if (!confirming) {
    return (
      <button
        type="button"
        className="button subtle"
        aria-label={t('library.removeLabel', { title: article.title })}
        onClick={() => {
          setError(null);
          setConfirming(true);
        }}
      >
        {t('library.remove')}
      </button>
    );
  }
  return (
    <div
      className="remove-confirm"
      role="group"
      aria-label={t('library.removeLabel', { title: article.title })}
    >
      <p>{t('library.removeConfirm')}</p>
      <button
        type="button"
        className="button danger"
        disabled={busy}
        aria-busy={busy}
        // The confirm step replaced the button that had focus; keep the keyboard where it was.
        autoFocus
        onClick={() => void remove()}
      >
        {t('library.removeYes')}
      </button>
      <button type="button" className="button" onClick={() => setConfirming(false)}>
        {t('library.removeCancel')}
      </button>
      <ErrorMessage message={error} />
    </div>
  );
}
