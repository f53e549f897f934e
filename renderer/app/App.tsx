import { useEffect, useState } from 'react';
import type { Invoke } from '../../shared/ipc/contract';
import { ApiProvider } from '../api/ApiContext';
import { I18nProvider, useI18n } from '../i18n/I18nContext';
import { resolveLanguage } from '../i18n/resolveLanguage';
import { LibraryView } from '../library/LibraryView';
import { ReaderView } from '../reader/ReaderView';
import { SearchBox } from '../search/SearchBox';
import { SearchResults } from '../search/SearchResults';
import { useSearch } from '../search/useSearch';
import { applySettingsToDocument } from '../settings/applySettingsToDocument';
import { SettingsPanel } from '../settings/SettingsPanel';
import { useSettings, type SettingsState } from '../settings/useSettings';
import { NoticesAlert } from './NoticesAlert';
import { useHostInfo } from './useHostInfo';
import { useNotices } from './useNotices';
import { useRoute } from './useRoute';

/** The whole UI on top of one transport; tests pass an in-memory `invoke`. */
export function App({ invoke }: { invoke: Invoke }) {
  return (
    <ApiProvider invoke={invoke}>
      <LocalizedApp />
    </ApiProvider>
  );
}

function LocalizedApp() {
  const settings = useSettings();
  const host = useHostInfo();
  const language = resolveLanguage(settings.settings.language, host.info?.systemLanguage ?? 'en');

  useEffect(() => {
    applySettingsToDocument(document.documentElement, settings.settings, language);
  }, [settings.settings, language]);

  if (!settings.loaded || !host.loaded) return null;
  return (
    <I18nProvider language={language}>
      <Shell settings={settings} />
    </I18nProvider>
  );
}

function Shell({ settings }: { settings: SettingsState }) {
  const { t } = useI18n();
  const [route, navigate] = useRoute();
  const search = useSearch();
  const { notices, dismiss } = useNotices();
  const [settingsOpen, setSettingsOpen] = useState(false);
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
        <SearchBox search={search} />
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
      {settingsOpen && (
        <SettingsPanel
          settings={settings.settings}
          error={settings.error}
          onChange={settings.update}
          onClose={() => setSettingsOpen(false)}
          onRestored={onRestored}
        />
      )}
      {search.hits && (
        <SearchResults
          hits={search.hits}
          error={search.error}
          onOpen={search.clear}
          onClose={search.clear}
        />
      )}
      <div className={`layout layout-${route.view}`}>
        {route.view === 'library' ? (
          <LibraryView key={dataVersion} />
        ) : (
          <ReaderView
            key={`${route.id}:${route.hit?.start ?? ''}:${dataVersion}`}
            id={route.id}
            hit={route.hit}
            onBack={() => navigate({ view: 'library' })}
          />
        )}
      </div>
    </div>
  );
}
