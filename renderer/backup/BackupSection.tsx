import { useId, useRef, useState, type ChangeEvent } from 'react';
import { BACKUP_FILE_MAX_BYTES, formatMegabytes } from '../../shared/limits';
import { useInvoke } from '../api/ApiContext';
import { ErrorMessage } from '../app/ErrorMessage';
import { saveTextFile } from '../export/saveTextFile';
import { useI18n } from '../i18n/I18nContext';

/**
 * Backs up everything the user made to one JSON download, and restores such a file: the summary
 * of what the restore changed (or why it failed) is shown in place, then the app reloads its data.
 */
export function BackupSection({ onRestored }: { onRestored: () => void }) {
  const invoke = useInvoke();
  const { t } = useI18n();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<'backup' | 'restore' | null>(null);
  const [summary, setSummary] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const backUp = async () => {
    setBusy('backup');
    setSummary(null);
    const result = await invoke('backup:export', {});
    setBusy(null);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setError(null);
    saveTextFile(result.value.filename, result.value.json, 'application/json;charset=utf-8');
  };

  const restore = async (file: File) => {
    setSummary(null);
    const tooLarge = t('backup.tooLarge', {
      name: file.name,
      limit: formatMegabytes(BACKUP_FILE_MAX_BYTES),
    });
    // Refused before reading: the same limit every door enforces, in the user's language.
    if (file.size > BACKUP_FILE_MAX_BYTES) {
      setError(tooLarge);
      return;
    }
    setBusy('restore');
    setError(null);
    let json: string;
    try {
      json = await file.text();
    } catch {
      setBusy(null);
      setError(t('backup.readFailed', { name: file.name }));
      return;
    }
    const result = await invoke('backup:import', { json });
    setBusy(null);
    if (!result.ok) {
      setError(result.error.code === 'too-large' ? tooLarge : result.error.message);
      return;
    }
    const { annotationsAdded, annotationsUpdated, annotationsUnchanged } = result.value;
    setSummary(
      t('backup.summary', {
        added: annotationsAdded,
        updated: annotationsUpdated,
        unchanged: annotationsUnchanged,
      }),
    );
    onRestored();
  };

  const onFileChosen = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Clearing the input lets the same file be chosen again after a failed restore.
    if (input.current) input.current.value = '';
    if (file) void restore(file);
  };

  return (
    <fieldset className="settings-group backup-group">
      <legend>{t('backup.heading')}</legend>
      <p className="muted backup-explain">{t('backup.explain')}</p>
      <div className="choice-row">
        <button
          type="button"
          className="button"
          aria-busy={busy === 'backup'}
          disabled={busy !== null}
          onClick={() => void backUp()}
        >
          {t('backup.export')}
        </button>
        <input
          ref={input}
          id={inputId}
          className="file-input visually-hidden"
          type="file"
          accept=".json,application/json"
          disabled={busy !== null}
          onChange={onFileChosen}
        />
        <label className="button file-button" htmlFor={inputId} aria-busy={busy === 'restore'}>
          {t('backup.import')}
        </label>
      </div>
      <p className="backup-summary" role="status">
        {summary}
      </p>
      <ErrorMessage message={error} />
    </fieldset>
  );
}
