import { describe, expect, it } from 'vitest';
import { WordTable } from '../../../main/search/wordTable';

describe('WordTable', () => {
  it('lists the words containing a token, so 20 finds 2020 and g20', () => {
    const table = new WordTable();
    table.addArticle(['2020', 'g20', 'apec']);
    expect(table.containing('20', 10)).toEqual(['2020', 'g20']);
    expect(table.hasContaining('pe')).toBe(true);
    expect(table.hasContaining('zz')).toBe(false);
  });

  it('stops one past the limit so the caller can tell there are too many', () => {
    const table = new WordTable();
    table.addArticle(['a1', 'a2', 'a3', 'a4']);
    expect(table.containing('a', 2)).toHaveLength(3);
  });

  it('forgets a word only when no article holds it any more', () => {
    const table = new WordTable();
    table.addArticle(['g20', 'g20']);
    table.addArticle(['g20', 'apec']);
    table.removeArticle(['g20', 'apec']);
    expect(table.containing('g', 10)).toEqual(['g20']);
    table.removeArticle(['g20']);
    expect(table.containing('g', 10)).toEqual([]);
  });

  it('round-trips through JSON and refuses anything else', () => {
    const table = new WordTable();
    table.addArticle(['5g', 'apec']);
    const restored = WordTable.fromJSON(JSON.parse(JSON.stringify(table)));
    expect(restored.containing('', 10)).toEqual(['5g', 'apec']);
    expect(() => WordTable.fromJSON({})).toThrow();
    expect(() => WordTable.fromJSON([['x', 'y']])).toThrow();
  });
});
