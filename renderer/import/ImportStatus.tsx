import { useId } from 'react';
import { formatRoute } from '../app/route';
import { revealControls } from '../../shared/text/revealControls';
import { useI18n } from '../i18n/I18nContext';
import type { ImportController } from './useImport';

/** How many added articles the summary names; the rest are counted. */
const NAMED_ADDED = 5;

/**
 * The import area: while importing, a progress bar ("12 of 40 files") with Cancel; afterwards a
 * dismissible summary naming what was added (each a link to open it, and a button to show them in
 * the library) and each skipped file with its reason. The status region is always present, so
 * screen readers announce the summary when it appears.
 */
export function ImportStatus({
  importer,
  onShowAdded,
}: {
  importer: ImportController;
  /** Takes the user to the added articles in the library list. */
  onShowAdded: () => void;
}) {
  const { t } = useI18n();
  const labelId = useId();
  const { state } = importer;
  return (
    <section className="import-status" aria-label={t('import.heading')}>
      {state.phase === 'running' && (
        <div className="import-progress">
          <span id={labelId} className="import-progress-label">
            {t('import.running')}
          </span>
          <div
            className="import-progress-bar"
            role="progressbar"
            aria-labelledby={labelId}
            aria-valuemin={0}
            aria-valuemax={state.total}
            aria-valuenow={state.done}
            aria-valuetext={t('import.progress', { done: state.done, total: state.total })}
          >
            <div
              className="import-progress-fill"
              style={{ width: `${state.total ? (100 * state.done) / state.total : 0}%` }}
            />
          </div>
          <span className="import-progress-count">
            {t('import.progress', { done: state.done, total: state.total })}
          </span>
          {state.cancellable &&
            (state.cancelling ? (
              <span className="muted">{t('import.cancelling')}</span>
            ) : (
              <button type="button" className="button" onClick={importer.cancel}>
                {t('import.cancel')}
              </button>
            ))}
        </div>
      )}
      <div role="status" aria-label={t('import.result')} className="import-summary">
        {state.phase === 'finished' && <Summary importer={importer} onShowAdded={onShowAdded} />}
      </div>
    </section>
  );
}

function Summary({
  importer,
  onShowAdded,
}: {
  importer: ImportController;
  onShowAdded: () => void;
}) {
  const { t } = useI18n();
  if (importer.state.phase !== 'finished') return null;
  const { added, skipped, cancelled, done, total } = importer.state.outcome;
  return (
    <div className="notice import-notice">
      <div>
        {cancelled && <p className="import-cancelled">{t('import.cancelled', { done, total })}</p>}
        <p className="import-counts">
          {added.length === 1
            ? t('import.summaryOne', { skipped: skipped.length })
            : t('import.summary', { added: added.length, skipped: skipped.length })}
        </p>
        {added.length > 0 && (
          <div className="import-added">
            <ul>
              {added.slice(0, NAMED_ADDED).map((article) => (
                <li key={article.id}>
                  <a
                    href={formatRoute({ view: 'article', id: article.id, hit: null })}
                    lang="zh-CN"
                  >
                    {article.title}
                  </a>
                </li>
              ))}
              {added.length > NAMED_ADDED && (
                <li className="muted">
                  {t('import.addedMore', { count: added.length - NAMED_ADDED })}
                </li>
              )}
            </ul>
            <button type="button" className="button subtle" onClick={onShowAdded}>
              {t('import.showAdded')}
            </button>
          </div>
        )}
        {skipped.length > 0 && (
          <details className="import-skipped" open={skipped.length <= 10}>
            <summary>
              {t('import.skippedHeading')} ({skipped.length})
            </summary>
            <ul>
              {skipped.map((item, index) => (
                <li key={index}>
                  <bdi className="import-skipped-name">
                    {revealControls(item.name, { c0As: 'codes' })}
                  </bdi>
                  : {item.reason}
                </li>
              ))}
            </ul>
          </details>
        )}
      </div>
      <button type="button" className="button" onClick={importer.dismiss}>
        {t('app.dismiss')}
      </button>
    </div>
  );
}
