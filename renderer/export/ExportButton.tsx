import { useState } from 'react';
import { useInvoke } from '../api/ApiContext';
import { ErrorMessage } from '../app/ErrorMessage';
import { useI18n } from '../i18n/I18nContext';
import { saveTextFile } from './saveTextFile';

/** Exports one article (or, without `articleId`, the whole library) as a Markdown download. */
export function ExportButton({ articleId, label }: { articleId?: string; label?: string }) {
  const invoke = useInvoke();
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const exportMarkdown = async () => {
    setBusy(true);
    const result = await invoke('export:markdown', articleId === undefined ? {} : { articleId });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setError(null);
    saveTextFile(result.value.filename, result.value.markdown);
  };

  return (
    <span className="export">
      <button
        type="button"
        className="button"
        aria-busy={busy}
        title={label}
        onClick={() => void exportMarkdown()}
      >
        {t('export.markdown')}
      </button>
      <ErrorMessage message={error} />
    </span>
  );
}
