import { useRef, type ReactNode, type RefObject } from 'react';
import { DialogFrame } from '../app/DialogFrame';
import { useI18n } from '../i18n/I18nContext';
import type { Edges } from './placeFloating';
import { useFloatingPlacement } from './useFloatingPlacement';

/**
 * The frame of the reader's popovers over a highlight (the reader's own, another member's): the
 * app's dialog frame in its compact look, placed next to `anchor`.
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
  const panel = useRef<HTMLDivElement>(null);
  useFloatingPlacement(panel, containerRef, anchor);

  return (
    <DialogFrame
      look="floating"
      title={title}
      closeLabel={t('highlight.close')}
      className={`floating highlight-popover${className ? ` ${className}` : ''}`}
      initialFocus={initialFocus}
      frameRef={panel}
      onClose={onClose}
    >
      {children}
    </DialogFrame>
  );
}
