import { useCallback, useEffect, useRef, useState } from 'react';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/model/settings';
import { useInvoke } from '../api/ApiContext';

/** What the app needs to read and change the persisted reader preferences. */
export interface SettingsState {
  settings: Settings;
  loaded: boolean;
  error: string | null;
  update: (change: Partial<Settings>) => void;
  /** Reads the stored settings again, after something other than this UI changed them (a restore). */
  reload: () => void;
}

/**
 * Loads settings once and persists every change through `settings:update`. Changes apply at once
 * (so the slider feels live); the stored value from main then replaces the optimistic one.
 */
export function useSettings(): SettingsState {
  const invoke = useInvoke();
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const latestRequest = useRef(0);

  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let live = true;
    void invoke('settings:get', {}).then((result) => {
      if (!live) return;
      if (result.ok) setSettings(result.value);
      else setError(result.error.message);
      setLoaded(true);
    });
    return () => {
      live = false;
    };
  }, [invoke, generation]);

  const reload = useCallback(() => {
    latestRequest.current += 1;
    setGeneration((current) => current + 1);
  }, []);

  const update = useCallback(
    (change: Partial<Settings>) => {
      const request = ++latestRequest.current;
      setSettings((current) => ({ ...current, ...change }));
      void invoke('settings:update', change).then((result) => {
        if (request !== latestRequest.current) return;
        if (result.ok) {
          setSettings(result.value);
          setError(null);
        } else setError(result.error.message);
      });
    },
    [invoke],
  );

  return { settings, loaded, error, update, reload };
}
