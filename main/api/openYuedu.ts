import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AnnotationService } from '../annotations/annotationService';
import { ArticleImporter } from '../library/import/articleImporter';
import { ImportFileReader } from '../library/import/importFileReader';
import { restoreImportedArticles } from '../library/import/restoreImported';
import { ARTICLES_DIR, ImportedArticleFiles } from '../library/importedArticles';
import { LibrarySync } from '../library/librarySync';
import { Library } from '../library/library';
import { loadCorpus } from '../library/loadCorpus';
import { SEARCH_INDEX_FILE } from '../search/searchIndexFileName';
import { SearchService } from '../search/searchService';
import { InThreadSearchWorker } from '../search/worker/inThreadSearchWorker';
import { DictionaryService } from '../dictionary/dictionaryService';
import { openStore } from '../store/store';
import { createDispatcher } from './dispatch';
import { createHandlers, type UserData } from './createHandlers';
import { AppFailure } from '../appFailure';
import { GroupService } from '../group/groupService';
import { GroupChanges } from '../group/groupChanges';
import { GroupFolderWatch } from '../group/watchGroupFolder';
import type { Yuedu, YueduOptions } from './yuedu';

/**
 * Opens the corpus, the search index and the user's data once, for whichever front door asked.
 * Every stored highlight is re-found in the current texts before anything is served, so a changed
 * corpus shows highlights at their new places (or as orphans). The search index opens in a worker
 * thread once everything else is in place, so the library shows without waiting for it. With
 * `openOnDemand` (the CLI) the user's data and the search index open only when a request needs them.
 */
export async function openYuedu(
  options: YueduOptions,
  now: () => Date = () => new Date(),
): Promise<Yuedu> {
  requireSeedsFolder(options.seedsDir);
  const articles = loadCorpus({ generatedDir: options.generatedDir, seedsDir: options.seedsDir });
  const library = new Library(articles);
  const importedFiles = new ImportedArticleFiles(options.dataDir);
  const imported = await restoreImportedArticles(library, importedFiles);
  const notices = [...imported.notices];
  const search = new SearchService({
    bundledIndexPath: join(options.generatedDir, SEARCH_INDEX_FILE),
    persistPath: join(options.dataDir, SEARCH_INDEX_FILE),
    launchOnFirstRequest: options.oneShot ?? false,
    ...(options.oneShot ? { spawn: (_file, config) => new InThreadSearchWorker(config) } : {}),
  });
  // Non-blocking: queries wait in the worker until the index is open; `search:status` tells the UI.
  let searchStarted = false;
  const startedSearch = () => {
    if (!searchStarted) search.start(articles, imported.restored);
    searchStarted = true;
    return search;
  };
  let opened: UserData | undefined;
  let opening: Promise<UserData> | undefined;
  const userData = () => {
    opening ??= openUserData(options.dataDir, library, now).then((data) => (opened = data));
    return opening;
  };
  if (options.openOnDemand !== true) await userData();
  // Imported files are decoded and parsed in a worker thread, never on the thread that answers.
  const fileReader = new ImportFileReader();
  const importer = new ArticleImporter(library, importedFiles, now, fileReader.read);
  // Articles another process imported or removed meanwhile come and go from the index too; their
  // highlights are placed afresh when listed (the placement cache keys on the article's text).
  const sync = new LibrarySync(async () => {
    const changes = await importer.syncWithDisk();
    if (changes.added.length > 0)
      startedSearch()
        .add(changes.added)
        .catch(() => undefined);
    if (changes.removed.length > 0)
      startedSearch()
        .remove(changes.removed)
        .catch(() => undefined);
    return changes;
  });
  if (options.watchLibrary) sync.watch(join(options.dataDir, ARTICLES_DIR));
  const dictionary = new DictionaryService(options.generatedDir);
  let groupService: GroupService | undefined;
  const group = async () => {
    const { store, annotations } = await userData();
    groupService ??= new GroupService({
      dataDir: options.dataDir,
      store,
      library,
      annotations,
      appVersion: options.version,
      now,
      // An article a pack brings that this library lacks joins it as an imported article.
      adoptArticle: async ({ id, title, source, text, blocks }) => {
        if (library.get(id) !== undefined || library.findByText(text) !== undefined) return;
        const article = {
          id,
          title,
          source,
          text,
          blocks,
          importedAt: now().toISOString(),
          sequence: library.nextSequence(),
        };
        await importedFiles.save(article);
        library.addImported(article);
        startedSearch()
          .add([article])
          .catch(() => undefined);
        sync.changed({ added: [article], removed: [] });
      },
    });
    return groupService;
  };
  const groupChanges = new GroupChanges();
  const handlers = createHandlers({
    library,
    importer,
    sync,
    userData,
    openedUserData: () => opened,
    notices,
    search: startedSearch,
    dictionary,
    group,
    groupChanges,
    info: { version: options.version, systemLanguage: options.systemLanguage },
    now,
  });
  if (options.openOnDemand !== true) startedSearch();
  // The dictionary loads in its own worker after everything else, so the library never waits for it.
  if (options.startDictionary) dictionary.start();
  const groupWatch = options.watchGroup ? watchGroup(handlers, group, groupChanges) : undefined;
  return {
    handlers,
    dispatch: createDispatcher(handlers),
    onLibraryChanged: (listener) => sync.onChange(listener),
    onGroupChanged: (listener) => groupChanges.onChange(listener),
    close: async () => {
      groupWatch?.close();
      // A change made just before closing still reaches the group folder.
      await groupService?.flush();
      sync.close();
      await fileReader.close();
      if (searchStarted) await search.close();
      await dictionary.close();
    },
  };
}

/**
 * Reads the group folder at start and whenever it changes, following the member from folder to
 * folder; a folder that cannot be read now is looked at again later (the watch's retry).
 */
function watchGroup(
  handlers: ReturnType<typeof createHandlers>,
  group: () => Promise<GroupService>,
  changes: GroupChanges,
): GroupFolderWatch {
  const watch = new GroupFolderWatch({ refresh: () => handlers['group:refresh']({}) });
  changes.onFolder((folder) => watch.follow(folder));
  void group()
    .then((service) => service.whoami())
    .then(({ groupFolder }) => {
      watch.follow(groupFolder);
      if (groupFolder !== null) return handlers['group:refresh']({});
    })
    .catch(() => undefined);
  return watch;
}

/**
 * Opens the store and re-finds every stored highlight in the current texts, so a changed corpus
 * shows highlights at their new places (or as orphans).
 */
async function openUserData(dataDir: string, library: Library, now: () => Date): Promise<UserData> {
  const store = await openStore(dataDir, { now });
  const annotations = new AnnotationService(store, library, now);
  try {
    await annotations.reanchorAll();
  } catch (error) {
    // The highlights are still placed correctly in memory; only saving their new places failed.
    store.notices.push(
      `Yuedu found highlights at new places in the changed articles but could not save them: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return { store, annotations };
}

/** Refuses a seeds folder that is missing or holds no .txt, rather than opening an empty library. */
function requireSeedsFolder(dir: string): void {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new AppFailure('not-found', `The seeds folder ${dir} does not exist.`);
  }
  const texts = readdirSync(dir).filter((name) => name.toLowerCase().endsWith('.txt'));
  if (texts.length === 0) {
    throw new AppFailure(
      'not-found',
      `The seeds folder ${dir} holds no .txt files; point --seeds-dir (or YUEDU_SEEDS_DIR) at a folder of article texts.`,
    );
  }
}
