import { useCallback, useEffect, useState } from 'react';
import type { GroupStatus } from '../../shared/model/group';
import { useInvoke } from '../api/ApiContext';
import { useGroupChanged } from './GroupChangesProvider';

/** The group as main sees it; `refresh` reads the folder again first. Follows group changes. */
export function useGroupStatus() {
  const invoke = useInvoke();
  const [status, setStatus] = useState<GroupStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [refreshing, setRefreshing] = useState(false);

  const load = useCallback(
    async (channel: 'group:status' | 'group:refresh') => {
      const result = await invoke(channel, {});
      if (result.ok) {
        setStatus(result.value);
        setError(null);
      } else setError(result.error.message);
    },
    [invoke],
  );

  useEffect(() => {
    void load('group:status');
  }, [load]);
  useGroupChanged(
    useCallback(() => {
      void load('group:status');
    }, [load]),
  );

  const refresh = async () => {
    setRefreshing(true);
    await load('group:refresh');
    setRefreshing(false);
  };

  return { status, error, refreshing, refresh };
}
