import { useEffect } from 'react';
import { isTextField, runsOnMac, undoShortcut } from './undoShortcut';

/**
 * Binds the platform's undo/redo keys on the document while the reader is open, except while a
 * text field has focus: there the browser's own text undo applies.
 */
export function useUndoShortcuts(onUndo: () => void, onRedo: () => void): void {
  useEffect(() => {
    const isMac = runsOnMac();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || isTextField(event.target)) return;
      const action = undoShortcut(event, isMac);
      if (!action) return;
      event.preventDefault();
      if (action === 'undo') onUndo();
      else onRedo();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [onUndo, onRedo]);
}
