import { describe, expect, it } from 'vitest';
import { languageFromLocale } from '../../../main/electron/systemLanguage';

describe('languageFromLocale', () => {
  it.each(['zh', 'zh-CN', 'zh-TW', 'zh-Hans-CN', 'zh_HK', 'ZH-cn'])(
    'maps %s to Chinese',
    (locale) => {
      expect(languageFromLocale(locale)).toBe('zh');
    },
  );

  it.each(['en-US', 'en', 'de-DE', 'ja', 'zu', 'zha', ''])('maps %j to English', (locale) => {
    expect(languageFromLocale(locale)).toBe('en');
  });
});
