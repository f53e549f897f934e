import { useEffect, useRef, type RefObject } from 'react';
import { useI18n } from '../i18n/I18nContext';
import type { Edges } from '../reader/placeFloating';
import { useFloatingPlacement } from '../reader/useFloatingPlacement';

interface ReattachToolbarProps {
  toolbarRef: RefObject<HTMLDivElement | null>;
  containerRef: RefObject<HTMLElement | null>;
  anchor: Edges;
  takeFocus: boolean;
  onReattach: () => void;
  onCancel: () => void;
}

/** Takes the selection toolbar's place while an orphan waits for its new text: "Re-attach here". */
export function ReattachToolbar({
  toolbarRef,
  containerRef,
  anchor,
  takeFocus,
  onReattach,
  onCancel,
}: ReattachToolbarProps) {
  const { t } = useI18n();
  const reattachButton = useRef<HTMLButtonElement>(null);
  useFloatingPlacement(toolbarRef, containerRef, anchor);

  useEffect(() => {
    if (takeFocus) reattachButton.current?.focus();
  }, [takeFocus]);

  return (
    <div
      ref={toolbarRef}
      className="floating selection-toolbar reattach-toolbar"
      role="toolbar"
      aria-label={t('reattach.toolbar')}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <div className="floating-row">
        <button ref={reattachButton} type="button" className="button primary" onClick={onReattach}>
          {t('reattach.here')}
        </button>
        <button type="button" className="button subtle" onClick={onCancel}>
          {t('reattach.cancel')}
        </button>
      </div>
    </div>
  );
}
