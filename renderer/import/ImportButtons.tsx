import { useRef, type ChangeEvent } from 'react';
import { useI18n } from '../i18n/I18nContext';
import { chosenFromInput, type ChosenFile } from './importableFiles';

/**
 * "Import articles…" (several .txt/.md files) and "Import folder…" (a whole folder, recursively).
 * Each is a real button, the control keyboard and screen-reader users reach and press; it opens
 * the browser's file chooser through a file input that is hidden from everyone.
 */
export function ImportButtons({
  disabled,
  onChosen,
}: {
  disabled: boolean;
  onChosen: (files: ChosenFile[]) => void;
}) {
  const { t } = useI18n();
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = chosenFromInput(event.target.files ?? []);
    // Clearing lets the same files be chosen again later.
    event.target.value = '';
    if (chosen.length > 0) onChosen(chosen);
  };

  return (
    <span className="import-buttons">
      <button
        type="button"
        className="button"
        disabled={disabled}
        onClick={() => filesInput.current?.click()}
      >
        {t('import.files')}
      </button>
      <button
        type="button"
        className="button"
        disabled={disabled}
        onClick={() => folderInput.current?.click()}
      >
        {t('import.folder')}
      </button>
      <input
        ref={filesInput}
        className="import-files-input"
        type="file"
        hidden
        tabIndex={-1}
        aria-hidden="true"
        multiple
        accept=".txt,.md,.markdown,text/plain,text/markdown"
        onChange={onChange}
      />
      <input
        ref={(input) => {
          folderInput.current = input;
          // React does not know these attributes; they make the input pick a folder.
          input?.setAttribute('webkitdirectory', '');
          input?.setAttribute('directory', '');
        }}
        className="import-folder-input"
        type="file"
        hidden
        tabIndex={-1}
        aria-hidden="true"
        multiple
        onChange={onChange}
      />
    </span>
  );
}
