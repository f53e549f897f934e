import type { Library } from '../library/library';
import { summarize } from '../library/library';
import type { AnnotationService } from '../annotations/annotationService';
import { readForeignFile } from '../annotations/foreignAnnotations';
import type { ArticleImporter } from '../library/import/articleImporter';
import type { LibrarySync } from '../library/librarySync';
import { AppFailure } from '../appFailure';
import { toGroupLayer } from '../../shared/group/groupLayer';
import type { Handlers } from './handlers';
import type { SearchService } from '../search/searchService';
import type { Store } from '../store/store';
import { updateSettings } from '../store/settings';
import { setReadingPosition } from '../store/readingPosition';
import { exportFilename, renderMarkdown } from '../export/markdown';
import { groupExportFilename, renderGroupMarkdown } from '../export/groupMarkdown';
import { chooseMembers } from '../group/chooseMembers';
import type { AppInfo } from '../../shared/ipc/contract';
import { backupFilename, exportBackup } from '../backup/exportBackup';
import { importBackup } from '../backup/importBackup';
import type { DictionaryLookup } from '../dictionary/dictionaryService';
import { VocabularyService } from '../vocabulary/vocabularyService';
import {
  vocabularyAnki,
  vocabularyFilename,
  vocabularyMarkdown,
} from '../vocabulary/exportVocabulary';

/** The user's data: opened when first needed, so commands that only read articles never load it. */
export interface UserData {
  store: Store;
  annotations: AnnotationService;
}
import type { GroupService } from '../group/groupService';
import { GroupChanges } from '../group/groupChanges';

export interface Services {
  library: Library;
  importer: ArticleImporter;
  /** Notices articles other processes imported or removed, and counts the library's revisions. */
  sync: LibrarySync;
  /** The search index, started on first use. */
  search: () => SearchService;
  /** Opens the user's data (once) and re-anchors its highlights. */
  userData: () => Promise<UserData>;
  /** The user's data if it is open already, else undefined (nothing is loaded for the asking). */
  openedUserData: () => UserData | undefined;
  /** Messages the user must see once that come from outside the store (the library's). */
  notices: string[];
  /** CC-CEDICT and the pinyin reader, loaded off the main thread. */
  dictionary: DictionaryLookup;
  /** Study groups: identity, the shared folder, replies and packs; made with the user's data. */
  group: () => Promise<GroupService>;
  /** Counts the group's revisions for `group:revision` and the window's `group:changed`. */
  groupChanges?: GroupChanges;
  info: AppInfo;
  now: () => Date;
}

