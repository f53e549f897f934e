import type { ForeignImport } from '../../shared/model/annotation';
import { useI18n } from '../i18n/I18nContext';
import { shortQuote } from './shortQuote';

/** A file may skip thousands; the list shows this many and counts the rest. */
const SKIPPED_SHOWN = 100;

/**
 * What importing another tool's file did: the counts (a live region, present before it speaks),
 * then each skipped highlight with its quote, shortened, and the reason main gave (in English,
 * tagged so).
 */
export function ForeignImportResult({
  done,
}: {
  done: { fileName: string; result: ForeignImport } | null;
}) {
  const { t } = useI18n();
  const skipped = done?.result.skipped ?? [];
  const hidden = skipped.length - SKIPPED_SHOWN;
  const nothingNew =
    done !== null && done.result.imported === 0 && done.result.alreadyHere > 0 && !skipped.length;
  return (
    <div className="foreign-import-result">
      <p role="status">
        {done &&
          t('foreignImport.counts', {
            name: done.fileName,
            imported: done.result.imported,
            alreadyHere: done.result.alreadyHere,
            skipped: skipped.length,
          })}
        {nothingNew && ` ${t('foreignImport.nothingNew')}`}
      </p>
      {skipped.length > 0 && (
        <section aria-label={t('foreignImport.skippedHeading')}>
          <h3>{t('foreignImport.skippedHeading')}</h3>
          <ul className="foreign-import-skipped">
            {skipped.slice(0, SKIPPED_SHOWN).map(({ quote, reason }, index) => (
              <li key={index}>
                {quote && (
                  <>
                    <q lang="zh-CN" title={quote}>
                      {shortQuote(quote, 40)}
                    </q>{' '}
                  </>
                )}
                <span lang="en">{reason}</span>
              </li>
            ))}
          </ul>
          {hidden > 0 && (
            <p className="muted">{t('foreignImport.moreSkipped', { count: hidden })}</p>
          )}
        </section>
      )}
    </div>
  );
}
