import { AnnotationService } from '../annotations/annotationService';
import { Library } from '../library/library';
import { loadCorpus } from '../library/loadCorpus';
import { loadSearchIndex } from '../search/loadSearchIndex';
import { openStore } from '../store/store';
import { createDispatcher } from './dispatch';
import { createHandlers } from './createHandlers';
import type { Yuedu, YueduOptions } from './yuedu';

/**
 * Opens the corpus, the search index and the user's data once, for whichever front door asked.
 * The search index loads on first use so the library shows without waiting for it.
 */
export async function openYuedu(
  options: YueduOptions,
  now: () => Date = () => new Date(),
): Promise<Yuedu> {
  const articles = loadCorpus({ generatedDir: options.generatedDir, seedsDir: options.seedsDir });
  const library = new Library(articles);
  const store = await openStore(options.dataDir, { now });
  let searchIndex: ReturnType<typeof loadSearchIndex> | undefined;
  const search = () =>
    (searchIndex ??= loadSearchIndex(options.generatedDir, articles).catch((error: unknown) => {
      searchIndex = undefined; // let the next search try again
      throw error;
    }));
  const handlers = createHandlers({
    library,
    store,
    annotations: new AnnotationService(store, library, now),
    search,
    info: { version: options.version, systemLanguage: options.systemLanguage },
    now,
  });
  return {
    handlers,
    dispatch: createDispatcher(handlers),
    // A failure here is reported by the first search that needs the index.
    warmUp: () => void search().catch(() => {}),
    close: async () => {},
  };
}
