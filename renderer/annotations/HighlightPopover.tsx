import { useId, useState, type ReactNode, type RefObject } from 'react';
import type { Annotation, HighlightColor } from '../../shared/model/annotation';
import { useI18n } from '../i18n/I18nContext';
import { FloatingDialog } from '../reader/FloatingDialog';
import type { Edges } from '../reader/placeFloating';
import { ColorButtons } from './ColorButtons';
import { NoteEditor } from './NoteEditor';

interface HighlightPopoverProps {
  annotation: Annotation;
  containerRef: RefObject<HTMLElement | null>;
  anchor: Edges;
  /** Just highlighted from the toolbar: start in the note field, since a note is the next step. */
  focusNote?: boolean;
  onColor: (color: HighlightColor) => void;
  onSaveNote: (note: string) => void;
  onDelete: () => void;
  onClose: () => void;
  /** More about the highlight below its controls: in a study group, its sharing and replies. */
  children?: ReactNode;
}

/** Edits one highlight: recolour it at once, write and Save its note, or Delete it. */
export function HighlightPopover({
  annotation,
  containerRef,
  anchor,
  focusNote = false,
  onColor,
  onSaveNote,
  onDelete,
  onClose,
  children,
}: HighlightPopoverProps) {
  const { t } = useI18n();
  const noteId = useId();
  const [note, setNote] = useState(annotation.note);

  return (
    <FloatingDialog
      title={t('highlight.edit')}
      containerRef={containerRef}
      anchor={anchor}
      initialFocus={focusNote ? `#${CSS.escape(noteId)}` : '[aria-pressed="true"]'}
      onClose={onClose}
    >
      <blockquote className="popover-quote" lang="zh-CN">
        {annotation.target.quote.exact}
      </blockquote>
      <ColorButtons selected={annotation.color} onPick={onColor} />
      <NoteEditor
        id={noteId}
        label={t('highlight.note')}
        value={note}
        onChange={setNote}
        rows={3}
        rowClassName="floating-row"
      >
        <button type="button" className="button primary" onClick={() => onSaveNote(note)}>
          {t('highlight.save')}
        </button>
        <button type="button" className="button danger" onClick={onDelete}>
          {t('highlight.delete')}
        </button>
      </NoteEditor>
      {children}
    </FloatingDialog>
  );
}
