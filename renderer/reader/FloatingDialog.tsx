import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';
import { useI18n } from '../i18n/I18nContext';
import type { Edges } from './placeFloating';
import { useFloatingPlacement } from './useFloatingPlacement';

/**
 * The frame of the reader's popovers over a highlight (the reader's own, another member's): a
 * labelled dialog placed next to `anchor`, with a title row whose Close button Escape also
 * presses, focusing the first control matching `initialFocus` when it opens.
 */
export function FloatingDialog({
  title,
  className,
  containerRef,
  anchor,
  initialFocus,
  onClose,
  children,
}: {
  title: ReactNode;
  /** Classes beside `floating highlight-popover`. */
  className?: string;
  containerRef: RefObject<HTMLElement | null>;
  anchor: Edges;
  /** A selector, read once on opening: where focus starts. */
  initialFocus: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const headingId = useId();
  const panel = useRef<HTMLDivElement>(null);
  useFloatingPlacement(panel, containerRef, anchor);

  useEffect(() => {
    panel.current?.querySelector<HTMLElement>(initialFocus)?.focus({ preventScroll: true });
    // Where focus starts is decided when the dialog opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <div
      ref={panel}
      className={`floating highlight-popover${className ? ` ${className}` : ''}`}
      role="dialog"
      aria-labelledby={headingId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="floating-row">
        <h2 id={headingId} className="floating-title">
          {title}
        </h2>
        <button type="button" className="button subtle" onClick={onClose}>
          {t('highlight.close')}
        </button>
      </div>
      {children}
    </div>
  );
}
