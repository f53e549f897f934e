import { useEffect, useId, useRef, useState } from 'react';
import type { Annotation, HighlightColor } from '../../shared/model/annotation';
import { useI18n } from '../i18n/I18nContext';
import type { AnchorPosition } from '../reader/anchorPosition';
import { ColorButtons } from './ColorButtons';

interface HighlightPopoverProps {
  annotation: Annotation;
  position: AnchorPosition;
  onColor: (color: HighlightColor) => void;
  onSaveNote: (note: string) => void;
  onDelete: () => void;
  onClose: () => void;
}

/** Edits one existing highlight: recolour it at once, edit and Save its note, or Delete it. */
export function HighlightPopover({
  annotation,
  position,
  onColor,
  onSaveNote,
  onDelete,
  onClose,
}: HighlightPopoverProps) {
  const { t } = useI18n();
  const headingId = useId();
  const noteId = useId();
  const [note, setNote] = useState(annotation.note);
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    panel.current?.querySelector<HTMLElement>('[aria-pressed="true"]')?.focus();
  }, []);

  return (
    <div
      ref={panel}
      className="floating highlight-popover"
      role="dialog"
      aria-labelledby={headingId}
      style={{ top: position.top, left: position.left }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="floating-row">
        <h2 id={headingId} className="floating-title">
          {t('highlight.edit')}
        </h2>
        <button type="button" className="button subtle" onClick={onClose}>
          {t('highlight.close')}
        </button>
      </div>
      <blockquote className="popover-quote" lang="zh-CN">
        {annotation.target.quote.exact}
      </blockquote>
      <ColorButtons selected={annotation.color} onPick={onColor} />
      <label className="field-label" htmlFor={noteId}>
        {t('highlight.note')}
      </label>
      <textarea
        id={noteId}
        className="note-input"
        rows={3}
        value={note}
        onChange={(event) => setNote(event.target.value)}
      />
      <div className="floating-row">
        <button type="button" className="button primary" onClick={() => onSaveNote(note)}>
          {t('highlight.save')}
        </button>
        <button type="button" className="button danger" onClick={onDelete}>
          {t('highlight.delete')}
        </button>
      </div>
    </div>
  );
}
