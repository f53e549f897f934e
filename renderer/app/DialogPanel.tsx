import type { ReactNode } from 'react';
import { DialogFrame } from './DialogFrame';

/**
 * The app's side dialogs (Settings, Vocabulary, packs, Import annotations): a labelled dialog with
 * a Close button that Escape also presses, focusing its first control when it opens.
 */
export function DialogPanel({
  heading,
  closeLabel,
  className,
  initialFocus = 'input, button, select',
  onClose,
  children,
}: {
  heading: string;
  closeLabel: string;
  className?: string;
  /** Which control takes focus on opening: the first that matches (by default the Close button). */
  initialFocus?: string;
  onClose: () => void;
  children: ReactNode;
}) {
  return (
    <DialogFrame
      look="panel"
      title={heading}
      closeLabel={closeLabel}
      className={className ? `settings-panel ${className}` : 'settings-panel'}
      initialFocus={initialFocus}
      onClose={onClose}
    >
      {children}
    </DialogFrame>
  );
}
