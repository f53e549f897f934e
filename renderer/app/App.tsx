import { useCallback, useEffect, useState } from 'react';
import type { Invoke } from '../../shared/ipc/contract';
import { ApiProvider, useInvoke } from '../api/ApiContext';
import type {
  ChooseFolder,
  SubscribeGroupChanged,
  SubscribeLibraryChanged,
  SubscribeMenuCommand,
} from '../api/bridge';
import { GroupChangesProvider } from '../group/GroupChangesProvider';
import { GroupDialogs } from '../group/GroupDialogs';
import type { GroupDialog } from '../group/GroupSection';
import { I18nProvider, useI18n } from '../i18n/I18nContext';
import { DropOverlay } from '../import/DropOverlay';
import { ImportStatus } from '../import/ImportStatus';
import { useFileDrop } from '../import/useFileDrop';
import { useImport } from '../import/useImport';
import { resolveLanguage } from '../i18n/resolveLanguage';
import { LibraryView } from '../library/LibraryView';
import { useLibraryRevision } from '../library/useLibraryRevision';
import type { ImportOutcome } from '../import/importInBatches';
import { ReaderView } from '../reader/ReaderView';
import { SearchBox } from '../search/SearchBox';
import { SearchResults } from '../search/SearchResults';
import { useSearch } from '../search/useSearch';
import { useSearchStatus } from '../search/useSearchStatus';
import { applySettingsToDocument } from '../settings/applySettingsToDocument';
import { SettingsPanel } from '../settings/SettingsPanel';
import { VocabularyPanel } from '../aids/VocabularyPanel';
import { useSettings, type SettingsState } from '../settings/useSettings';
import { NoticesAlert } from './NoticesAlert';
import { useHostInfo } from './useHostInfo';
import { useNotices } from './useNotices';
import { useRoute } from './useRoute';

/**
 * The whole UI on top of one transport; tests pass an in-memory `invoke`. `onLibraryChanged` is
 * Electron's notice of imports started from the app menu, `onMenuCommand` its View menu's theme and
 * notes-panel commands (both absent under `yuedu serve`). `onGroupChanged` is its push of study-group
 * changes (`yuedu serve` polls instead) and `chooseGroupFolder` its native folder chooser.
 */
export function App({
  invoke,
  onLibraryChanged,
  onMenuCommand,
  onGroupChanged,
  chooseGroupFolder,
}: {
  invoke: Invoke;
  onLibraryChanged?: SubscribeLibraryChanged;
  onMenuCommand?: SubscribeMenuCommand;
  onGroupChanged?: SubscribeGroupChanged;
  chooseGroupFolder?: ChooseFolder;
}) {
  return (
    <ApiProvider invoke={invoke}>
      <GroupChangesProvider push={onGroupChanged} chooseFolder={chooseGroupFolder}>
        <LocalizedApp onLibraryChanged={onLibraryChanged} onMenuCommand={onMenuCommand} />
      </GroupChangesProvider>
    </ApiProvider>
  );
}

function LocalizedApp({
  onLibraryChanged,
  onMenuCommand,
}: {
  onLibraryChanged?: SubscribeLibraryChanged;
  onMenuCommand?: SubscribeMenuCommand;
}) {
  const settings = useSettings();
  const host = useHostInfo();
  const language = resolveLanguage(settings.settings.language, host.info?.systemLanguage ?? 'en');

  useEffect(() => {
    applySettingsToDocument(document.documentElement, settings.settings, language);
  }, [settings.settings, language]);

  if (!settings.loaded || !host.loaded) return null;
  return (
    <I18nProvider language={language}>
      <Shell
        settings={settings}
        onLibraryChanged={onLibraryChanged}
        onMenuCommand={onMenuCommand}
      />
    </I18nProvider>
  );
}

