import { GroupStatusPanel } from './GroupStatusPanel';
import type { GroupDialog } from './GroupSection';
import { OpenPackPanel } from './OpenPackPanel';
import { SharePackPanel } from './SharePackPanel';

/** The one group dialog open at a time; Share… starts from the open article, if any. */
export function GroupDialogs({
  dialog,
  articleId,
  onClose,
  onMerged,
}: {
  dialog: GroupDialog;
  articleId?: string;
  onClose: () => void;
  /** A pack was merged: the views show what it brought. */
  onMerged: () => void;
}) {
  if (dialog === 'status') return <GroupStatusPanel onClose={onClose} />;
  if (dialog === 'share') return <SharePackPanel articleId={articleId} onClose={onClose} />;
  return <OpenPackPanel onClose={onClose} onMerged={onMerged} />;
}
