import { describe, expect, it } from 'vitest';
import { DictionaryHost } from '../../../main/dictionary/dictionaryHost';
import { SOURCE_LAYOUT } from '../../../main/paths/projectPaths';

describe('the dictionary host', () => {
  it('answers lookups and reads text in context', { timeout: 60_000 }, async () => {
    const host = new DictionaryHost(SOURCE_LAYOUT.generatedDir);
    const [bank] = await host.call('lookup', { text: '银行家' });
    expect(bank?.word).toBe('银行家');
    const readings = await host.call('read', { text: '我得走了' });
    expect(readings.map((r) => r.pinyin)).toEqual(['wǒ', 'děi', 'zǒu', 'le']);
  });

  it(
    'keeps the readings of the last few texts, so reopening an article is not read again',
    {
      timeout: 60_000,
    },
    async () => {
      const host = new DictionaryHost(SOURCE_LAYOUT.generatedDir);
      const first = await host.call('read', { text: '银行行长' });
      expect(await host.call('read', { text: '银行行长' })).toBe(first);
      for (let i = 0; i < 8; i++) await host.call('read', { text: `第${i}行` });
      const again = await host.call('read', { text: '银行行长' });
      expect(again).not.toBe(first);
      expect(again).toEqual(first);
    },
  );
});
