import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DictionaryHead } from '../../../renderer/aids/DictionaryHead';

const entry = (simplified: string, traditional: string, pinyin: string) => ({
  simplified,
  traditional,
  pinyin,
  pinyinNumbers: '',
  definitions: [],
});

describe('a dictionary entry head', () => {
  it('shows the word, its traditional form and its pinyin', () => {
    const { container } = render(
      <DictionaryHead word="银行" entry={entry('银行', '銀行', 'yín háng')} />,
    );
    expect([...container.querySelectorAll('span')].map((s) => [s.lang, s.textContent])).toEqual([
      ['zh-CN', '银行'],
      ['zh-TW', '銀行'],
      ['', 'yín háng'],
    ]);
  });

  it('leaves the traditional form out when it is the same', () => {
    const { container } = render(<DictionaryHead word="中" entry={entry('中', '中', 'zhōng')} />);
    expect(container.textContent).toBe('中zhōng');
  });
});
