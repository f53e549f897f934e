import { useState } from 'react';
import { useInvoke } from '../api/ApiContext';
import { DialogPanel } from '../app/DialogPanel';
import { ErrorMessage } from '../app/ErrorMessage';
import { saveTextFile } from '../export/saveTextFile';
import { useI18n } from '../i18n/I18nContext';
import { useVocabulary } from './useVocabulary';

/** The saved words: search, remove, and export as a Markdown table or an Anki file. */
export function VocabularyPanel({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const invoke = useInvoke();
  const [query, setQuery] = useState('');
  const { entries, error, remove } = useVocabulary(query);
  const [exportError, setExportError] = useState<string | null>(null);

  const exportAs = async (format: 'markdown' | 'anki') => {
    const result = await invoke('vocabulary:export', { format });
    if (!result.ok) {
      setExportError(result.error.message);
      return;
    }
    setExportError(null);
    saveTextFile(
      result.value.filename,
      result.value.text,
      format === 'markdown'
        ? 'text/markdown;charset=utf-8'
        : 'text/tab-separated-values;charset=utf-8',
    );
  };

  return (
    <DialogPanel
      heading={t('vocabulary.heading')}
      closeLabel={t('dictionary.close')}
      className="vocabulary-panel"
      initialFocus="input"
      onClose={onClose}
    >
      <input
        type="search"
        className="vocabulary-search"
        value={query}
        aria-label={t('vocabulary.search')}
        placeholder={t('vocabulary.search')}
        onChange={(event) => setQuery(event.target.value)}
      />
      {entries.length === 0 ? (
        <p className="muted">{t('vocabulary.empty')}</p>
      ) : (
        <ul className="vocabulary-list">
          {entries.map((entry) => (
            <li key={entry.id}>
              <span className="dictionary-word" lang="zh-CN">
                {entry.word}
              </span>{' '}
              <span className="dictionary-pinyin">{entry.pinyin}</span>
              <p className="muted">{entry.definitions.slice(0, 3).join('; ')}</p>
              <p lang="zh-CN">
                <a href={`#/article/${encodeURIComponent(entry.articleId)}`}>{entry.sentence}</a>
              </p>
              <button
                type="button"
                className="button"
                aria-label={t('vocabulary.remove', { word: entry.word })}
                onClick={() => void remove(entry.id)}
              >
                {t('vocabulary.removeShort')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="choice-row">
        <button type="button" className="button" onClick={() => void exportAs('markdown')}>
          {t('vocabulary.exportMarkdown')}
        </button>
        <button type="button" className="button" onClick={() => void exportAs('anki')}>
          {t('vocabulary.exportAnki')}
        </button>
      </div>
      <ErrorMessage message={error ?? exportError} />
    </DialogPanel>
  );
}
