import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../shared/model/annotation';
import { createTarget, findQuote } from '../../../main/annotations/anchor';
import {
  PlacementCache,
  placeTarget,
  reanchorAnnotations,
} from '../../../main/annotations/placeAnnotations';
import { seedText } from './seedArticles';

const TEXT = seedText('ciie-opening-up');
const QUOTE = '开放是人类文明进步的重要动力';

function targetOf(text: string, quote: string) {
  const range = findQuote(text, quote);
  if (!range) throw new Error(`test setup: "${quote}" missing`);
  return createTarget(text, range.start, range.end);
}

const annotation = (id: string, articleId: string, text: string, quote: string): Annotation => ({
  id,
  articleId,
  creator: { id: 'u', name: '读者' },
  created: '2026-01-01T00:00:00.000Z',
  modified: '2026-01-01T00:00:00.000Z',
  color: 'yellow',
  note: '',
  target: targetOf(text, quote),
});

describe('placeTarget', () => {
  it('keeps the very same target when the highlight did not move', () => {
    const target = targetOf(TEXT, QUOTE);
    const placement = placeTarget(TEXT, target);
    expect(placement).toEqual({ state: 'anchored', target });
    expect(placement.target).toBe(target);
  });

  it('builds fresh selectors from the corrected text after a fuzzy match', () => {
    const withTypo = TEXT.replace(QUOTE, '开放是人类文名进步的重要动力');
    const target = targetOf(withTypo, '开放是人类文名进步的重要动力');
    const placement = placeTarget('新导语。\n' + TEXT, target);
    expect(placement.state).toBe('anchored');
    expect(placement.target).toEqual(targetOf('新导语。\n' + TEXT, QUOTE));
  });

  it('makes an orphan, with its selectors untouched, of a highlight whose article is gone', () => {
    const target = targetOf(TEXT, QUOTE);
    expect(placeTarget(undefined, target)).toEqual({ state: 'orphaned', target });
  });
});

describe('reanchorAnnotations', () => {
  it('reports moved highlights with their new targets and counts orphans', () => {
    const edited = '新导语。\n' + TEXT.replace('是世界繁荣发展的必由之路', '');
    const list = [
      annotation('same', 'ciie', TEXT, '党的二十大报告提出'),
      annotation('gone', 'ciie', TEXT, '是世界繁荣发展的必由之路'),
      annotation('lost-article', 'removed', TEXT, QUOTE),
    ];
    const result = reanchorAnnotations(list, (id) => (id === 'ciie' ? edited : undefined));
    expect([...result.moved.keys()]).toEqual(['same']);
    expect(result.moved.get('same')?.position.start).toBe(edited.indexOf('党的二十大报告提出'));
    expect(result.orphaned).toBe(2);
    expect(result.placements.get('gone')?.state).toBe('orphaned');
  });
});

describe('PlacementCache', () => {
  it('answers from memory for an unchanged target and places a changed one again', () => {
    const cache = new PlacementCache((id) => (id === 'ciie' ? TEXT : undefined));
    const a = annotation('a', 'ciie', TEXT, QUOTE);
    const first = cache.place(a);
    expect(cache.place(structuredClone(a))).toBe(first);
    const other = cache.place({ ...a, target: targetOf(TEXT, '党的二十大报告提出') });
    expect(other).not.toBe(first);
    expect(other.target.quote.exact).toBe('党的二十大报告提出');
  });

  it('places again when the article was removed or replaced since', () => {
    const texts = new Map([['ciie', TEXT]]);
    const cache = new PlacementCache((id) => texts.get(id));
    const a = annotation('a', 'ciie', TEXT, QUOTE);
    expect(cache.place(a).state).toBe('anchored');
    texts.delete('ciie');
    expect(cache.place(a).state).toBe('orphaned');
    texts.set('ciie', TEXT.replace(QUOTE, ''));
    expect(cache.place(a).state).toBe('orphaned');
    texts.set('ciie', TEXT);
    expect(cache.place(a).state).toBe('anchored');
  });
});
