import { useEffect, useState } from 'react';
import { useInvoke } from '../api/ApiContext';
import { useI18n } from '../i18n/I18nContext';

/** About the reading aids' data: CC-CEDICT's source and the licence and attribution it requires. */
export function AboutDictionary() {
  const { t } = useI18n();
  const invoke = useInvoke();
  const [about, setAbout] = useState<{ source: string; licence: string } | null>(null);
  useEffect(() => {
    let live = true;
    void invoke('dictionary:about', {}).then((result) => {
      if (live && result.ok) setAbout(result.value);
    });
    return () => {
      live = false;
    };
  }, [invoke]);
  return (
    <section className="settings-group about-dictionary" aria-label={t('about.heading')}>
      <h3>{t('about.heading')}</h3>
      <p>{t('about.dictionary')}</p>
      {about && (
        <>
          <p className="muted">{about.source}</p>
          <p className="muted">{about.licence}</p>
        </>
      )}
    </section>
  );
}
