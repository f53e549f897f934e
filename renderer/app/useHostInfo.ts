import { useEffect, useState } from 'react';
import type { AppInfo } from '../../shared/ipc/contract';
import { useInvoke } from '../api/ApiContext';

/** Facts about the host (system language, version); null until they arrive or if the call fails. */
export function useHostInfo(): { info: AppInfo | null; loaded: boolean } {
  const invoke = useInvoke();
  const [state, setState] = useState<{ info: AppInfo | null; loaded: boolean }>({
    info: null,
    loaded: false,
  });
  useEffect(() => {
    let live = true;
    void invoke('app:info', {}).then((result) => {
      if (live) setState({ info: result.ok ? result.value : null, loaded: true });
    });
    return () => {
      live = false;
    };
  }, [invoke]);
  return state;
}
