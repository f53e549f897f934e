import { createContext, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useInvoke } from '../api/ApiContext';
import type { ChooseFolder, SubscribeGroupChanged } from '../api/bridge';
import { pollRevision, type RevisionPoll } from '../api/pollRevision';

/** How often a window without push events asks whether the group changed; an in-memory number in main. */
const POLL_MS = 4_000;
/** The least time between two refreshes triggered by the window regaining focus. */
const FOCUS_REFRESH_MS = 15_000;

interface GroupChanges {
  subscribe: (listener: () => void) => () => void;
  chooseFolder?: ChooseFolder;
}

const GroupChangesContext = createContext<GroupChanges>({ subscribe: () => () => undefined });

/**
 * Tells every part of the window when the study group changed: from Electron's `group:changed`
 * push, or, under `yuedu serve` which cannot push, by polling `group:revision` while visible. When
 * the window regains focus it asks main to read the group folder again (at most every
 * `focusRefreshMs`), since the user may have plugged the group's USB stick in meanwhile.
 */
export function GroupChangesProvider({
  push,
  chooseFolder,
  pollMs = POLL_MS,
  focusRefreshMs = FOCUS_REFRESH_MS,
  children,
}: {
  push?: SubscribeGroupChanged;
  chooseFolder?: ChooseFolder;
  pollMs?: number;
  focusRefreshMs?: number;
  children: ReactNode;
}) {
  const invoke = useInvoke();
  const listeners = useRef(new Set<() => void>());
  const value = useMemo<GroupChanges>(
    () => ({
      subscribe: (listener) => {
        listeners.current.add(listener);
        return () => listeners.current.delete(listener);
      },
      chooseFolder,
    }),
    [chooseFolder],
  );

  // Under `yuedu serve`, the poll: a focus refresh asks it at once rather than at the next tick.
  const poll = useRef<RevisionPoll | null>(null);
  useEffect(() => {
    const emit = () => {
      for (const listener of [...listeners.current]) listener();
    };
    if (push) return push(emit);
    const started = pollRevision(invoke, 'group:revision', pollMs, emit);
    poll.current = started;
    return () => {
      started.stop();
      if (poll.current === started) poll.current = null;
    };
  }, [invoke, push, pollMs]);

  useEffect(() => {
    let last = -Infinity;
    const onFocus = () => {
      if (document.visibilityState === 'hidden') return;
      const now = Date.now();
      if (now - last < focusRefreshMs) return;
      last = now;
      // Outside a group main answers not-found at once; a failed read shows in Group status. A
      // read that found news moves the revision: Electron pushes group:changed, serve's poll asks.
      void invoke('group:refresh', {}).then(() => poll.current?.check());
    };
    window.addEventListener('focus', onFocus);
    document.addEventListener('visibilitychange', onFocus);
    return () => {
      window.removeEventListener('focus', onFocus);
      document.removeEventListener('visibilitychange', onFocus);
    };
  }, [invoke, focusRefreshMs]);

  return <GroupChangesContext.Provider value={value}>{children}</GroupChangesContext.Provider>;
}

/** Calls `onChanged` whenever the study group changed, e.g. to fetch the group's notes again. */
export function useGroupChanged(onChanged: () => void): void {
  const { subscribe } = useContext(GroupChangesContext);
  const latest = useRef(onChanged);
  useEffect(() => {
    latest.current = onChanged;
  }, [onChanged]);
  useEffect(() => subscribe(() => latest.current()), [subscribe]);
}

/** The desktop app's native folder chooser; undefined in a browser, which types the path instead. */
export function useFolderChooser(): ChooseFolder | undefined {
  return useContext(GroupChangesContext).chooseFolder;
}
