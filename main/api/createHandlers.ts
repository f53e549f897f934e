import type { Library } from '../library/library';
import { summarize } from '../library/library';
import type { AnnotationService } from '../annotations/annotationService';
import { AppFailure } from './failure';
import type { Handlers } from './handlers';
import type { SearchIndex } from '../search/searchIndex';
import type { Store } from '../store/store';
import { updateSettings } from '../store/settings';
import { setReadingPosition } from '../store/readingPosition';
import { exportFilename, renderMarkdown } from '../export/markdown';
import type { AppInfo } from '../../shared/ipc/contract';

export interface Services {
  library: Library;
  search: () => Promise<SearchIndex>;
  store: Store;
  annotations: AnnotationService;
  info: AppInfo;
  now: () => Date;
}

/** Wires each contract channel to the service that answers it; no validation here (dispatch did it). */
export function createHandlers(services: Services): Handlers {
  const { library, store, annotations, now } = services;
  const requireArticle = (id: string) => {
    const article = library.get(id);
    if (!article) throw new AppFailure('not-found', `No article with id "${id}".`);
    return article;
  };
  return {
    'library:list': async () =>
      library
        .list()
        .map((article) => summarize(article, store.read().reading[article.id]?.progress ?? 0)),
    'library:get': async ({ id }) => requireArticle(id),
    'search:query': async ({ query, limit }) => (await services.search()).search(query, limit),
    'annotations:list': async ({ articleId }) => annotations.list(articleId),
    'annotations:create': async (args) => annotations.create(args),
    'annotations:update': async ({ id, ...changes }) => annotations.update(id, changes),
    'annotations:delete': async ({ id }) => annotations.delete(id),
    'export:markdown': async ({ articleId }) => {
      const article = articleId === undefined ? undefined : requireArticle(articleId);
      const exportedAt = now();
      const scope = article ? 'article' : 'all';
      const markdown = renderMarkdown({
        articles: article ? [article] : library.list(),
        annotations: annotations.list(articleId),
        exportedAt,
        scope,
      });
      return { markdown, filename: exportFilename(scope, article, exportedAt) };
    },
    'settings:get': async () => store.read().settings,
    'settings:update': async (patch) => updateSettings(store, patch),
    'reading:get': async ({ articleId }) => {
      requireArticle(articleId);
      return store.read().reading[articleId] ?? null;
    },
    'reading:set': async ({ articleId, offset, progress }) => {
      const article = requireArticle(articleId);
      return setReadingPosition(
        store,
        articleId,
        Math.min(offset, article.text.length),
        progress,
        now(),
      );
    },
    'app:notices': async () => store.notices.splice(0),
    'app:info': async () => services.info,
  };
}
