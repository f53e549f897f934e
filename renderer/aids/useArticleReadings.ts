import { useEffect, useState } from 'react';
import type { CharReading } from '../../shared/model/dictionary';
import { useInvoke } from '../api/ApiContext';

/** Readings keyed by their canonical offset, so a text run finds its characters' pinyin. */
export type ReadingsByOffset = ReadonlyMap<number, CharReading>;

/** How long after opening the pinyin is fetched when ruby is off: the opening comes first. */
const BACKGROUND_DELAY_MS = 1000;

/** Runs `step` when the page is idle after `delayMs`; returns a cancel. */
function afterOpening(step: () => void, delayMs: number): () => void {
  let idle: number | null = null;
  const timer = setTimeout(() => {
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(step);
    else step();
  }, delayMs);
  return () => {
    clearTimeout(timer);
    if (idle !== null) cancelIdleCallback(idle);
  };
}

/**
 * The article's pinyin in context, fetched from the dictionary worker in the background a moment
 * after the article opened (at once when the reader shows ruby), so turning ruby on need not wait for it,
 * and kept while it is open. `wanted` says whether the reader shows them yet.
 */
export function useArticleReadings(articleId: string, wanted: boolean) {
  const invoke = useInvoke();
  const [readings, setReadings] = useState<ReadingsByOffset | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Not shown yet: asked for a moment after opening, so it does not slow the opening down.
  const [due, setDue] = useState(wanted);
  useEffect(() => {
    if (due || wanted) return setDue(true);
    return afterOpening(() => setDue(true), BACKGROUND_DELAY_MS);
  }, [due, wanted]);
  useEffect(() => {
    if (readings !== null || !due) return;
    let live = true;
    void invoke('dictionary:articlePinyin', { articleId }).then((result) => {
      if (!live) return;
      if (result.ok) setReadings(new Map(result.value.map((reading) => [reading.offset, reading])));
      else setError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [invoke, articleId, readings, due]);
  return { readings: wanted ? readings : null, error };
}
