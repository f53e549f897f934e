import { useCallback, useEffect, useState } from 'react';
import { useInvoke } from '../api/ApiContext';

/** The start-up messages from main (e.g. data restored from backup) until the user dismisses them. */
export function useNotices(): { notices: string[]; dismiss: () => void } {
  const invoke = useInvoke();
  const [notices, setNotices] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    void invoke('app:notices', {}).then((result) => {
      if (!live) return;
      setNotices(result.ok ? result.value : [result.error.message]);
    });
    return () => {
      live = false;
    };
  }, [invoke]);
  const dismiss = useCallback(() => setNotices([]), []);
  return { notices, dismiss };
}
