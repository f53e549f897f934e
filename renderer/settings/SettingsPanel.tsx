import { FONT_SIZE_RANGE, THEMES, type Settings } from '../../shared/model/settings';
import { DialogPanel } from '../app/DialogPanel';
import { ErrorMessage } from '../app/ErrorMessage';
import { BackupSection } from '../backup/BackupSection';
import { AboutDictionary } from '../aids/AboutDictionary';
import { GroupSection, type GroupDialog } from '../group/GroupSection';
import { useI18n } from '../i18n/I18nContext';

const LANGUAGE_CHOICES = ['system', 'en', 'zh'] as const;

interface SettingsPanelProps {
  settings: Settings;
  error: string | null;
  onChange: (change: Partial<Settings>) => void;
  onClose: () => void;
  /** Called after a backup was restored, so the app reloads what it shows. */
  onRestored: () => void;
  /** Opens Group status or a pack dialog (Settings closes to make room). */
  onOpenGroupDialog: (dialog: GroupDialog) => void;
}

/**
 * The reader preferences (text size, theme, UI language), the study group and backups. Escape or
 * Close dismisses it.
 */
export function SettingsPanel({
  settings,
  error,
  onChange,
  onClose,
  onRestored,
  onOpenGroupDialog,
}: SettingsPanelProps) {
  const { t } = useI18n();
  const { min, max } = FONT_SIZE_RANGE;
  const setFontSize = (size: number) => onChange({ fontSize: Math.min(max, Math.max(min, size)) });

  return (
    <DialogPanel heading={t('settings.heading')} closeLabel={t('settings.close')} onClose={onClose}>
      <fieldset className="settings-group">
        <legend>{t('settings.fontSize')}</legend>
        <div className="font-size-row">
          <button
            type="button"
            className="button icon-button"
            aria-label={t('settings.smaller')}
            disabled={settings.fontSize <= min}
            onClick={() => setFontSize(settings.fontSize - 1)}
          >
            A−
          </button>
          <input
            type="range"
            min={min}
            max={max}
            step={1}
            value={settings.fontSize}
            aria-label={t('settings.fontSize')}
            onChange={(event) => setFontSize(Number(event.target.value))}
          />
          <button
            type="button"
            className="button icon-button"
            aria-label={t('settings.larger')}
            disabled={settings.fontSize >= max}
            onClick={() => setFontSize(settings.fontSize + 1)}
          >
            A+
          </button>
          <output className="font-size-value">{settings.fontSize}px</output>
        </div>
      </fieldset>

      <fieldset className="settings-group">
        <legend>{t('settings.theme')}</legend>
        <div className="choice-row">
          {THEMES.map((theme) => (
            <label key={theme} className={`theme-choice theme-swatch-${theme}`}>
              <input
                type="radio"
                name="theme"
                value={theme}
                checked={settings.theme === theme}
                onChange={() => onChange({ theme })}
              />
              {t(`settings.theme.${theme}`)}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="settings-group">
        <legend>{t('settings.language')}</legend>
        <div className="choice-row">
          {LANGUAGE_CHOICES.map((language) => (
            <label key={language} className="language-choice">
              <input
                type="radio"
                name="language"
                value={language}
                checked={settings.language === language}
                onChange={() => onChange({ language })}
              />
              <span lang={language === 'zh' ? 'zh-CN' : language === 'en' ? 'en' : undefined}>
                {t(`settings.language.${language}`)}
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <GroupSection onOpen={onOpenGroupDialog} />
      <BackupSection onRestored={onRestored} />
      <AboutDictionary />
      <ErrorMessage message={error} />
    </DialogPanel>
  );
}
