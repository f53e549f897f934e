import {
  LEVELS,
  PINYIN_MODES,
  TONE_COLOUR_MODES,
  type Level,
  type PinyinMode,
  type Settings,
  type ToneColourMode,
} from '../../shared/model/settings';
import { useId } from 'react';
import { useI18n } from '../i18n/I18nContext';

/** The reader toolbar's reading aids: pinyin mode, tone colours and the reader's level, remembered in settings. */
export function ReadingAidsBar({
  settings,
  onChange,
}: {
  settings: Settings;
  onChange: (change: Partial<Settings>) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  return (
    <span className="reading-aids" role="group" aria-label={t('aids.label')}>
      <label htmlFor={`${id}-pinyin`}>{t('aids.pinyin')}</label>
      <select
        id={`${id}-pinyin`}
        value={settings.pinyin}
        onChange={(event) => onChange({ pinyin: event.target.value as PinyinMode })}
      >
        {PINYIN_MODES.map((mode) => (
          <option key={mode} value={mode}>
            {t(`aids.pinyin.${mode}`)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-tones`}>{t('aids.tones')}</label>
      <select
        id={`${id}-tones`}
        value={settings.toneColours}
        onChange={(event) => onChange({ toneColours: event.target.value as ToneColourMode })}
      >
        {TONE_COLOUR_MODES.map((mode) => (
          <option key={mode} value={mode}>
            {t(`aids.tones.${mode}`)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-level`}>{t('aids.level')}</label>
      <select
        id={`${id}-level`}
        value={settings.level}
        onChange={(event) => onChange({ level: Number(event.target.value) as Level })}
      >
        {LEVELS.map((level) => (
          <option key={level} value={level}>
            {t('aids.level.option', { count: level.toLocaleString() })}
          </option>
        ))}
      </select>
    </span>
  );
}
