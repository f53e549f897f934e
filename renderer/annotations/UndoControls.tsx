import { useI18n } from '../i18n/I18nContext';
import { runsOnMac } from './undoShortcut';

/** A message for the polite live region; `seq` changes even when the words repeat, so it is re-read. */
export interface StatusMessage {
  text: string;
  seq: number;
}

interface UndoControlsProps {
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
  status: StatusMessage | null;
}

/** Undo and Redo buttons for highlight changes, and the live region that says what they did. */
export function UndoControls({ canUndo, canRedo, onUndo, onRedo, status }: UndoControlsProps) {
  const { t } = useI18n();
  const isMac = runsOnMac();
  const mod = isMac ? 'Meta' : 'Control';
  return (
    <span className="undo-controls">
      <button
        type="button"
        className="button"
        disabled={!canUndo}
        aria-keyshortcuts={`${mod}+Z`}
        onClick={onUndo}
      >
        {t('undo.undo')}
      </button>
      <button
        type="button"
        className="button"
        disabled={!canRedo}
        aria-keyshortcuts={isMac ? 'Meta+Shift+Z' : 'Control+Shift+Z Control+Y'}
        onClick={onRedo}
      >
        {t('undo.redo')}
      </button>
      <span className="undo-status" role="status">
        {status && <span key={status.seq}>{status.text}</span>}
      </span>
    </span>
  );
}
