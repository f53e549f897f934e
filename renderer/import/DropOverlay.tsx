import { useI18n } from '../i18n/I18nContext';

/** Covers the window while files are dragged over it, saying what dropping them will do. */
export function DropOverlay() {
  const { t } = useI18n();
  return (
    <div className="drop-overlay" aria-hidden="true">
      <p className="drop-overlay-message">{t('import.drop')}</p>
    </div>
  );
}
