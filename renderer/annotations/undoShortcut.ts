/** The parts of a keydown that decide whether it means undo or redo. */
export interface KeyChord {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/**
 * Reads the platform's undo/redo chords: Cmd+Z / Shift+Cmd+Z on macOS; Ctrl+Z, Shift+Ctrl+Z and
 * Ctrl+Y elsewhere. Anything else (including Alt chords, which type characters on some layouts) is
 * not ours.
 */
export function undoShortcut(event: KeyChord, isMac: boolean): 'undo' | 'redo' | null {
  const modifier = isMac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  if (!modifier || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !isMac && !event.shiftKey) return 'redo';
  return null;
}

const NON_TEXT_INPUTS = new Set([
  'button',
  'checkbox',
  'color',
  'file',
  'image',
  'radio',
  'range',
  'reset',
  'submit',
]);

/** Whether focus is somewhere the browser's own text undo applies, which must not be hijacked. */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !NON_TEXT_INPUTS.has(target.type);
}

/** Whether the app runs on macOS, where Cmd rather than Ctrl carries the shortcuts. */
export function runsOnMac(host: Navigator = navigator): boolean {
  return /Mac|iPhone|iPad/.test(host.platform || host.userAgent);
}
