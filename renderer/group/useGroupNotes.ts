import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { fromGroupLayer } from '../../shared/group/groupLayer';
import type { GroupLayer, GroupNote, Member, Sharing } from '../../shared/model/group';
import { useInvoke } from '../api/ApiContext';
import { useGroupChanged } from './GroupChangesProvider';

/** One article's study-group view: who the reader is, every note (theirs and others') and replies. */
export interface GroupNotesState {
  /** Null until known; `groupFolder` null means the reader is not in a group. */
  member: Member | null;
  inGroup: boolean;
  /** The reader's own notes (for sharing and replies) and every other member's, as main placed them. */
  notes: GroupNote[];
  error: string | null;
  /** Lists the notes again; the place a main → renderer "group changed" event calls. */
  reload: () => void;
  reply: (annotationId: string, text: string) => Promise<boolean>;
  editReply: (replyId: string, text: string) => Promise<boolean>;
  deleteReply: (replyId: string) => Promise<boolean>;
  setSharing: (annotationId: string, sharing: Sharing) => Promise<boolean>;
}

const NONE: GroupNote[] = [];

/**
 * Fetches the group's notes on an article: when it opens, after each change to the reader's own
 * highlights (`ownRevision` changes identity; null while they are first loading), and whenever
 * GroupChangesProvider says the group changed — which includes the window regaining focus and
 * its read of the group folder finding another member's new file. Main sends them compact
 * (`group:layer`); they are expanded against the article's `text` once it is known.
 */
export function useGroupNotes(
  articleId: string,
  text: string | null,
  ownRevision: unknown,
): GroupNotesState {
  const invoke = useInvoke();
  const [member, setMember] = useState<Member | null>(null);
  const [layer, setLayer] = useState<GroupLayer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reloads, setReloads] = useState(0);
  const latest = useRef(0);
  const inGroup = member?.groupFolder != null;

  const reload = useCallback(() => setReloads((n) => n + 1), []);

  // Whether main's refusal is worth showing: outside a group it may simply have nothing to say.
  const inGroupNow = useRef(inGroup);
  inGroupNow.current = inGroup;
  // The first list of the reader's own highlights arriving is not a change: the notes were
  // already asked for when the article opened, side by side with them.
  const asked = useRef<{ articleId: string; revision: unknown; reloads: number } | null>(null);
  useEffect(() => {
    const previous = asked.current;
    asked.current = { articleId, revision: ownRevision, reloads };
    if (
      previous?.articleId === articleId &&
      previous.reloads === reloads &&
      previous.revision === null
    )
      return;
    const request = ++latest.current;
    void invoke('group:layer', { articleId }).then((result) => {
      if (request !== latest.current) return;
      setLayer(result.ok ? result.value : null);
      setError(result.ok || !inGroupNow.current ? null : result.error.message);
    });
  }, [invoke, articleId, ownRevision, reloads]);

  // Asked after the notes, the slowest answer of an opening, so theirs goes out first.
  useEffect(() => {
    let live = true;
    void invoke('member:whoami', {}).then((result) => {
      if (live && result.ok) setMember(result.value);
    });
    return () => {
      live = false;
    };
  }, [invoke]);

  const notes = useMemo(
    () => (layer && text !== null ? fromGroupLayer(layer, text) : NONE),
    [layer, text],
  );

  // A member's file landed (the folder watch, GroupChangesProvider's read of the folder when the
  // window regains focus, or another window's refresh): list the notes again.
  useGroupChanged(reload);

  const settle = useCallback(
    (result: { ok: true } | { ok: false; error: { message: string } }) => {
      if (!result.ok) {
        setError(result.error.message);
        return false;
      }
      setError(null);
      reload();
      return true;
    },
    [reload],
  );

  const reply = useCallback(
    async (annotationId: string, text: string) =>
      settle(await invoke('group:reply', { annotationId, text })),
    [invoke, settle],
  );
  const editReply = useCallback(
    async (id: string, text: string) => settle(await invoke('group:replyEdit', { id, text })),
    [invoke, settle],
  );
  const deleteReply = useCallback(
    async (id: string) => settle(await invoke('group:replyDelete', { id })),
    [invoke, settle],
  );
  const setSharing = useCallback(
    async (id: string, sharing: Sharing) => settle(await invoke('group:share', { id, sharing })),
    [invoke, settle],
  );

  return { member, inGroup, notes, error, reload, reply, editReply, deleteReply, setSharing };
}
