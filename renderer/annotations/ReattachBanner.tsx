import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/I18nContext';
import { shortQuote } from './shortQuote';

/** Tells the user, while re-attach mode lasts, what to do next and how to leave it. */
export function ReattachBanner({ quote, onCancel }: { quote: string; onCancel: () => void }) {
  const { t } = useI18n();
  const banner = useRef<HTMLDivElement>(null);

  useEffect(() => {
    banner.current?.focus({ preventScroll: true });
  }, []);

  return (
    <div
      ref={banner}
      className="reattach-banner"
      role="region"
      aria-label={t('reattach.toolbar')}
      tabIndex={-1}
    >
      <p>{t('reattach.instructions', { quote: shortQuote(quote, 24) })}</p>
      <button type="button" className="button" onClick={onCancel}>
        {t('reattach.cancel')}
      </button>
    </div>
  );
}
