import { useId, type ChangeEvent } from 'react';
import { useI18n } from '../i18n/I18nContext';
import { chosenFromInput, type ChosenFile } from './importableFiles';

/**
 * "Import articles…" (several .txt/.md files) and "Import folder…" (a whole folder, recursively).
 * Each is a visually hidden file input behind a label styled as a button, so it stays keyboard-usable.
 */
export function ImportButtons({
  disabled,
  onChosen,
}: {
  disabled: boolean;
  onChosen: (files: ChosenFile[]) => void;
}) {
  const { t } = useI18n();
  const filesId = useId();
  const folderId = useId();

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = chosenFromInput(event.target.files ?? []);
    // Clearing lets the same files be chosen again later.
    event.target.value = '';
    if (chosen.length > 0) onChosen(chosen);
  };

  return (
    <span className="import-buttons">
      <input
        id={filesId}
        className="file-input visually-hidden"
        type="file"
        multiple
        accept=".txt,.md,.markdown,text/plain,text/markdown"
        disabled={disabled}
        onChange={onChange}
      />
      <label className="button file-button" htmlFor={filesId}>
        {t('import.files')}
      </label>
      <input
        id={folderId}
        ref={(input) => {
          // React does not know these attributes; they make the input pick a folder.
          input?.setAttribute('webkitdirectory', '');
          input?.setAttribute('directory', '');
        }}
        className="file-input visually-hidden"
        type="file"
        multiple
        disabled={disabled}
        onChange={onChange}
      />
      <label className="button file-button" htmlFor={folderId}>
        {t('import.folder')}
      </label>
    </span>
  );
}
