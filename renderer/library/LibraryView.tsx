import type { ArticleSummary } from '../../shared/model/article';
import { formatRoute } from '../app/route';
import { ErrorMessage } from '../app/ErrorMessage';
import { ExportButton } from '../export/ExportButton';
import { useI18n } from '../i18n/I18nContext';
import { useLibrary } from './useLibrary';

/** The start screen: every article with its opening line, length and how far it has been read. */
export function LibraryView() {
  const { t } = useI18n();
  const { articles, error } = useLibrary();
  return (
    <main id="main" className="library" tabIndex={-1}>
      <div className="view-header">
        <h1>{t('library.heading')}</h1>
        <ExportButton label={t('export.all')} />
      </div>
      <ErrorMessage message={error} />
      {articles === null ? (
        <p className="muted">{t('app.loading')}</p>
      ) : articles.length === 0 ? (
        <p className="muted">{t('library.empty')}</p>
      ) : (
        <ul className="library-list">
          {articles.map((article) => (
            <LibraryItem key={article.id} article={article} />
          ))}
        </ul>
      )}
    </main>
  );
}

function LibraryItem({ article }: { article: ArticleSummary }) {
  const { t, language } = useI18n();
  const percent = Math.round(Math.min(1, Math.max(0, article.progress)) * 100);
  return (
    <li className="library-item">
      <h2 className="library-title" lang="zh-CN">
        <a href={formatRoute({ view: 'article', id: article.id, hit: null })}>{article.title}</a>
      </h2>
      <p className="library-first-line" lang="zh-CN">
        {article.firstLine}
      </p>
      <div className="library-meta">
        <span>{t('library.chars', { count: article.chars.toLocaleString(language) })}</span>
        <progress
          className="library-progress"
          max={100}
          value={percent}
          aria-label={t('library.progress')}
        />
        <span>{t('library.read', { percent })}</span>
      </div>
    </li>
  );
}
