import { useEffect, useState } from 'react';
import type { CharReading } from '../../shared/model/dictionary';
import { useInvoke } from '../api/ApiContext';

/** Readings keyed by their canonical offset, so a text run finds its characters' pinyin. */
export type ReadingsByOffset = ReadonlyMap<number, CharReading>;

/**
 * The article's pinyin in context, fetched from the dictionary worker in the background as soon as
 * the article opens (so turning ruby on need not wait for it) and kept while it is open. `wanted`
 * only says whether the reader shows them yet.
 */
export function useArticleReadings(articleId: string, wanted: boolean) {
  const invoke = useInvoke();
  const [readings, setReadings] = useState<ReadingsByOffset | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (readings !== null) return;
    let live = true;
    void invoke('dictionary:articlePinyin', { articleId }).then((result) => {
      if (!live) return;
      if (result.ok) setReadings(new Map(result.value.map((reading) => [reading.offset, reading])));
      else setError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [invoke, articleId, readings]);
  return { readings: wanted ? readings : null, error };
}
