import { useState } from 'react';
import { useInvoke } from '../api/ApiContext';
import { useI18n } from '../i18n/I18nContext';
import { GroupExport } from './GroupExport';
import { saveTextFile } from './saveTextFile';

type Outcome = { kind: 'done' | 'error'; text: string };

/**
 * Exports one article (or, without `articleId`, the whole library) as a Markdown download, then
 * says what it exported and where, or why there was nothing to export.
 */
export function ExportButton({ articleId, label }: { articleId?: string; label?: string }) {
  const invoke = useInvoke();
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const exportMarkdown = async () => {
    setBusy(true);
    setOutcome(null);
    const result = await invoke('export:markdown', articleId === undefined ? {} : { articleId });
    setBusy(false);
    if (!result.ok) {
      const empty = result.error.code === 'nothing-to-export';
      const emptyText = t(articleId === undefined ? 'export.emptyLibrary' : 'export.emptyArticle');
      setOutcome({ kind: 'error', text: empty ? emptyText : result.error.message });
      return;
    }
    const { filename, markdown, highlights } = result.value;
    saveTextFile(filename, markdown);
    setOutcome({
      kind: 'done',
      text: t(highlights === 1 ? 'export.doneOne' : 'export.done', {
        count: highlights,
        file: filename,
      }),
    });
  };

  return (
    <>
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
        <span className="export-outcome" role={outcome?.kind === 'error' ? 'alert' : 'status'}>
          {outcome && (
            <span className={`export-message export-${outcome.kind}`}>
              <span className="export-text">{outcome.text}</span>
              <button
                type="button"
                className="button subtle"
                aria-label={t('app.dismiss')}
                title={t('app.dismiss')}
                onClick={() => setOutcome(null)}
              >
                <span aria-hidden="true">×</span>
              </button>
            </span>
          )}
        </span>
      </span>
      <GroupExport {...(articleId === undefined ? {} : { articleId })} />
    </>
  );
}
