import { useI18n } from '../i18n/I18nContext';

/** Shows the start-up notices in one dismissible alert so they are announced and never missed. */
export function NoticesAlert({ notices, onDismiss }: { notices: string[]; onDismiss: () => void }) {
  const { t } = useI18n();
  if (notices.length === 0) return null;
  return (
    <div className="notice" role="alert">
      <ul className="notice-list">
        {notices.map((notice, index) => (
          <li key={index}>{notice}</li>
        ))}
      </ul>
      <button type="button" className="button" onClick={onDismiss}>
        {t('app.dismiss')}
      </button>
    </div>
  );
}
