import { describe, expect, it } from 'vitest';
import { formatMessage, htmlLang, MESSAGES } from '../../../renderer/i18n/messages';
import { resolveLanguage } from '../../../renderer/i18n/resolveLanguage';

describe('messages', () => {
  it('has a non-empty Chinese message for every English key', () => {
    const keys = Object.keys(MESSAGES.en);
    expect(Object.keys(MESSAGES.zh).sort()).toEqual([...keys].sort());
    for (const key of keys) expect(MESSAGES.zh[key as keyof typeof MESSAGES.zh]).not.toBe('');
  });

  it('fills placeholders by name in either language', () => {
    expect(formatMessage('en', 'library.chars', { count: 1200 })).toBe('1200 characters');
    expect(formatMessage('zh', 'library.read', { percent: 40 })).toBe('已读 40%');
  });

  it('resolves the system language through the host and tags html accordingly', () => {
    expect(resolveLanguage('system', 'zh')).toBe('zh');
    expect(resolveLanguage('en', 'zh')).toBe('en');
    expect(htmlLang('zh')).toBe('zh-CN');
  });
});
