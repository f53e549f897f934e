import { describe, expect, it } from 'vitest';
import { CONTEXT_LENGTH, quoteAt } from '../../../shared/text/quoteContext';

describe('quoteAt', () => {
  it('keeps up to CONTEXT_LENGTH code units either side of the words', () => {
    const text = `${'前'.repeat(40)}要点${'后'.repeat(40)}`;
    const quote = quoteAt(text, 40, 42);
    expect(quote.exact).toBe('要点');
    expect(quote.prefix).toBe('前'.repeat(CONTEXT_LENGTH));
    expect(quote.suffix).toBe('后'.repeat(CONTEXT_LENGTH));
  });

  it('never cuts an astral character in half at the edge of its context', () => {
    // '𠀀' (CJK Extension B) takes two UTF-16 code units.
    const text = `𠀀${'字'.repeat(CONTEXT_LENGTH - 1)}词${'字'.repeat(CONTEXT_LENGTH - 1)}𠀀`;
    const start = 2 + CONTEXT_LENGTH - 1;
    const quote = quoteAt(text, start, start + 1);
    expect(quote.exact).toBe('词');
    expect(quote.prefix).toBe('字'.repeat(CONTEXT_LENGTH - 1));
    expect(quote.suffix).toBe('字'.repeat(CONTEXT_LENGTH - 1));
  });
});