function Shell({
  settings,
  onLibraryChanged,
  onMenuCommand,
}: {
  settings: SettingsState;
  onLibraryChanged?: SubscribeLibraryChanged;
  onMenuCommand?: SubscribeMenuCommand;
}) {
  const { t } = useI18n();
  const [route, navigate] = useRoute();
  const search = useSearch();
  const searchStatus = useSearchStatus();
  const { recheck } = searchStatus;
  // Bumped whenever articles were added or removed: the list is fetched again, the index watched.
  const [libraryVersion, setLibraryVersion] = useState(0);
  const libraryChanged = useCallback(() => {
    setLibraryVersion((current) => current + 1);
    recheck();
  }, [recheck]);
  // The articles the last import added: marked "New" in the library, which scrolls to them once
  // per `seq` (after the import, and again when the summary's "Show in library" is pressed).
  const [recent, setRecent] = useState<{ ids: string[]; seq: number }>({ ids: [], seq: 0 });
  const showImported = useCallback((outcome: ImportOutcome) => {
    if (outcome.added.length === 0) return;
    setRecent((last) => ({ ids: outcome.added.map((article) => article.id), seq: last.seq + 1 }));
  }, []);
  const importer = useImport(libraryChanged, showImported);
  const {
    start: startImport,
    onLibraryChanged: followMenuImport,
    dismiss: dismissImport,
  } = importer;
  const { dragging } = useFileDrop(startImport);

  useEffect(() => onLibraryChanged?.(followMenuImport), [onLibraryChanged, followMenuImport]);
  // Imports and removals by other processes (the CLI) show up without a restart.
  useLibraryRevision(libraryChanged);
  // The summary belongs to the library; it does not follow the user into an article.
  useEffect(() => {
    if (route.view !== 'library') dismissImport();
  }, [route.view, dismissImport]);
  // View → Notes Panel in the desktop app opens or closes the reader's notes panel.
  const [notesPanelToggles, setNotesPanelToggles] = useState(0);
  const { update: updateSettings } = settings;
  // The study group's status and packs, from Settings or the desktop app's Group menu.
  const [groupDialog, setGroupDialog] = useState<GroupDialog | null>(null);
  const invoke = useInvoke();
  useEffect(
    () =>
      onMenuCommand?.((command) => {
        if (command.kind === 'set-theme') updateSettings({ theme: command.theme });
        else if (command.kind === 'toggle-notes-panel') setNotesPanelToggles((count) => count + 1);
        else if (command.kind === 'group-refresh') {
          // Group status shows the result; the refresh's group:changed reloads it when it lands.
          void invoke('group:refresh', {});
          setGroupDialog('status');
        } else if (command.kind === 'group-status') setGroupDialog('status');
        else if (command.kind === 'share-pack') setGroupDialog('share');
        else setGroupDialog('open');
      }),
    [onMenuCommand, updateSettings, invoke],
  );
  const { notices, dismiss } = useNotices();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [vocabularyOpen, setVocabularyOpen] = useState(false);
  // Bumped by a restore: the views below remount and load the restored data afresh.
  const [dataVersion, setDataVersion] = useState(0);
  const onRestored = () => {
    settings.reload();
    setDataVersion((current) => current + 1);
  };

  useEffect(() => {
    document.title = t('app.title');
  }, [t]);

  return (
    <div className="app">
      <header className="app-header">
        <a className="brand" href="#/">
          <span lang="zh-CN" className="brand-mark">
            阅读
          </span>
          <span className="brand-name">Yuedu</span>
        </a>
        <SearchBox search={search} status={searchStatus.status} />
        <button
          type="button"
          className="button"
          aria-expanded={vocabularyOpen}
          onClick={() => setVocabularyOpen((open) => !open)}
        >
          {t('vocabulary.open')}
        </button>
        <button
          type="button"
          className="button"
          aria-expanded={settingsOpen}
          onClick={() => setSettingsOpen((open) => !open)}
        >
          {t('settings.open')}
        </button>
      </header>
      <NoticesAlert notices={notices} onDismiss={dismiss} />
      <ImportStatus
        importer={importer}
        onShowAdded={() => {
          navigate({ view: 'library' });
          setRecent((last) => ({ ...last, seq: last.seq + 1 }));
        }}
      />
      {dragging && <DropOverlay />}
      {settingsOpen && (
        <SettingsPanel
          settings={settings.settings}
          error={settings.error}
          onChange={settings.update}
          onClose={() => setSettingsOpen(false)}
          onRestored={onRestored}
          onOpenGroupDialog={(dialog) => {
            setSettingsOpen(false);
            setGroupDialog(dialog);
          }}
        />
      )}
      {groupDialog && (
        <GroupDialogs
          dialog={groupDialog}
          articleId={route.view === 'article' ? route.id : undefined}
          onClose={() => setGroupDialog(null)}
          onMerged={() => setDataVersion((current) => current + 1)}
        />
      )}
      {vocabularyOpen && <VocabularyPanel onClose={() => setVocabularyOpen(false)} />}
      {search.hits && (
        <SearchResults
          query={search.resultsQuery}
          hits={search.hits}
          notes={search.notes}
          error={search.error}
          onOpen={search.clear}
          onClose={search.clear}
        />
      )}
      <div className={`layout layout-${route.view}`}>
        {route.view === 'library' ? (
          <LibraryView
            key={dataVersion}
            version={libraryVersion}
            newIds={recent.ids}
            revealSeq={recent.seq}
            importing={importer.state.phase === 'running'}
            onImport={startImport}
            onRemoved={libraryChanged}
          />
        ) : (
          <ReaderView
            key={[route.id, route.hit?.start, route.query, route.note, dataVersion].join(':')}
            id={route.id}
            hit={route.hit}
            query={route.query ?? null}
            note={route.note ?? null}
            notesPanelToggles={notesPanelToggles}
            onBack={() => navigate({ view: 'library' })}
            settings={settings.settings}
            onSettingsChange={settings.update}
          />
        )}
      </div>
    </div>
  );
}
