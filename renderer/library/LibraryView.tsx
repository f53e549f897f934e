import { useEffect, useRef } from 'react';
import type { ArticleSummary } from '../../shared/model/article';
import { formatRoute } from '../app/route';
import { ErrorMessage } from '../app/ErrorMessage';
import { ExportButton } from '../export/ExportButton';
import { useI18n } from '../i18n/I18nContext';
import { ImportButtons } from '../import/ImportButtons';
import type { ChosenFile } from '../import/importableFiles';
import { RemoveArticle } from './RemoveArticle';
import { useLibrary } from './useLibrary';

/**
 * The start screen: every article with its opening line, length and how far it has been read;
 * imported articles are marked as such and can be removed. New articles come in from here too.
 */
export function LibraryView({
  version,
  newIds = [],
  revealSeq = 0,
  importing,
  onImport,
  onRemoved,
}: {
  /** Changes when the library changed elsewhere (an import), so the list is fetched again. */
  version: number;
  /** The articles the last import added, marked "New". */
  newIds?: readonly string[];
  /** Each new value scrolls the first new article into view once it is listed. */
  revealSeq?: number;
  importing: boolean;
  onImport: (files: ChosenFile[]) => void;
  onRemoved: () => void;
}) {
  const { t } = useI18n();
  const { articles, error } = useLibrary(version);
  const listRef = useRef<HTMLUListElement>(null);
  const revealed = useRef(0);
  useEffect(() => {
    const first = newIds[0];
    if (revealSeq === revealed.current || first === undefined || !articles) return;
    const item = listRef.current?.querySelector(`[data-article-id="${CSS.escape(first)}"]`);
    if (!item) return;
    revealed.current = revealSeq;
    item.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  }, [articles, newIds, revealSeq]);
  const fresh = new Set(newIds);
  return (
    <main id="main" className="library" tabIndex={-1}>
      <div className="view-header">
        <h1>{t('library.heading')}</h1>
        <span className="view-actions">
          <ImportButtons disabled={importing} onChosen={onImport} />
          <ExportButton label={t('export.all')} />
        </span>
      </div>
      <ErrorMessage message={error} />
      {articles === null ? (
        <p className="muted">{t('app.loading')}</p>
      ) : articles.length === 0 ? (
        <p className="muted">{t('library.empty')}</p>
      ) : (
        <ul className="library-list" ref={listRef}>
          {articles.map((article) => (
            <LibraryItem
              key={article.id}
              article={article}
              isNew={fresh.has(article.id)}
              onRemoved={onRemoved}
            />
          ))}
        </ul>
      )}
    </main>
  );
}

function LibraryItem({
  article,
  isNew,
  onRemoved,
}: {
  article: ArticleSummary;
  isNew: boolean;
  onRemoved: () => void;
}) {
  const { t, language } = useI18n();
  const percent = Math.round(Math.min(1, Math.max(0, article.progress)) * 100);
  const imported = article.origin === 'imported';
  return (
    <li
      className={`library-item${imported ? ' library-item-imported' : ''}${isNew ? ' library-item-new' : ''}`}
      data-article-id={article.id}
    >
      <h2 className="library-title" lang="zh-CN" dir="auto">
        <a href={formatRoute({ view: 'article', id: article.id, hit: null })}>{article.title}</a>
      </h2>
      <p className="library-first-line" lang="zh-CN" dir="auto">
        {article.firstLine}
      </p>
      <div className="library-meta">
        {isNew && <span className="badge badge-new">{t('library.new')}</span>}
        {imported && <span className="badge">{t('library.imported')}</span>}
        <span>{t('library.chars', { count: article.chars.toLocaleString(language) })}</span>
        {article.highlights > 0 && (
          <span className="library-highlights">
            {article.highlights === 1
              ? t('library.highlightsOne')
              : t('library.highlights', { count: article.highlights })}
          </span>
        )}
        <progress
          className="library-progress"
          max={100}
          value={percent}
          aria-label={t('library.progress')}
        />
        <span>{t('library.read', { percent })}</span>
        {imported && (
          <span className="library-remove">
            <RemoveArticle article={article} onRemoved={onRemoved} />
          </span>
        )}
      </div>
    </li>
  );
}
