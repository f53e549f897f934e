import { useEffect, useRef } from 'react';
import { useInvoke } from '../api/ApiContext';
import { pollRevision } from '../api/pollRevision';

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

  useEffect(
    () => pollRevision(invoke, 'library:revision', pollMs, () => latest.current()).stop,
    [invoke, pollMs],
  );
}
