import type { Language } from '../../shared/model/settings';

/** Maps the OS locale (`app.getLocale()`, e.g. 'zh-CN', 'zh-TW', 'en-US') to a UI language. */
export function languageFromLocale(locale: string): Language {
  return /^zh(?:[-_]|$)/i.test(locale.trim()) ? 'zh' : 'en';
}
