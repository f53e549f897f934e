import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import type { HighlightColor } from '../../shared/model/annotation';
import { useI18n } from '../i18n/I18nContext';
import type { AnchorPosition } from '../reader/anchorPosition';
import { ColorButtons } from './ColorButtons';

interface SelectionToolbarProps {
  toolbarRef: RefObject<HTMLDivElement | null>;
  position: AnchorPosition;
  takeFocus: boolean;
  onHighlight: (color: HighlightColor, note: string) => void;
  onDismiss: () => void;
}

/** Floats under a text selection: pick a colour, optionally write a note, then Highlight. */
export function SelectionToolbar({
  toolbarRef,
  position,
  takeFocus,
  onHighlight,
  onDismiss,
}: SelectionToolbarProps) {
  const { t } = useI18n();
  const noteId = useId();
  const [color, setColor] = useState<HighlightColor>('yellow');
  const [note, setNote] = useState('');
  const highlightButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (takeFocus) highlightButton.current?.focus();
  }, [takeFocus]);

  return (
    <div
      ref={toolbarRef}
      className="floating selection-toolbar"
      role="toolbar"
      aria-label={t('highlight.toolbar')}
      style={{ top: position.top, left: position.left }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onDismiss();
        }
      }}
    >
      <div className="floating-row">
        <button
          ref={highlightButton}
          type="button"
          className={`button primary highlight-button swatch-edge-${color}`}
          onClick={() => onHighlight(color, note)}
        >
          {t('highlight.create')}
        </button>
        <ColorButtons selected={color} onPick={setColor} />
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
          if (event.key === 'Enter' && !event.nativeEvent.isComposing) onHighlight(color, note);
        }}
      />
    </div>
  );
}
