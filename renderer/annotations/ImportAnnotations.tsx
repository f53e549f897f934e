import { useId, useRef, useState, type ChangeEvent } from 'react';
import type { HighlightColor } from '../../shared/model/annotation';
import { DialogPanel } from '../app/DialogPanel';
import { ErrorMessage } from '../app/ErrorMessage';
import { useI18n } from '../i18n/I18nContext';
import { ColorButtons } from './ColorButtons';
import { ForeignImportResult } from './ForeignImportResult';
import { useForeignImport } from './useForeignImport';

/**
 * The reader's "Import annotations…": a button that opens a panel where the user picks a colour
 * and another tool's W3C annotation file (a file input, so it works in Electron and in a browser
 * under `yuedu serve`), then reads what was imported, already here or skipped, and why.
 */
export function ImportAnnotations({
  articleId,
  articleTitle,
  initialColor,
  onImported,
}: {
  articleId: string;
  articleTitle: string;
  initialColor: HighlightColor;
  /** Called after highlights were added, so the reader shows them. */
  onImported: () => void;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    opener.current?.focus();
  };
  return (
    <>
      <button
        ref={opener}
        type="button"
        className="button"
        aria-expanded={open}
        onClick={() => (open ? close() : setOpen(true))}
      >
        {t('foreignImport.open')}
      </button>
      {open && (
        <ImportAnnotationsPanel
          articleId={articleId}
          articleTitle={articleTitle}
          initialColor={initialColor}
          onImported={onImported}
          onClose={close}
        />
      )}
    </>
  );
}

function ImportAnnotationsPanel({
  articleId,
  articleTitle,
  initialColor,
  onImported,
  onClose,
}: {
  articleId: string;
  articleTitle: string;
  initialColor: HighlightColor;
  onImported: () => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const state = useForeignImport(articleId, initialColor, onImported);
  const { outcome } = state;
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);

  const onFileChosen = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Clearing the input lets the same file be chosen again (to see it is already here).
    if (input.current) input.current.value = '';
    if (file) void state.importFile(file);
  };

  return (
    <DialogPanel
      heading={t('foreignImport.heading')}
      closeLabel={t('group.close')}
      className="foreign-import-panel"
      initialFocus=".file-input"
      onClose={onClose}
    >
      <p className="muted">
        {t('foreignImport.onto')} <span lang="zh-CN">{articleTitle}</span>
      </p>
      <p className="muted">{t('foreignImport.explain')}</p>
      <div className="choice-row">
        <span aria-hidden="true">{t('foreignImport.color')}</span>
        <ColorButtons
          label={t('foreignImport.color')}
          selected={state.color}
          onPick={state.setColor}
        />
      </div>
      <div className="choice-row">
        <input
          ref={input}
          id={inputId}
          className="file-input visually-hidden"
          type="file"
          accept=".json,.jsonld,application/json,application/ld+json"
          // Not disabled while busy: that would drop keyboard focus to the page.
          aria-busy={state.busy}
          onChange={onFileChosen}
        />
        <label className="button primary file-button" htmlFor={inputId}>
          {state.busy ? t('foreignImport.importing') : t('foreignImport.chooseFile')}
        </label>
      </div>
      <ForeignImportResult done={outcome?.kind === 'done' ? outcome : null} />
      <ErrorMessage message={outcome?.kind === 'error' ? outcome.message : null} />
    </DialogPanel>
  );
}
