import { useI18n } from '../i18n/I18nContext';
import { runsOnMac } from './undoShortcut';

interface UndoControlsProps {
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
}

/** Undo and Redo buttons for highlight changes; what they did is said by the ChangeToast. */
export function UndoControls({ canUndo, canRedo, onUndo, onRedo }: UndoControlsProps) {
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
    </span>
  );
}
