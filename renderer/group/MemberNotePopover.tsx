import { useState, type RefObject } from 'react';
import type { GroupNote } from '../../shared/model/group';
import { useI18n } from '../i18n/I18nContext';
import { FloatingDialog } from '../reader/FloatingDialog';
import type { Edges } from '../reader/placeFloating';
import { replyTime } from './replyTime';
import { ReplyThread, type ReplyActions } from './ReplyThread';

interface MemberNotePopoverProps {
  note: GroupNote;
  /** The member's style index, for the swatch beside their name. */
  memberStyle: number;
  meId: string | null;
  containerRef: RefObject<HTMLElement | null>;
  anchor: Edges;
  actions: ReplyActions;
  onHideMember: () => void;
  onClose: () => void;
}

/**
 * Another member's highlight, read-only: who wrote it and when, their note and the replies, with
 * Reply, Copy note and Hide this member, and nothing that would change it.
 */
export function MemberNotePopover({
  note,
  memberStyle,
  meId,
  containerRef,
  anchor,
  actions,
  onHideMember,
  onClose,
}: MemberNotePopoverProps) {
  const { t, language } = useI18n();
  const [copied, setCopied] = useState(false);
  const time = replyTime(note.modified, language, new Date());
  const name = note.creator.name;

  return (
    <FloatingDialog
      title={
        <>
          <span className={`member-swatch member-style-${memberStyle}`} aria-hidden="true" />
          {t('layers.memberHighlight', { name })}
        </>
      }
      className="member-popover"
      containerRef={containerRef}
      anchor={anchor}
      initialFocus="button"
      onClose={onClose}
    >
      <p className="reply-meta">
        <time dateTime={note.modified} title={time.absolute}>
          {time.label}
        </time>
      </p>
      <blockquote className="popover-quote" lang="zh-CN">
        {note.target.quote.exact}
      </blockquote>
      <p className={note.note ? 'member-note' : 'member-note muted'} dir="auto">
        {note.note || t('layers.noNote')}
      </p>
      <p className="muted small">{t('layers.readOnly', { name })}</p>
      <div className="floating-row member-actions">
        {note.note && (
          <button
            type="button"
            className="button"
            onClick={() =>
              void navigator.clipboard.writeText(note.note).then(
                () => setCopied(true),
                () => setCopied(false),
              )
            }
          >
            {t('layers.copyNote')}
          </button>
        )}
        <button type="button" className="button" onClick={onHideMember}>
          {t('layers.hideMember', { name })}
        </button>
      </div>
      <p role="status" className="muted small">
        {copied ? t('layers.copied') : ''}
      </p>
      <ReplyThread
        annotationId={note.id}
        replies={note.replies}
        meId={meId}
        actions={actions}
        formOpen
      />
    </FloatingDialog>
  );
}
