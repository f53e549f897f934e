import { useId, useLayoutEffect, useRef } from 'react';
import { DictionaryResults } from './DictionaryResults';
import type { NoteHit, SearchHit } from '../../shared/model/search';
import { ErrorMessage } from '../app/ErrorMessage';
import { formatRoute } from '../app/route';
import { useI18n } from '../i18n/I18nContext';
import { SnippetText } from './SnippetText';

/**
 * The results for the current query: articles (title, hit count, snippet with every hit marked),
 * then the user's own highlights and notes that match. Links carry the query into the reader.
 */
export function SearchResults({
  query,
  hits,
  notes,
  error,
  onOpen,
  onClose,
}: {
  query: string;
  hits: SearchHit[];
  notes: NoteHit[];
  error: string | null;
  onOpen: () => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const headingId = useId();
  const notesHeadingId = useId();
  const panel = useRef<HTMLElement>(null);
  // Hangs from the search box it belongs to: same left edge, at least as wide, inside the window.
  useLayoutEffect(() => {
    const box = document.querySelector('.search-box')?.getBoundingClientRect();
    const element = panel.current;
    if (!box || !element || box.width === 0) return;
    const margin = 16;
    const width = Math.min(Math.max(box.width, 480), window.innerWidth - 2 * margin);
    const left = Math.max(margin, Math.min(box.left, window.innerWidth - margin - width));
    element.style.left = `${left}px`;
    element.style.width = `${width}px`;
  });
  return (
    <section
      ref={panel}
      className="search-results"
      aria-labelledby={headingId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <div className="panel-header">
        <h2 id={headingId}>{t('search.results')}</h2>
        <button type="button" className="button subtle" onClick={onClose}>
          {t('search.close')}
        </button>
      </div>
      <ErrorMessage message={error} />
      {hits.length === 0 && notes.length === 0 && !error && (
        <p className="muted">{t('search.none')}</p>
      )}
      {hits.length > 0 && (
        <ol className="search-list">
          {hits.map((hit) => (
            <li key={`${hit.articleId}:${hit.match?.start ?? ''}`} className="search-item">
              <div className="search-item-header">
                <a
                  className="search-title"
                  lang="zh-CN"
                  dir="auto"
                  href={formatRoute({ view: 'article', id: hit.articleId, hit: hit.match, query })}
                  onClick={onOpen}
                >
                  {hit.title}
                </a>
                <span className="search-count">
                  {hit.hits === 1 ? t('search.hitsOne') : t('search.hits', { count: hit.hits })}
                </span>
              </div>
              <SnippetText snippet={hit.snippet} className="search-snippet" />
            </li>
          ))}
        </ol>
      )}
      {notes.length > 0 && (
        <section aria-labelledby={notesHeadingId} className="search-notes">
          <h3 id={notesHeadingId}>{t('search.inNotes')}</h3>
          <ol className="search-list">
            {notes.map((note) => (
              <li key={`${note.annotationId}:${note.field}`} className="search-item">
                <div className="search-item-header">
                  <a
                    className="search-title"
                    lang="zh-CN"
                    dir="auto"
                    href={formatRoute({
                      view: 'article',
                      id: note.articleId,
                      hit: null,
                      note: note.annotationId,
                    })}
                    onClick={onOpen}
                  >
                    {note.title}
                  </a>
                  {note.creator && (
                    <span className="search-by">
                      {t('search.by')} <bdi>{note.creator.name}</bdi>
                    </span>
                  )}
                  <span className="search-count">{t(`search.field.${note.field}`)}</span>
                </div>
                <SnippetText snippet={note.snippet} className="search-snippet" />
              </li>
            ))}
          </ol>
        </section>
      )}
      <DictionaryResults query={query} />
    </section>
  );
}
