import { readFile } from 'node:fs/promises';
import type { Article } from '../../../shared/model/article';
import { SearchIndex } from '../searchIndex';
import type { SearchWorkerConfig } from './protocol';
import { readPersistedIndex } from './persistedIndex';

/** Where the starting index came from, which tells the worker whether it must be saved. */
export type IndexOrigin = 'persisted' | 'bundled' | 'built';

/**
 * The cheapest correct index for a library: the saved one when its fingerprint matches, else
 * the build-time index of the bundled articles plus the imported ones added one by one, else a
 * fresh build. A missing, damaged or stale file only costs time.
 */
export async function openIndex(
  library: { bundled: Article[]; imported: Article[] },
  config: Pick<SearchWorkerConfig, 'bundledIndexPath' | 'persistPath'>,
): Promise<{ index: SearchIndex; origin: IndexOrigin }> {
  const { bundled, imported } = library;
  if (imported.length > 0 && config.persistPath !== null) {
    const saved = await readPersistedIndex(config.persistPath, [...bundled, ...imported]);
    if (saved) return { index: saved, origin: 'persisted' };
  }
  const prebuilt = await loadPrebuilt(config.bundledIndexPath, bundled);
  if (prebuilt) {
    for (const article of imported) prebuilt.add(article);
    return { index: prebuilt, origin: 'bundled' };
  }
  return { index: SearchIndex.build([...bundled, ...imported]), origin: 'built' };
}

async function loadPrebuilt(path: string | null, bundled: Article[]): Promise<SearchIndex | null> {
  if (path === null) return null;
  try {
    return SearchIndex.load(await readFile(path, 'utf8'), bundled);
  } catch {
    return null;
  }
}
