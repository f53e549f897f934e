import type { Language, Settings } from '../../shared/model/settings';
import { htmlLang } from '../i18n/messages';

/** Theme, reading size and language live on <html> so CSS variables and fonts follow them everywhere. */
export function applySettingsToDocument(
  root: HTMLElement,
  settings: Settings,
  language: Language,
): void {
  root.dataset.theme = settings.theme;
  root.style.setProperty('--reading-font-size', `${settings.fontSize}px`);
  root.lang = htmlLang(language);
}
