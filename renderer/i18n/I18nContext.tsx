import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Language } from '../../shared/model/settings';
import { formatMessage, type MessageKey } from './messages';

/** What components need to speak the user's language. */
export interface I18n {
  language: Language;
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
}

const I18nContext = createContext<I18n>({
  language: 'en',
  t: (key, params) => formatMessage('en', key, params),
});

/** Puts the resolved UI language in context for the whole tree. */
export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const value = useMemo<I18n>(
    () => ({ language, t: (key, params) => formatMessage(language, key, params) }),
    [language],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The translator for the current UI language. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
