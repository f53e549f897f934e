import { useEffect, useId, useState, type RefObject } from 'react';
import type { HighlightColor } from '../../shared/model/annotation';
import { useI18n } from '../i18n/I18nContext';
import type { Edges } from '../reader/placeFloating';
import { useFloatingPlacement } from '../reader/useFloatingPlacement';
import { ColorButtons } from './ColorButtons';

interface SelectionToolbarProps {
  toolbarRef: RefObject<HTMLDivElement | null>;
  containerRef: RefObject<HTMLElement | null>;
  anchor: Edges;
  takeFocus: boolean;
  /** Used by Enter in the note field: the colour the user highlighted with last. */
  lastColor: HighlightColor;
  /** Resolves to whether the highlight was made; a failure lets the user try again. */
  onHighlight: (color: HighlightColor, note: string) => Promise<boolean>;
  onDismiss: () => void;
}

/**
 * Floats next to a text selection: a colour highlights at once (with the note typed so far, if
 * any); a note can also be added afterwards in the highlight's popover.
 */
export function SelectionToolbar({
  toolbarRef,
  containerRef,
  anchor,
  takeFocus,
  lastColor,
  onHighlight,
  onDismiss,
}: SelectionToolbarProps) {
  const { t } = useI18n();
  const noteId = useId();
  const [note, setNote] = useState('');
  const [done, setDone] = useState(false);
  useFloatingPlacement(toolbarRef, containerRef, anchor);

  useEffect(() => {
    if (takeFocus) toolbarRef.current?.querySelector<HTMLElement>(`.swatch-${lastColor}`)?.focus();
    // Focus only when the toolbar opens, not when the remembered colour changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [takeFocus, toolbarRef]);

  // One selection makes one highlight, however fast the buttons are pressed.
  const highlight = (color: HighlightColor) => {
    if (done) return;
    setDone(true);
    void onHighlight(color, note).then((made) => {
      if (!made) setDone(false);
    });
  };

  return (
    <div
      ref={toolbarRef}
      className="floating selection-toolbar"
      role="toolbar"
      aria-label={t('highlight.toolbar')}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onDismiss();
        }
      }}
    >
      <div className="floating-row">
        <span className="floating-title">{t('highlight.create')}</span>
        <ColorButtons onPick={highlight} />
      </div>
      <label className="visually-hidden" htmlFor={noteId}>
        {t('highlight.note')}
      </label>
      <input
        id={noteId}
        className="note-input"
        type="text"
        value={note}
        placeholder={t('highlight.notePlaceholder')}
        onChange={(event) => setNote(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.nativeEvent.isComposing) highlight(lastColor);
        }}
      />
    </div>
  );
}
