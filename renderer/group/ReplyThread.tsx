import { useState } from 'react';
import type { Reply } from '../../shared/model/group';
import { NoteEditor } from '../annotations/NoteEditor';
import { useI18n } from '../i18n/I18nContext';
import { replyTime } from './replyTime';

export interface ReplyActions {
  reply: (annotationId: string, text: string) => Promise<boolean>;
  editReply: (replyId: string, text: string) => Promise<boolean>;
  deleteReply: (replyId: string) => Promise<boolean>;
}

interface ReplyThreadProps {
  annotationId: string;
  replies: readonly Reply[];
  /** The reader's member id: their replies can be edited and deleted, nobody else's. */
  meId: string | null;
  actions: ReplyActions;
  /** Show the reply field at once (a popover) rather than behind a Reply button (a long list). */
  formOpen?: boolean;
}

/** The replies under one highlight, oldest first, and a way to add one. */
export function ReplyThread({
  annotationId,
  replies,
  meId,
  actions,
  formOpen = false,
}: ReplyThreadProps) {
  const { t } = useI18n();
  const [replying, setReplying] = useState(formOpen);
  if (replies.length === 0 && !replying) {
    return (
      <button type="button" className="button subtle reply-open" onClick={() => setReplying(true)}>
        {t('layers.reply')}
      </button>
    );
  }
  return (
    <section className="reply-thread" aria-label={t('layers.replies')}>
      {replies.length > 0 && (
        <ol className="reply-list">
          {replies.map((reply) => (
            <ReplyItem
              key={reply.id}
              reply={reply}
              own={reply.creator.id === meId}
              actions={actions}
            />
          ))}
        </ol>
      )}
      {replying ? (
        <ReplyForm onSend={(text) => actions.reply(annotationId, text)} autoFocus={!formOpen} />
      ) : (
        <button
          type="button"
          className="button subtle reply-open"
          onClick={() => setReplying(true)}
        >
          {t('layers.reply')}
        </button>
      )}
    </section>
  );
}

function ReplyItem({ reply, own, actions }: { reply: Reply; own: boolean; actions: ReplyActions }) {
  const { t, language } = useI18n();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(reply.text);
  const time = replyTime(reply.modified, language, new Date());
  if (editing) {
    return (
      <li className="reply-item">
        <NoteEditor
          label={t('layers.replyEditLabel')}
          value={text}
          onChange={setText}
          rows={2}
          autoFocus
          rowClassName="reply-actions"
        >
          <button
            type="button"
            className="button primary"
            disabled={text.trim() === ''}
            onClick={() =>
              void actions
                .editReply(reply.id, text.trim())
                .then((saved) => saved && setEditing(false))
            }
          >
            {t('layers.replySave')}
          </button>
          <button
            type="button"
            className="button subtle"
            onClick={() => {
              setText(reply.text);
              setEditing(false);
            }}
          >
            {t('layers.replyCancel')}
          </button>
        </NoteEditor>
      </li>
    );
  }
  return (
    <li className="reply-item" data-reply-id={reply.id}>
      <p className="reply-meta">
        <span className="reply-author">{reply.creator.name}</span>{' '}
        <time dateTime={reply.modified} title={time.absolute}>
          {time.label}
        </time>
      </p>
      <p className="reply-text" dir="auto">
        {reply.text}
      </p>
      {own && (
        <div className="reply-actions">
          <button type="button" className="button subtle" onClick={() => setEditing(true)}>
            {t('layers.replyEdit')}
          </button>
          <button
            type="button"
            className="button subtle danger-text"
            onClick={() => void actions.deleteReply(reply.id)}
          >
            {t('layers.replyDelete')}
          </button>
        </div>
      )}
    </li>
  );
}

function ReplyForm({
  onSend,
  autoFocus,
}: {
  onSend: (text: string) => Promise<boolean>;
  autoFocus: boolean;
}) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  return (
    <div className="reply-form">
      <NoteEditor
        label={t('layers.replyLabel')}
        value={text}
        onChange={setText}
        rows={2}
        autoFocus={autoFocus}
      >
        <button
          type="button"
          className="button"
          disabled={text.trim() === ''}
          onClick={() => void onSend(text.trim()).then((sent) => sent && setText(''))}
        >
          {t('layers.replySend')}
        </button>
      </NoteEditor>
    </div>
  );
}
