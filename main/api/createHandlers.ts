import type { Library } from '../library/library';
import { summarize } from '../library/library';
import type { AnnotationService } from '../annotations/annotationService';
import type { ArticleImporter } from '../library/import/articleImporter';
import type { LibrarySync } from '../library/librarySync';
import { AppFailure } from '../appFailure';
import type { Handlers } from './handlers';
import type { SearchService } from '../search/searchService';
import { searchNotes } from '../search/searchNotes';
import type { Store } from '../store/store';
import { updateSettings } from '../store/settings';
import { setReadingPosition } from '../store/readingPosition';
import { exportFilename, renderMarkdown } from '../export/markdown';
import type { AppInfo } from '../../shared/ipc/contract';
import { backupFilename, exportBackup } from '../backup/exportBackup';
import { importBackup } from '../backup/importBackup';
import type { GroupService } from '../group/groupService';

export interface Services {
  library: Library;
  importer: ArticleImporter;
  /** Notices articles other processes imported or removed, and counts the library's revisions. */
  sync: LibrarySync;
  search: SearchService;
  store: Store;
  annotations: AnnotationService;
  /** Study groups: identity, the shared folder, replies and packs. */
  group: GroupService;
  info: AppInfo;
  now: () => Date;
}

/** Wires each contract channel to the service that answers it; no validation here (dispatch did it). */
export function createHandlers(services: Services): Handlers {
  const { library, store, annotations, now, sync, group } = services;
  // Any change to the member's own annotations is published to the group folder shortly after.
  const published = async <T>(change: Promise<T>): Promise<T> => {
    const value = await change;
    group.publishSoon();
    return value;
  };
  const requireArticle = (id: string) => {
    const article = library.get(id);
    if (!article) throw new AppFailure('not-found', `No article with id "${id}".`);
    return article;
  };
  // An article the CLI imported a moment ago may be asked for (a link) before the watch saw it.
  const findArticle = async (id: string) => {
    if (library.get(id) === undefined) await sync.check();
    return requireArticle(id);
  };
  const progressOf = (id: string) => store.read().reading[id]?.progress ?? 0;
  return {
    'library:list': async () => {
      await sync.check();
      return library
        .list()
        .map((article) =>
          summarize(article, library.origin(article.id) ?? 'bundled', progressOf(article.id)),
        );
    },
    'library:get': async ({ id }) => findArticle(id),
    'library:import': async ({ files, importId }) => {
      const { added, skipped, cancelled } = await services.importer.import(files, importId);
      // Indexing happens in the search worker; `search:status` says "indexing…" until it is done.
      if (added.length > 0) {
        services.search.add(added).catch(() => undefined);
        sync.changed({ added, removed: [] });
      }
      return {
        added: added.map((a) => summarize(a, 'imported', progressOf(a.id))),
        skipped,
        ...(cancelled ? { cancelled } : {}),
      };
    },
    'library:cancelImport': async ({ importId }) => {
      services.importer.cancel(importId);
      return { importId };
    },
    'library:remove': async ({ id }) => {
      // The article's highlights stay in the store: re-importing the same text brings them back.
      await services.importer.remove(id);
      services.search.remove([id]).catch(() => undefined);
      sync.changed({ added: [], removed: [id] });
      return { id };
    },
    'library:revision': async () => ({ revision: await sync.check() }),
    'search:query': async ({ query, limit }) => services.search.search(query, limit),
    'search:inArticle': async ({ articleId, query }) => {
      requireArticle(articleId);
      return services.search.inArticle(articleId, query);
    },
    'search:notes': async ({ query, limit }) => {
      const articlesById = new Map(library.list().map((article) => [article.id, article]));
      return searchNotes(store.read().annotations, articlesById, query, limit);
    },
    'search:status': async () => services.search.status(),
    'annotations:list': async ({ articleId }) => annotations.list(articleId),
    'annotations:create': async (args) => published(annotations.create(args)),
    'annotations:update': async ({ id, ...changes }) => {
      await group.refuseOthers(id);
      return published(annotations.update(id, changes));
    },
    'annotations:delete': async ({ id }) => {
      await group.refuseOthers(id);
      return published(annotations.delete(id));
    },
    'annotations:reattach': async ({ id, start, end }) => {
      await group.refuseOthers(id);
      return published(annotations.reattach(id, start, end));
    },
    'annotations:restore': async ({ annotation }) => published(annotations.restore(annotation)),
    'backup:export': async () => {
      const exportedAt = now();
      const json = exportBackup({
        data: store.read(),
        appVersion: services.info.version,
        now: exportedAt,
        articleText: (id) => library.get(id)?.text,
      });
      return { json, filename: backupFilename(exportedAt) };
    },
    'backup:import': async ({ json }) =>
      published(importBackup(store, json, (id) => library.get(id)?.text)),
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
    'member:whoami': async () => group.whoami(),
    'member:update': async ({ name, defaultSharing }) => {
      if (name !== undefined) await group.setName(name);
      return defaultSharing === undefined
        ? group.whoami()
        : group.setDefaultSharing(defaultSharing);
    },
    'group:use': async ({ folder }) => group.use(folder),
    'group:status': async () => group.status(),
    'group:refresh': async () => group.refresh(),
    'group:leave': async () => group.leave(),
    'group:notes': async ({ articleId, member }) => {
      if (articleId !== undefined) requireArticle(articleId);
      return group.notes(articleId, member ?? 'all');
    },
    'group:reply': async ({ annotationId, text }) => group.reply(annotationId, text),
    'group:share': async ({ id, sharing }) => group.setSharing(id, sharing),
    'pack:export': async ({ articleIds, member }) => group.packExport(articleIds, member ?? 'me'),
    'pack:import': async ({ json, dryRun }) => group.packImport(json, dryRun ?? false),
  };
}