/** Wires each contract channel to the service that answers it; no validation here (dispatch did it). */
export function createHandlers(services: Services): Handlers {
  const { library, now, sync, userData } = services;
  const store = async () => (await userData()).store;
  const annotations = async () => (await userData()).annotations;
  const { group } = services;
  const groupChanges = services.groupChanges ?? new GroupChanges();
  // Any change to the member's own annotations is published to the group folder shortly after.
  const published = async <T>(change: Promise<T>): Promise<T> => {
    const value = await change;
    (await group()).publishSoon();
    return value;
  };
  const refuseOthers = async (id: string) => (await group()).refuseOthers(id);
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
  // Made on first use, like the store it keeps the words in.
  const vocabulary = async () =>
    new VocabularyService({
      store: await store(),
      dictionary: services.dictionary,
      article: findArticle,
      now,
    });
  // Listing articles does not open the user's data for their progress; only the CLI lists before
  // the data is open, and it does not show progress.
  const progressOf = (id: string) =>
    services.openedUserData()?.store.read().reading[id]?.progress ?? 0;
  return {
    'library:list': async () => {
      await sync.check();
      // Counted from the notes once open; the CLI lists before opening them and does not show counts.
      const highlights = new Map<string, number>();
      for (const { articleId } of services.openedUserData()?.store.read().annotations ?? []) {
        highlights.set(articleId, (highlights.get(articleId) ?? 0) + 1);
      }
      return library
        .list()
        .map((article) =>
          summarize(
            article,
            library.origin(article.id) ?? 'bundled',
            progressOf(article.id),
            highlights.get(article.id) ?? 0,
          ),
        );
    },
    'library:get': async ({ id }) => findArticle(id),
    'library:import': async ({ files, importId }) => {
      const { added, skipped, cancelled } = await services.importer.import(files, importId);
      // Indexing happens in the search worker; `search:status` says "indexing…" until it is done.
      if (added.length > 0) {
        services
          .search()
          .add(added)
          .catch(() => undefined);
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
      services
        .search()
        .remove([id])
        .catch(() => undefined);
      sync.changed({ added: [], removed: [id] });
      return { id };
    },
    'library:revision': async () => ({ revision: await sync.check() }),
    'search:query': async ({ query, limit }) => services.search().search(query, limit),
    'search:inArticle': async ({ articleId, query }) => {
      requireArticle(articleId);
      return services.search().inArticle(articleId, query);
    },
    'search:notes': async ({ query, limit }) => {
      const articlesById = new Map(library.list().map((article) => [article.id, article]));
      // Loaded when first asked: the folding and pinyin tables are large and most commands never search notes.
      const { searchNotes } = await import('../search/searchNotes');
      // Everyone's highlights and replies in the study group, each marked with whose it is.
      const members = await group();
      const { id } = await members.whoami();
      return searchNotes(await members.notes(undefined, 'all'), articlesById, query, limit, id);
    },
    'search:status': async () => services.search().status(),
    'annotations:list': async ({ articleId }) => (await annotations()).list(articleId),
    'annotations:create': async (args) => published((await annotations()).create(args)),
    'annotations:update': async ({ id, ...changes }) => {
      await refuseOthers(id);
      return published((await annotations()).update(id, changes));
    },
    'annotations:delete': async ({ id }) => {
      await refuseOthers(id);
      return published((await annotations()).delete(id));
    },
    'annotations:reattach': async ({ id, start, end }) => {
      await refuseOthers(id);
      return published((await annotations()).reattach(id, start, end));
    },
    'annotations:restore': async ({ annotation }) =>
      published((await annotations()).restore(annotation)),
    'annotations:importW3c': async ({ articleId, json, color }) => {
      requireArticle(articleId);
      const { found, problems } = readForeignFile(json);
      if (found.length === 0) {
        throw new AppFailure(
          'invalid-payload',
          `No highlight in this file could be read: ${problems[0] ?? 'it holds no annotations.'} Nothing was changed.`,
        );
      }
      const result = await published(
        (await annotations()).importForeign(articleId, found, color ?? 'yellow'),
      );
      return {
        ...result,
        skipped: [...problems.map((reason) => ({ quote: '', reason })), ...result.skipped],
      };
    },
    'backup:export': async () => {
      const exportedAt = now();
      const { replies, tombstones } = await (await group()).ownReplies();
      const json = exportBackup({
        replies,
        tombstones,
        data: (await store()).read(),
        appVersion: services.info.version,
        now: exportedAt,
        articleText: (id) => library.get(id)?.text,
      });
      return { json, filename: backupFilename(exportedAt) };
    },
    'backup:import': async ({ json }) =>
      published(
        importBackup(
          await store(),
          json,
          (id) => library.get(id)?.text,
          now(),
          async (replies, tombstones) => (await group()).restoreReplies(replies, tombstones),
        ),
      ),
    'export:markdown': async ({ articleId }) => {
      const article = articleId === undefined ? undefined : requireArticle(articleId);
      const exportedAt = now();
      const scope = article ? 'article' : 'all';
      const chosen = (await store()).read().settings.language;
      const { markdown, highlights } = renderMarkdown({
        articles: article ? [article] : library.list(),
        annotations: (await annotations()).list(articleId),
        exportedAt,
        scope,
        language: chosen === 'system' ? services.info.systemLanguage : chosen,
      });
      // A file with only front matter would look like a failed export; say why there is none.
      if (highlights === 0) {
        throw new AppFailure(
          'nothing-to-export',
          article
            ? `The article ${article.id} has no highlights yet, so there is nothing to export.`
            : 'There are no highlights in the library yet, so there is nothing to export.',
        );
      }
      return { markdown, filename: exportFilename(scope, article, exportedAt), highlights };
    },
    'settings:get': async () => (await store()).read().settings,
    'settings:update': async (patch) => updateSettings(await store(), patch),
    'reading:get': async ({ articleId }) => {
      requireArticle(articleId);
      return (await store()).read().reading[articleId] ?? null;
    },
    'reading:set': async ({ articleId, offset, progress }) => {
      const article = requireArticle(articleId);
      return setReadingPosition(
        await store(),
        articleId,
        Math.min(offset, article.text.length),
        progress,
        now(),
      );
    },
    'app:notices': async () => [
      ...services.notices.splice(0),
      ...(services.openedUserData()?.store.notices.splice(0) ?? []),
    ],
    'app:info': async () => services.info,
    'dictionary:lookup': async ({ text }) => services.dictionary.call('lookup', { text }),
    'dictionary:pinyin': async ({ text }) => services.dictionary.call('read', { text }),
    'dictionary:articlePinyin': async ({ articleId }) =>
      services.dictionary.call('read', { text: (await findArticle(articleId)).text }),
    'dictionary:about': async () => services.dictionary.call('about', {}),
    'dictionary:search': async ({ query, limit }) => {
      // Only the Chinese of the query: "what does 赶考 mean" looks up 赶考.
      const han = query.match(/\p{Script=Han}+/gu) ?? [];
      if (han.length === 0) return [];
      return services.dictionary.call('words', { text: han.join(' '), limit: limit ?? 8 });
    },
    'vocabulary:add': async ({ word, articleId, offset }) =>
      (await vocabulary()).add(word, articleId, offset),
    'vocabulary:list': async ({ query }) => (await vocabulary()).list(query),
    'vocabulary:remove': async ({ id }) => (await vocabulary()).remove(id),
    'vocabulary:export': async ({ format }) => {
      const entries = [...(await store()).read().vocabulary];
      const text =
        format === 'markdown'
          ? vocabularyMarkdown(entries, (articleId) => library.get(articleId)?.title)
          : vocabularyAnki(entries);
      return { text, filename: vocabularyFilename(format, now()) };
    },
    'member:whoami': async () => (await group()).whoami(),
    'member:update': async ({ name, defaultSharing }) => {
      if (name !== undefined) await (await group()).setName(name);
      return defaultSharing === undefined
        ? (await group()).whoami()
        : (await group()).setDefaultSharing(defaultSharing);
    },
    'group:use': async ({ folder }) => groupChanges.moved(await (await group()).use(folder)),
    'group:status': async () => (await group()).status(),
    'group:refresh': async () => groupChanges.refreshed(await (await group()).refresh()),
    'group:leave': async () => groupChanges.moved(await (await group()).leave()),
    'group:revision': async () => ({ revision: groupChanges.revision }),
    'group:notes': async ({ articleId, member }) => {
      if (articleId !== undefined) requireArticle(articleId);
      return (await group()).notes(articleId, member ?? 'all');
    },
    'group:layer': async ({ articleId }) => {
      requireArticle(articleId);
      return toGroupLayer(articleId, await (await group()).notes(articleId, 'all'));
    },
    'group:reply': async ({ annotationId, text }) => (await group()).reply(annotationId, text),
    'group:replyEdit': async ({ id, text }) => (await group()).editReply(id, text),
    'group:replyDelete': async ({ id }) => (await group()).deleteReply(id),
    'group:share': async ({ id, sharing }) => (await group()).setSharing(id, sharing),
    'group:export': async ({ articleId, members }) => {
      const article = articleId === undefined ? undefined : requireArticle(articleId);
      const exportedAt = now();
      const chosen = (await store()).read().settings.language;
      const { markdown, highlights } = renderGroupMarkdown({
        articles: library.list(),
        notes: chooseMembers(await (await group()).notes(articleId, 'all'), members),
        exportedAt,
        ...(articleId === undefined ? {} : { articleId }),
        language: chosen === 'system' ? services.info.systemLanguage : chosen,
      });
      if (highlights === 0) {
        throw new AppFailure(
          'nothing-to-export',
          `${members === 'me' ? 'You have' : 'The chosen members have'} no highlights ${article ? `in ${article.id}` : 'in the library'} yet, so there is nothing to export.`,
        );
      }
      return { text: markdown, filename: groupExportFilename(articleId, exportedAt), highlights };
    },
    'pack:export': async ({ articleIds, members }) =>
      (await group()).packExport(articleIds, members ?? ['me']),
    'pack:import': async ({ json, dryRun }) =>
      groupChanges.packImported(await (await group()).packImport(json, dryRun ?? false)),
  };
}
