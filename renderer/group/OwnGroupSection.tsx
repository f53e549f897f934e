import { useId } from 'react';
import type { GroupNote, Sharing } from '../../shared/model/group';
import { useI18n } from '../i18n/I18nContext';
import { ReplyThread, type ReplyActions } from './ReplyThread';

/** In the reader's own highlight popover, when in a group: who sees it, and its replies. */
export function OwnGroupSection({
  note,
  meId,
  actions,
  onSharing,
}: {
  note: GroupNote;
  meId: string | null;
  actions: ReplyActions;
  onSharing: (sharing: Sharing) => void;
}) {
  const { t } = useI18n();
  const legendId = useId();
  const sharing = note.sharing ?? 'shared';
  return (
    <>
      <div className="sharing-toggle" role="radiogroup" aria-labelledby={legendId}>
        <span id={legendId} className="field-label">
          {t('layers.sharing')}
        </span>
        {(['shared', 'private'] as const).map((value) => (
          <label key={value} className="sharing-choice">
            <input
              type="radio"
              name={`${legendId}-sharing`}
              checked={sharing === value}
              onChange={() => onSharing(value)}
            />
            {t(value === 'shared' ? 'layers.shared' : 'layers.onlyMe')}
          </label>
        ))}
      </div>
      <ReplyThread annotationId={note.id} replies={note.replies} meId={meId} actions={actions} />
    </>
  );
}
