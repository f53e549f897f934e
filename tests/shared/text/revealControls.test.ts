import { describe, expect, it } from 'vitest';
import { revealControls } from '../../../shared/text/revealControls';

describe('revealControls', () => {
  it('shows C0 controls and DEL as Control Pictures', () => {
    expect(revealControls('a\u0000b\u0007c\u001bd\u007fe\tf\ng\rh')).toBe('a␀b␇c␛d␡e␉f␊g␍h');
  });

  it('shows C1 controls and bidirectional overrides and isolates by their code point', () => {
    expect(revealControls('\u0085\u009b\u202a\u202e\u2066\u2069')).toBe(
      '⟨U+0085⟩⟨U+009B⟩⟨U+202A⟩⟨U+202E⟩⟨U+2066⟩⟨U+2069⟩',
    );
  });

  it('keeps the characters it is told to keep', () => {
    expect(revealControls('一\n二\t三\u001b', { keep: '\n\t' })).toBe('一\n二\t三␛');
  });

  it('can show C0 controls by code point too, for fonts without Control Pictures', () => {
    expect(revealControls('a\u001bb\u007f\u202e', { c0As: 'codes' })).toBe(
      'a⟨U+001B⟩b⟨U+007F⟩⟨U+202E⟩',
    );
  });

  it('leaves Chinese, emoji, marks and ordinary text exactly as they are', () => {
    const text = '大湾区 “开放” 😀𠮷 ‎ مرحبا ‏ café';
    expect(revealControls(text)).toBe(text);
  });
});
