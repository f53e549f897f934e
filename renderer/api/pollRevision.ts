import type { Channel, Invoke, ResultOf } from '../../shared/ipc/contract';

/** The channels that answer a number growing with every change (`library:revision`, …). */
export type RevisionChannel = {
  [C in Channel]: ResultOf<C> extends { revision: number } ? C : never;
}[Channel];

export interface RevisionPoll {
  /** Asks at once, e.g. right after something that may have moved the number. */
  check: () => Promise<void>;
  /** Stops the timer and the listeners; answers still on their way are dropped. */
  stop: () => void;
}

/**
 * Watches a revision channel for a window that cannot be pushed to (`yuedu serve`) or may miss a
 * push: asks now, every `pollMs` while visible, and when the window regains focus or becomes
 * visible, and calls `onChange` when the number differs from the last one seen. A failed ask is
 * skipped; the next one tries again.
 */
export function pollRevision(
  invoke: Invoke,
  channel: RevisionChannel,
  pollMs: number,
  onChange: () => void,
): RevisionPoll {
  let live = true;
  let seen: number | null = null;
  // An answer older than one already heard is dropped, so a slow ask cannot move the number back.
  let asked = 0;
  let heard = 0;
  const check = async () => {
    if (!live || document.visibilityState === 'hidden') return;
    const ask = ++asked;
    let revision: number;
    try {
      const result = await invoke(channel, {});
      if (!result.ok) return;
      revision = result.value.revision;
    } catch {
      return;
    }
    if (!live || ask < heard) return;
    heard = ask;
    const previous = seen;
    seen = revision;
    if (previous !== null && previous !== seen) onChange();
  };
  const onVisible = () => void check();
  void check();
  const timer = setInterval(onVisible, pollMs);
  window.addEventListener('focus', onVisible);
  document.addEventListener('visibilitychange', onVisible);
  return {
    check,
    stop: () => {
      live = false;
      clearInterval(timer);
      window.removeEventListener('focus', onVisible);
      document.removeEventListener('visibilitychange', onVisible);
    },
  };
}
