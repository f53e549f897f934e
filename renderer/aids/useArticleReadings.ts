import { useEffect, useState } from 'react';
import type { CharReading } from '../../shared/model/dictionary';
import { useInvoke } from '../api/ApiContext';

/** Readings keyed by their canonical offset, so a text run finds its characters' pinyin. */
export type ReadingsByOffset = ReadonlyMap<number, CharReading>;

/** Runs `step` when the page is next idle (at most a second later); returns a cancel. */
function whenIdle(step: () => void): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const handle = setTimeout(step, 0);
    return () => clearTimeout(handle);
  }
  const handle = requestIdleCallback(step, { timeout: 1000 });
  return () => cancelIdleCallback(handle);
}

/**
 * The article's pinyin in context, fetched from the dictionary worker in the background once the
 * article is drawn (at once when the reader shows ruby), so turning ruby on need not wait for it,
 * and kept while it is open. `wanted` says whether the reader shows them yet.
 */
export function useArticleReadings(articleId: string, wanted: boolean) {
  const invoke = useInvoke();
  const [readings, setReadings] = useState<ReadingsByOffset | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Not shown yet: asked for once the article is drawn, so it does not slow the opening down.
  const [due, setDue] = useState(wanted);
  useEffect(() => {
    if (due || wanted) return setDue(true);
    return whenIdle(() => setDue(true));
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
