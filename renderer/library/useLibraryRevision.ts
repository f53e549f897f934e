import { useEffect, useRef } from 'react';
import { useInvoke } from '../api/ApiContext';

/** How often a visible window asks whether the library changed; one directory listing in main. */
const POLL_MS = 3_000;

/**
 * Calls `onChanged` when the library changed outside this window (the CLI imported or removed
 * articles, another window imported some). Main's `library:revision` looks at the data folder and
 * answers a number that grows with every change; the window asks when it regains focus or becomes
 * visible, and every few seconds while visible, so it also works where file watching does not and
 * under `yuedu serve`, which cannot push. Electron's push event only makes it sooner.
 */
export function useLibraryRevision(onChanged: () => void, pollMs = POLL_MS): void {
  const invoke = useInvoke();
  const latest = useRef(onChanged);
  useEffect(() => {
    latest.current = onChanged;
  }, [onChanged]);

  useEffect(() => {
    let live = true;
    let seen: number | null = null;
    const check = async () => {
      if (document.visibilityState === 'hidden') return;
      const result = await invoke('library:revision', {});
      if (!live || !result.ok) return;
      const previous = seen;
      seen = result.value.revision;
      if (previous !== null && previous !== seen) latest.current();
    };
    const onVisible = () => void check();
    void check();
    const timer = setInterval(onVisible, pollMs);
    window.addEventListener('focus', onVisible);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      live = false;
      clearInterval(timer);
      window.removeEventListener('focus', onVisible);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [invoke, pollMs]);
}
