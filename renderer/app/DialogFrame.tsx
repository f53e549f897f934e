import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';

/** The two looks of the frame: a side panel's header, or a popover's compact title row. */
const LOOKS = {
  panel: { row: 'panel-header', title: undefined, close: 'button' },
  floating: { row: 'floating-row', title: 'floating-title', close: 'button subtle' },
} as const;

/**
 * What every dialog of the app shares (the side panels and the reader's popovers): a dialog named
 * by its title, with a Close button that Escape also presses (the key goes no further, so the
 * reader behind does not close something else), focusing the first control matching
 * `initialFocus` once, when it opens.
 */
export function DialogFrame({
  look,
  title,
  closeLabel,
  className,
  initialFocus,
  frameRef,
  onClose,
  children,
}: {
  look: keyof typeof LOOKS;
  title: ReactNode;
  closeLabel: string;
  className: string;
  /** A selector, read once on opening: where focus starts. */
  initialFocus: string;
  /** For callers that also place the frame (the popovers). */
  frameRef?: RefObject<HTMLDivElement | null>;
  onClose: () => void;
  children: ReactNode;
}) {
  const headingId = useId();
  const ownRef = useRef<HTMLDivElement>(null);
  const frame = frameRef ?? ownRef;
  const classes = LOOKS[look];

  useEffect(() => {
    frame.current?.querySelector<HTMLElement>(initialFocus)?.focus({ preventScroll: true });
    // Where focus starts is decided when the dialog opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <div
      ref={frame}
      className={className}
      role="dialog"
      aria-labelledby={headingId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <div className={classes.row}>
        <h2 id={headingId} className={classes.title}>
          {title}
        </h2>
        <button type="button" className={classes.close} onClick={onClose}>
          {closeLabel}
        </button>
      </div>
      {children}
    </div>
  );
}
