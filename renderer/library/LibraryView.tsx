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
  importing,
  onImport,
  onRemoved,
}: {
  /** Changes when the library changed elsewhere (an import), so the list is fetched again. */
  version: number;
  importing: boolean;
  onImport: (files: ChosenFile[]) => void;
  onRemoved: () => void;
}) {
  const { t } = useI18n();
  const { articles, error } = useLibrary(version);
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
        <ul className="library-list">
          {articles.map((article) => (
            <LibraryItem key={article.id} article={article} onRemoved={onRemoved} />
          ))}
        </ul>
      )}
    </main>
  );
}

function LibraryItem({ article, onRemoved }: { article: ArticleSummary; onRemoved: () => void }) {
  const { t, language } = useI18n();
  const percent = Math.round(Math.min(1, Math.max(0, article.progress)) * 100);
  const imported = article.origin === 'imported';
  return (
    <li className={`library-item${imported ? ' library-item-imported' : ''}`}>
      <h2 className="library-title" lang="zh-CN" dir="auto">
        <a href={formatRoute({ view: 'article', id: article.id, hit: null })}>{article.title}</a>
      </h2>
      <p className="library-first-line" lang="zh-CN" dir="auto">
        {article.firstLine}
      </p>
      <div className="library-meta">
        {imported && <span className="badge">{t('library.imported')}</span>}
        <span>{t('library.chars', { count: article.chars.toLocaleString(language) })}</span>
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
