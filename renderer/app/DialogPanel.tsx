import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * The app's side dialogs (Settings, Vocabulary): a labelled dialog with a Close button that Escape
 * also presses, focusing its first control when it opens.
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
  const headingId = useId();
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    panel.current?.querySelector<HTMLElement>(initialFocus)?.focus();
  }, [initialFocus]);

  return (
    <div
      ref={panel}
      className={className ? `settings-panel ${className}` : 'settings-panel'}
      role="dialog"
      aria-labelledby={headingId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="panel-header">
        <h2 id={headingId}>{heading}</h2>
        <button type="button" className="button" onClick={onClose}>
          {closeLabel}
        </button>
      </div>
      {children}
    </div>
  );
}
